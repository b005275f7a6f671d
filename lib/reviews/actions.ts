"use server";

import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { reviewInputSchema } from "./schemas";
import { submitReview } from "./service";

const postReview = formAction(reviewInputSchema, async (input) => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Sign in to write a review.");
  const { productSlug } = await submitReview(await getDb(), { userId: user.id, input });
  revalidatePath(`/p/${productSlug}`);
  return { ok: true };
});

/** "Post review" on the product page: signed-in shoppers who bought the product, once each. */
export async function submitReviewAction(previous: FormState, formData: FormData): Promise<FormState> {
  return postReview(previous, formData);
}
