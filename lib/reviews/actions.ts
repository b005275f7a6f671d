"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/client";
import { translator } from "@/lib/i18n/translator";
import { reviewInputSchema } from "./schemas";
import { submitReview } from "./service";

/** "Post review" on the product page: signed-in shoppers who bought the product, once each. */
export const submitReviewAction = shopperAction("reviews.submit", { signInMessage: translator("reviewsForm")("signIn") })
  .input(reviewInputSchema)
  .action(async ({ actor, input, db }): Promise<void> => {
    const { productSlug } = await submitReview(db, { actor, input });
    revalidatePath(`/p/${productSlug}`);
  });
