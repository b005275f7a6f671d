"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, FieldError, Textarea, TextField } from "@/components/ui/field";
import { submitReviewAction } from "@/lib/reviews/actions";
import { echoedValue, failureOf } from "@/lib/actions/result";
import { formatNumber } from "@/lib/format";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX } from "@/lib/reviews/limits";

const STAR = "M10 1.6l2.47 5.18 5.67.72-4.16 3.93 1.06 5.62L10 14.3l-5.04 2.75 1.06-5.62L1.86 7.5l5.67-.72L10 1.6z";
const RATINGS = ["1", "2", "3", "4", "5"] as const;

/** "Write a review" for a shopper who bought the product; the server checks that again. */
export function ReviewForm({ productId }: { productId: string }) {
  const t = useTranslations("reviewsForm");
  const [state, formAction, pending] = useActionState(submitReviewAction, null);
  const [rating, setRating] = useState(Number(echoedValue(state, "rating") ?? 0));
  const [hover, setHover] = useState(0);
  const ratingErrorId = useId();
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  const shown = hover || rating;
  const word = (value: number) => (value ? t(`words.${RATINGS[value - 1]}`) : "");

  if (state?.ok) {
    return (
      <div role="status" className="rounded-xl border border-success-fg/20 bg-success-bg p-5 font-semibold text-success-fg">
        {t("posted")}
      </div>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-5">
      {failure ? (
        <div role="alert" className="rounded-md border border-danger-fg/20 bg-danger-bg px-4 py-3 text-sm font-medium text-danger-fg">
          {failure.message}
        </div>
      ) : null}
      <input type="hidden" name="productId" value={productId} />
      <fieldset aria-describedby={errors.rating ? ratingErrorId : undefined}>
        <legend className="mb-1.5 text-sm font-semibold text-ink">{t("rating")}</legend>
        <div className="flex items-center gap-3">
          <div className="flex" onMouseLeave={() => setHover(0)}>
            {[1, 2, 3, 4, 5].map((value) => (
              <label
                key={value}
                onMouseEnter={() => setHover(value)}
                className="grid size-11 cursor-pointer place-items-center rounded-full has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500"
              >
                <input
                  type="radio"
                  name="rating"
                  value={value}
                  checked={rating === value}
                  onChange={() => setRating(value)}
                  className="sr-only"
                  required
                />
                <span className="sr-only">{t("star", { value, word: word(value) })}</span>
                <svg
                  aria-hidden="true"
                  viewBox="0 0 20 20"
                  className={cn("size-8", value <= shown ? "text-paprika-500" : "text-line-strong")}
                  fill="currentColor"
                >
                  <path d={STAR} />
                </svg>
              </label>
            ))}
          </div>
          <span aria-hidden="true" className="text-sm font-semibold text-ink-muted">
            {word(shown)}
          </span>
        </div>
        <FieldError id={ratingErrorId} errors={errors.rating} className="mt-1.5" />
      </fieldset>
      <TextField
        label={t("title")}
        name="title"
        required
        maxLength={REVIEW_TITLE_MAX}
        defaultValue={echoedValue(state, "title")}
        errors={errors.title}
        placeholder={t("titlePlaceholder")}
      />
      <Field label={t("body")} errors={errors.body} hint={t("bodyHint", { max: formatNumber(REVIEW_BODY_MAX) })}>
        {(control) => <Textarea {...control} name="body" required rows={5} maxLength={REVIEW_BODY_MAX} defaultValue={echoedValue(state, "body")} />}
      </Field>
      <Button type="submit" loading={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
