import { and, eq, sql } from "drizzle-orm";
import { products, reviews } from "@/db/schema";
import type { ShopperActor } from "@/lib/auth/actor";
import { expireCache } from "@/lib/cache/expire";
import { cacheTags } from "@/lib/cache/tags";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { hasPurchasedProduct } from "./queries";
import type { ReviewInput } from "./schemas";

const t = translator("failures");

/**
 * Posts a shopper's review of a product they bought, and recomputes the product's rating in the
 * same transaction. Refuses non-buyers and second reviews without writing anything.
 */
export async function submitReview(db: Db, { actor, input: data }: { actor: ShopperActor; input: ReviewInput }) {
  const userId = actor.user.id;
  return db.transaction(async (tx) => {
    // Locking the product serialises reviews of it, so the recomputed average sees every one.
    const [product] = await tx
      .select({ id: products.id, slug: products.slug })
      .from(products)
      .where(and(eq(products.id, data.productId), eq(products.active, true)))
      .for("update");
    if (!product) throw new AppError("not_found", t("reviews.cantReview"));

    if (!(await hasPurchasedProduct(tx, { userId, productId: product.id }))) {
      throw new AppError("forbidden", t("reviews.buyersOnly"));
    }

    const [review] = await tx
      .insert(reviews)
      .values({ productId: product.id, userId, rating: data.rating, title: data.title, body: data.body, verifiedPurchase: true })
      .onConflictDoNothing({ target: [reviews.productId, reviews.userId] })
      .returning({ id: reviews.id });
    if (!review) throw new AppError("conflict", t("reviews.alreadyReviewed"));

    const [rating] = await tx
      .update(products)
      .set({
        ratingAverage: sql`(select round(avg(${reviews.rating})::numeric, 2)::real from ${reviews} where ${reviews.productId} = ${product.id})`,
        ratingCount: sql`(select count(*)::int from ${reviews} where ${reviews.productId} = ${product.id})`,
      })
      .where(eq(products.id, product.id))
      .returning({ ratingAverage: products.ratingAverage, ratingCount: products.ratingCount });
    // The product page's reviews, and the rating on every listing tile (and its sort).
    await expireCache(tx, reviewTags(product.id));
    return { reviewId: review.id, productSlug: product.slug, ratingAverage: Number(rating.ratingAverage), ratingCount: rating.ratingCount };
  });
}

/** What a new review changes in the cached catalog. */
export function reviewTags(productId: string) {
  return [cacheTags.reviews(productId), cacheTags.catalog];
}
