import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import { orderLines, orders, reviews, skus, users } from "@/db/schema";
import type { Db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";

export type ReviewSummary = {
  average: number;
  count: number;
  /** Number of reviews per star rating, 5 down to 1. */
  distribution: { rating: 1 | 2 | 3 | 4 | 5; count: number }[];
};

export async function getReviewSummary(db: Db, { productId }: { productId: string }): Promise<ReviewSummary> {
  const rows = await db
    .select({ rating: reviews.rating, count: sql<number>`count(*)::int` })
    .from(reviews)
    .where(eq(reviews.productId, productId))
    .groupBy(reviews.rating);
  const byRating = new Map(rows.map((row) => [row.rating, Number(row.count)]));
  const count = rows.reduce((sum, row) => sum + Number(row.count), 0);
  const total = rows.reduce((sum, row) => sum + row.rating * Number(row.count), 0);
  return {
    average: count ? Math.round((total / count) * 10) / 10 : 0,
    count,
    distribution: ([5, 4, 3, 2, 1] as const).map((rating) => ({ rating, count: byRating.get(rating) ?? 0 })),
  };
}

export type ProductReview = {
  id: string;
  rating: number;
  title: string;
  body: string;
  /** First name and initial only: "Maya R." */
  author: string;
  verifiedPurchase: boolean;
  createdAt: Date;
};

/** A short public name: a review never shows a shopper's full name or email. */
export function publicName(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return translator("reviews")("list.anonymousAuthor");
  return parts.length === 1 ? parts[0] : `${parts[0]} ${parts[parts.length - 1][0].toUpperCase()}.`;
}

export async function listProductReviews(db: Db, { productId, limit = 10 }: { productId: string; limit?: number }): Promise<ProductReview[]> {
  const rows = await db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      title: reviews.title,
      body: reviews.body,
      name: users.name,
      verifiedPurchase: reviews.verifiedPurchase,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(eq(reviews.productId, productId))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit);
  return rows.map(({ name, ...row }) => ({ ...row, author: publicName(name), createdAt: new Date(row.createdAt) }));
}

/** Order statuses in which the shopper has the goods in hand. */
export const RECEIVED_STATUSES = ["collected", "delivered", "completed"] as const;

/** True when the user received this product in an order from any channel (short-picked lines don't count). */
export async function hasPurchasedProduct(db: Db, { userId, productId }: { userId: string; productId: string }) {
  const [row] = await db
    .select({ id: orderLines.id })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(skus, eq(skus.id, orderLines.skuId))
    .where(and(eq(orders.userId, userId), eq(skus.productId, productId), inArray(orders.status, RECEIVED_STATUSES), ne(orderLines.status, "short")))
    .limit(1);
  return Boolean(row);
}

export type ReviewEligibility = "sign-in" | "not-purchased" | "already-reviewed" | "eligible";

/** Whether to show the review form — the action checks again on its own. */
export async function getReviewEligibility(db: Db, { userId, productId }: { userId: string | null; productId: string }): Promise<ReviewEligibility> {
  if (!userId) return "sign-in";
  const [existing] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.productId, productId)));
  if (existing) return "already-reviewed";
  return (await hasPurchasedProduct(db, { userId, productId })) ? "eligible" : "not-purchased";
}
