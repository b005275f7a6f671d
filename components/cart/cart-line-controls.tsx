"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { removeFromCartAction, setCartQuantityAction } from "@/lib/cart/actions";
import { MAX_LINE_QUANTITY } from "@/lib/cart/limits";
import { useCartChanged } from "./cart-query";

/** The quantity stepper and "Remove" for one cart line; the page re-renders with fresh totals. */
export function CartLineControls({
  skuId,
  productName,
  quantity,
  available,
  sellable,
}: {
  skuId: string;
  productName: string;
  quantity: number;
  available: number;
  sellable: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(quantity);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const cartChanged = useCartChanged();
  const t = useTranslations("cartClient.lineControls");
  const max = Math.min(MAX_LINE_QUANTITY, Math.max(available, 1));

  function change(next: number) {
    setMessage(null);
    startTransition(async () => {
      setShown(next);
      const result = await setCartQuantityAction({ skuId, quantity: next });
      if (!result.ok) return setMessage({ text: result.message, error: true });
      if (result.data.message) setMessage({ text: result.data.message, error: false });
      cartChanged(result.data.count);
    });
  }

  function remove() {
    setMessage(null);
    startTransition(async () => {
      const result = await removeFromCartAction({ skuId });
      if (!result.ok) return setMessage({ text: result.message, error: true });
      cartChanged(result.data.count);
    });
  }

  const stepper =
    "grid size-10 place-items-center rounded-full text-lg font-bold text-ink hover:bg-sand disabled:cursor-not-allowed disabled:text-ink-subtle/50 disabled:hover:bg-transparent";
  return (
    <div className="mt-3 space-y-2">
      <div className="flex items-center gap-3">
        {sellable ? (
          <div
            role="group"
            aria-label={t("quantity", { product: productName })}
            className={cn("inline-flex items-center rounded-full border border-line-strong bg-surface", pending && "opacity-70")}
          >
            <button
              type="button"
              className={stepper}
              onClick={() => change(shown - 1)}
              disabled={pending || shown <= 1}
              aria-label={t("decrease", { product: productName })}
            >
              <span aria-hidden="true">{t("decreaseSymbol")}</span>
            </button>
            <output aria-live="polite" className="min-w-8 text-center font-semibold tabular" aria-label={t("inCart", { count: shown })}>
              {shown}
            </output>
            <button
              type="button"
              className={stepper}
              onClick={() => change(shown + 1)}
              disabled={pending || shown >= max}
              aria-label={t("increase", { product: productName })}
            >
              <span aria-hidden="true">{t("increaseSymbol")}</span>
            </button>
          </div>
        ) : null}
        <button
          type="button"
          onClick={remove}
          disabled={pending}
          className="h-10 rounded-full px-3 text-sm font-semibold text-ink-muted underline-offset-4 hover:bg-sand hover:text-ink hover:underline disabled:opacity-50"
          aria-label={t("removeLabel", { product: productName })}
        >
          {t("remove")}
        </button>
      </div>
      {message ? (
        <p role={message.error ? "alert" : "status"} className={cn("text-sm font-medium", message.error ? "text-danger-fg" : "text-warning-fg")}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
