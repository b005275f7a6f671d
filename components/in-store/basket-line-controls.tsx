"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { setBasketQuantityAction } from "@/lib/in-store/actions";
import { basketFailureText } from "./basket-failure";

/** Quantity stepper and "Remove" for a basket line; the server re-prices and the page refreshes. */
export function BasketLineControls({
  storeCode,
  skuId,
  productName,
  quantity,
  available,
}: {
  storeCode: string;
  skuId: string;
  productName: string;
  quantity: number;
  available: number;
}) {
  const t = useTranslations("inStoreClient.basketLine");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(quantity);
  const [message, setMessage] = useState<string | null>(null);
  const max = Math.min(99, Math.max(available, 1));

  function change(next: number) {
    setMessage(null);
    startTransition(async () => {
      setShown(next);
      const result = await setBasketQuantityAction({ storeCode, skuId, quantity: next });
      if (!result.ok) setMessage(basketFailureText(result));
      else if (result.data.message) setMessage(result.data.message);
      router.refresh();
    });
  }

  const stepper =
    "grid size-10 place-items-center rounded-full text-lg font-bold text-ink hover:bg-sand disabled:text-ink-subtle/50 disabled:hover:bg-transparent";
  return (
    <div className="mt-2 space-y-1.5">
      <div className="flex items-center gap-3">
        <div
          role="group"
          aria-label={t("quantityOf", { name: productName })}
          className={cn("inline-flex items-center rounded-full border border-line-strong bg-surface", pending && "opacity-70")}
        >
          <button
            type="button"
            className={stepper}
            onClick={() => change(shown - 1)}
            disabled={pending || shown <= 1}
            aria-label={t("decrease", { name: productName })}
          >
            <span aria-hidden="true">−</span>
          </button>
          <output aria-live="polite" className="min-w-8 text-center font-semibold tabular">
            {shown}
          </output>
          <button
            type="button"
            className={stepper}
            onClick={() => change(shown + 1)}
            disabled={pending || shown >= max}
            aria-label={t("increase", { name: productName })}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
        <button
          type="button"
          onClick={() => change(0)}
          disabled={pending}
          className="h-10 rounded-full px-3 text-sm font-semibold text-ink-muted underline underline-offset-2 hover:text-ink"
          aria-label={t("removeLabel", { name: productName })}
        >
          {t("remove")}
        </button>
      </div>
      {message ? <p className="text-sm font-semibold text-warning-fg">{message}</p> : null}
    </div>
  );
}
