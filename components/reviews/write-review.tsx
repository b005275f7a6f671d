"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { ReviewForm } from "./review-form";

type Eligibility = "sign-in" | "not-purchased" | "already-reviewed" | "eligible";

/**
 * "Write a review": the form for a shopper who bought the product, else why not. The product
 * page is cached for every shopper, so whether *this* shopper may review is asked once mounted
 * (signed out until known: the sign-in prompt, which is also the answer without JavaScript).
 */
export function WriteReview({ productId, slug }: { productId: string; slug: string }) {
  const t = useTranslations("reviewsForm.write");
  const [eligibility, setEligibility] = useState<Eligibility | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/products/${productId}/review-eligibility`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ eligibility: Eligibility }>) : null))
      .then((body) => setEligibility(body?.eligibility ?? "sign-in"))
      .catch(() => {});
    return () => controller.abort();
  }, [productId]);

  const shown = eligibility ?? "sign-in";
  return (
    <section
      id="write-review"
      aria-labelledby="write-review-heading"
      aria-busy={eligibility === null}
      className="scroll-mt-6 rounded-xl border border-line bg-surface p-5 shadow-card"
    >
      <h3 id="write-review-heading" className="mb-3 text-lg font-bold text-ink">
        {t("heading")}
      </h3>
      {shown === "eligible" ? (
        <ReviewForm productId={productId} />
      ) : shown === "sign-in" ? (
        <>
          <p className="text-sm text-ink-muted">{t("signInPrompt")}</p>
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/p/${slug}#write-review`)}`}
            className={buttonClasses({ variant: "secondary", size: "sm", className: "mt-4" })}
          >
            {t("signIn")}
          </Link>
        </>
      ) : shown === "already-reviewed" ? (
        <p className="text-sm text-ink-muted">{t("alreadyReviewed")}</p>
      ) : (
        <p className="text-sm text-ink-muted">{t("notEligible")}</p>
      )}
    </section>
  );
}
