"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { BagIcon, CheckIcon } from "@/components/ui/icons";
import { addToBasketAction } from "@/lib/in-store/actions";
import { basketFailureText } from "./basket-failure";

/** "Add to basket" in store: the shopper's one cart, checked against this store's shelf. */
export function AddToBasketButton({ storeCode, skuId, available }: { storeCode: string; skuId: string; available: number }) {
  const t = useTranslations("inStoreClient.addToBasket");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <div className="space-y-3">
      <Button
        size="lg"
        fullWidth
        loading={pending}
        disabled={available <= 0}
        icon={<BagIcon className="size-5" />}
        onClick={() =>
          startTransition(async () => {
            const result = await addToBasketAction({ storeCode, skuId, quantity: 1 });
            if (!result.ok) setStatus({ ok: false, text: basketFailureText(result) });
            else {
              const { message, quantity, count } = result.data;
              setStatus({ ok: true, text: message ?? t("added", { quantity, count }) });
            }
          })
        }
      >
        {t("button")}
      </Button>
      <div role="status" aria-live="polite">
        {status ? (
          <div
            className={
              status.ok
                ? "flex items-start gap-2 rounded-lg bg-success-bg px-3 py-2.5 text-sm text-success-fg"
                : "rounded-lg bg-danger-bg px-3 py-2.5 text-sm font-semibold text-danger-fg"
            }
          >
            {status.ok ? <CheckIcon className="mt-0.5 size-4 shrink-0" /> : null}
            <p className="flex-1">
              {status.text}{" "}
              {status.ok ? (
                <Link href={`/in-store/${storeCode}`} className="font-bold underline underline-offset-2">
                  {t("scanNext")}
                </Link>
              ) : null}
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
