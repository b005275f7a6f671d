import { useTranslations } from "next-intl";
import { CheckIcon } from "@/components/ui/icons";
import { Rating } from "@/components/ui/rating";
import { formatCalendarDate } from "@/lib/format";
import type { ProductReview } from "@/lib/reviews/queries";

export function ReviewList({ reviews }: { reviews: ProductReview[] }) {
  const t = useTranslations("reviews.list");
  return (
    <ul className="divide-y divide-line">
      {reviews.map((review) => (
        <li key={review.id} className="py-5 first:pt-0">
          <article aria-labelledby={`review-${review.id}`}>
            <Rating value={review.rating} />
            <h3 id={`review-${review.id}`} className="mt-1.5 font-bold text-ink">
              {review.title}
            </h3>
            <p className="mt-1 text-sm text-ink-muted">
              {review.author}
              <span aria-hidden="true"> · </span>
              <time dateTime={review.createdAt.toISOString()}>{formatCalendarDate(review.createdAt)}</time>
              {review.verifiedPurchase ? (
                <span className="ml-2 inline-flex items-center gap-1 font-semibold text-success-fg">
                  <CheckIcon className="size-3.5" />
                  {t("verifiedPurchase")}
                </span>
              ) : null}
            </p>
            <p className="mt-2 leading-relaxed whitespace-pre-line text-ink">{review.body}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
