"use server";

import { updateTag } from "next/cache";
import { shopperAction } from "@/lib/actions/client";
import { translator } from "@/lib/i18n/translator";
import { reviewInputSchema } from "./schemas";
import { reviewTags, submitReview } from "./service";

/** "Post review" on the product page: signed-in shoppers who bought the product, once each. */
export const submitReviewAction = shopperAction("reviews.submit", { signInMessage: translator("reviewsForm")("signIn") })
  .input(reviewInputSchema)
  .action(async ({ actor, input, db }): Promise<void> => {
    await submitReview(db, { actor, input });
    // This instance at once, so the shopper sees their review (every instance hears expireCache).
    for (const tag of reviewTags(input.productId)) updateTag(tag);
  });
