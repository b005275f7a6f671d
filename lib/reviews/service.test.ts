import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderLines, orders, products, reviews, type OrderStatus } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { shopperActor } from "@/lib/auth/actor";
import { asSessionUser, createCategory, createProduct, createShopper, createStore } from "@/lib/testing/builders";
import { refusalCode } from "@/lib/testing/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { getReviewEligibility, getReviewSummary, listProductReviews, publicName } from "./queries";
import { reviewInputSchema } from "./schemas";
import { submitReview } from "./service";

let handle: DatabaseHandle;
let db: Db;
let storeId: string;
let product: Awaited<ReturnType<typeof createProduct>>;
let other: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  storeId = (await createStore(db)).id;
  const category = await createCategory(db, { slug: "audio", name: "Audio" });
  product = await createProduct(db, {
    categoryId: category.id,
    name: "Pocket Buds",
    variants: [
      { priceCents: 12900, attributes: { color: "Black" } },
      { priceCents: 12900, attributes: { color: "Sage" } },
    ],
  });
  other = await createProduct(db, { categoryId: category.id, name: "Speaker" });
});

afterAll(async () => {
  await handle?.close();
});

/** An in-store sale (no pickup code or address needed) of one unit of `skuId`. */
async function buy(userId: string, skuId: string, status: OrderStatus = "completed", lineStatus: "pending" | "picked" | "short" = "picked") {
  const [order] = await db
    .insert(orders)
    .values({
      number: `T-${randomUUID().slice(0, 8)}`,
      userId,
      storeId,
      channel: "scan_and_go",
      status,
      subtotalCents: 1000,
      totalCents: 1000,
      contactName: "Test Shopper",
      contactEmail: "shopper@test.dev",
      idempotencyKey: randomUUID(),
    })
    .returning({ id: orders.id });
  await db.insert(orderLines).values({
    orderId: order.id,
    skuId,
    productName: "Pocket Buds",
    skuCode: "X",
    quantity: 1,
    unitPriceCents: 1000,
    lineTotalCents: 1000,
    status: lineStatus,
  });
}

const input = (overrides: Record<string, unknown> = {}) =>
  reviewInputSchema.parse({ productId: product.id, rating: 4, title: "Great fit", body: "Comfortable all day.", ...overrides });

async function reviewCount() {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reviews)
    .where(eq(reviews.productId, product.id));
  return Number(row.n);
}

async function productRating() {
  const [row] = await db.select({ average: products.ratingAverage, count: products.ratingCount }).from(products).where(eq(products.id, product.id));
  return { average: Number(row.average), count: row.count };
}

describe("submitReview", () => {
  it("refuses a shopper who never bought the product, and writes nothing", async () => {
    const stranger = await createShopper(db);
    await buy(stranger.id, other.skus[0].id); // bought something else
    expect(await refusalCode(submitReview(db, { actor: shopperActor(asSessionUser(stranger)), input: input() }))).toBe("forbidden");
    expect(await reviewCount()).toBe(0);
    expect(await productRating()).toEqual({ average: 0, count: 0 });
    expect(await getReviewEligibility(db, { userId: stranger.id, productId: product.id })).toBe("not-purchased");
  });

  it("refuses orders not yet in the shopper's hands and lines that were short-picked", async () => {
    const waiting = await createShopper(db);
    await buy(waiting.id, product.skus[0].id, "ready");
    await buy(waiting.id, product.skus[1].id, "collected", "short");
    expect(await refusalCode(submitReview(db, { actor: shopperActor(asSessionUser(waiting)), input: input() }))).toBe("forbidden");
    expect(await reviewCount()).toBe(0);
  });

  it("accepts a buyer's review as a verified purchase and updates the rating", async () => {
    const buyer = await createShopper(db, "Maya Rodriguez");
    await buy(buyer.id, product.skus[1].id);
    expect(await getReviewEligibility(db, { userId: buyer.id, productId: product.id })).toBe("eligible");

    const result = await submitReview(db, { actor: shopperActor(asSessionUser(buyer)), input: input({ rating: 5 }) });
    expect(result).toMatchObject({ ratingAverage: 5, ratingCount: 1, productSlug: product.slug });
    expect(await productRating()).toEqual({ average: 5, count: 1 });

    const [listed] = await listProductReviews(db, { productId: product.id });
    expect(listed).toMatchObject({ rating: 5, title: "Great fit", author: "Maya R.", verifiedPurchase: true });
    expect(await getReviewEligibility(db, { userId: buyer.id, productId: product.id })).toBe("already-reviewed");
  });

  it("refuses a second review by the same shopper, keeping the first", async () => {
    const buyer = await createShopper(db);
    await buy(buyer.id, product.skus[0].id);
    await submitReview(db, { actor: shopperActor(asSessionUser(buyer)), input: input({ rating: 2, title: "Loose fit" }) });
    expect(await productRating()).toEqual({ average: 3.5, count: 2 });

    expect(
      await refusalCode(submitReview(db, { actor: shopperActor(asSessionUser(buyer)), input: input({ rating: 1, title: "Changed my mind" }) })),
    ).toBe("conflict");
    expect(await reviewCount()).toBe(2);
    expect(await productRating()).toEqual({ average: 3.5, count: 2 });
  });

  it("keeps the average right when buyers review at the same moment", async () => {
    const buyers = await Promise.all([createShopper(db), createShopper(db), createShopper(db)]);
    for (const buyer of buyers) await buy(buyer.id, product.skus[0].id);
    await Promise.all(
      buyers.map((buyer, i) => submitReview(db, { actor: shopperActor(asSessionUser(buyer)), input: input({ rating: [3, 4, 4][i] }) })),
    );
    // 5, 2, 3, 4, 4 → 3.6
    expect(await productRating()).toEqual({ average: 3.6, count: 5 });
    expect(await getReviewSummary(db, { productId: product.id })).toEqual({
      average: 3.6,
      count: 5,
      distribution: [
        { rating: 5, count: 1 },
        { rating: 4, count: 2 },
        { rating: 3, count: 1 },
        { rating: 2, count: 1 },
        { rating: 1, count: 0 },
      ],
    });
  });

  it("refuses an unknown product", async () => {
    const buyer = await createShopper(db);
    expect(await refusalCode(submitReview(db, { actor: shopperActor(asSessionUser(buyer)), input: input({ productId: randomUUID() }) }))).toBe(
      "not_found",
    );
  });
});

describe("review input", () => {
  it("accepts ratings 1–5 and bounded text only", () => {
    const base = { productId: randomUUID(), rating: "4", title: "Good", body: "Nice." };
    expect(reviewInputSchema.safeParse(base).success).toBe(true);
    for (const bad of [
      { rating: "0" },
      { rating: "6" },
      { rating: "4.5" },
      { rating: "" },
      { title: "  " },
      { title: "x".repeat(121) },
      { body: "x".repeat(2001) },
      { productId: "not-a-uuid" },
    ]) {
      expect(reviewInputSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(reviewInputSchema.safeParse({ ...base, title: "x".repeat(120), body: "y".repeat(2000) }).success).toBe(true);
  });

  it("shows a short public name", () => {
    expect(publicName("Maya Rodriguez")).toBe("Maya R.");
    expect(publicName("Cher")).toBe("Cher");
    expect(publicName(" ")).toBe("Aisle shopper");
  });
});
