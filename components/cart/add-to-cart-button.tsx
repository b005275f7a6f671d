"use client";

import Link from "next/link";
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
  const cartChanged = useCartChanged();
  const statusId = useId();
  const soldOut = available !== null && available <= 0;

  function add() {
    setStatus(null);
    startTransition(async () => {
      const result = await addToCartAction(skuId, quantity);
      if (!result.ok) {
        setStatus({ tone: "error", text: result.error });
        toast({ title: "Couldn't add to cart", description: result.error, tone: "error" });
        return;
      }
      cartChanged(result.count);
      const text = result.message
        ? `${result.message}: you have ${result.quantity} in your cart.`
        : `Added to your cart (${result.quantity} in cart).`;
      setStatus({ tone: result.message ? "warning" : "success", text });
      toast({ title: result.message ? "Cart updated" : "Added to cart", description: result.message ? text : productName, tone: result.message ? "info" : "success" });
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
        Add to cart
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
          `Out of stock at ${storeName}`
        ) : status ? (
          <>
            {status.text}{" "}
            {status.tone !== "error" ? (
              <Link href="/cart" className="font-semibold text-brand-700 underline underline-offset-4">
                View cart
              </Link>
            ) : null}
          </>
        ) : null}
      </p>
    </div>
  );
}
