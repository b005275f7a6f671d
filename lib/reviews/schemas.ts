import { z } from "zod";
import { translator } from "@/lib/i18n/translator";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from "./limits";

const t = translator("failures");

/** A review as the form sends it; shared by the form (limits) and the action (validation). */
export const reviewInputSchema = z.object({
  productId: z.uuid(t("reviews.cantReview")),
  rating: z.coerce
    .number({ error: t("reviews.chooseRating") })
    .int(t("reviews.chooseRating"))
    .min(1, t("reviews.chooseRating"))
    .max(5, t("reviews.chooseRating")),
  title: z
    .string()
    .trim()
    .min(1, t("reviews.titleRequired"))
    .max(REVIEW_TITLE_MAX, t("reviews.titleTooLong", { max: REVIEW_TITLE_MAX })),
  body: z
    .string()
    .trim()
    .min(1, t("reviews.bodyRequired"))
    .max(REVIEW_BODY_MAX, t("reviews.bodyTooLong", { max: REVIEW_BODY_MAX })),
});

export type ReviewInput = z.infer<typeof reviewInputSchema>;
