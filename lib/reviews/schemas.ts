import { z } from "zod";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from "./limits";

/** A review as the form sends it; shared by the form (limits) and the action (validation). */
export const reviewInputSchema = z.object({
  productId: z.uuid("This product can't be reviewed."),
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5 stars." })
    .int("Choose a rating from 1 to 5 stars.")
    .min(1, "Choose a rating from 1 to 5 stars.")
    .max(5, "Choose a rating from 1 to 5 stars."),
  title: z
    .string()
    .trim()
    .min(1, "Give your review a title.")
    .max(REVIEW_TITLE_MAX, `Keep the title to ${REVIEW_TITLE_MAX} characters.`),
  body: z
    .string()
    .trim()
    .min(1, "Tell other shoppers what you thought.")
    .max(REVIEW_BODY_MAX, `Keep the review to ${REVIEW_BODY_MAX} characters.`),
});

export type ReviewInput = z.infer<typeof reviewInputSchema>;
