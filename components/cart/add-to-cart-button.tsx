"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button, type ButtonSize } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { BagIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { addToCartAction } from "@/lib/cart/actions";
import { useCartChanged } from "./cart-query";

type Status = { tone: "success" | "warning" | "error"; text: string } | null;

/**
 * "Add to cart" for one SKU. Checks stock on the server (the `available` prop only disables
 * the button up front), updates the header badge without a reload and confirms inline and
 * with a toast. The accessible name is always exactly "Add to cart".
 */
export function AddToCartButton({
  skuId,
  productName,
  available,
  storeName,
  quantity = 1,
  size = "lg",
  fullWidth = false,
  className,
}: {
  skuId: string;
  productName: string;
  /** Units my store can sell; 0 disables the button. Null when unknown. */
  available: number | null;
  storeName: string;
  quantity?: number;
  size?: ButtonSize;
  fullWidth?: boolean;
  className?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const { toast } = useToast();
  const t = useTranslations("cartClient.addToCart");
  const cartChanged = useCartChanged();
  const statusId = useId();
  const soldOut = available !== null && available <= 0;

  function add() {
    setStatus(null);
    startTransition(async () => {
      const result = await addToCartAction({ skuId, quantity });
      if (!result.ok) {
        setStatus({ tone: "error", text: result.message });
        toast({ title: t("failedTitle"), description: result.message, tone: "error" });
        return;
      }
      const { count, quantity: inCart, message } = result.data;
      cartChanged(count);
      const text = message ? t("capped", { message, quantity: inCart }) : t("added", { quantity: inCart });
      setStatus({ tone: message ? "warning" : "success", text });
      toast({ title: message ? t("updatedTitle") : t("addedTitle"), description: message ? text : productName, tone: message ? "info" : "success" });
    });
  }

  return (
    <div className={cn("space-y-2", fullWidth && "w-full", className)}>
      <Button
        size={size}
        fullWidth={fullWidth}
        onClick={add}
        loading={pending}
        disabled={soldOut}
        icon={<BagIcon className="size-5" />}
        aria-describedby={soldOut || status ? statusId : undefined}
      >
        {t("button")}
      </Button>
      <p
        id={statusId}
        role="status"
        className={cn(
          "min-h-5 text-sm font-medium",
          soldOut && "text-danger-fg",
          status?.tone === "success" && "text-success-fg",
          status?.tone === "warning" && "text-warning-fg",
          status?.tone === "error" && "text-danger-fg",
        )}
      >
        {soldOut ? (
          t("outOfStock", { store: storeName })
        ) : status ? (
          <>
            {status.text}{" "}
            {status.tone !== "error" ? (
              <Link href="/cart" className="font-semibold text-brand-700 underline underline-offset-4">
                {t("viewCart")}
              </Link>
            ) : null}
          </>
        ) : null}
      </p>
    </div>
  );
}
