import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import type { OrderStatus } from "@/lib/orders/statuses";
import { cn } from "./cn";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "info" | "sale";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-sand text-ink-muted ring-line",
  brand: "bg-brand-50 text-brand-800 ring-brand-200",
  success: "bg-success-bg text-success-fg ring-success-fg/15",
  warning: "bg-warning-bg text-warning-fg ring-warning-fg/15",
  danger: "bg-danger-bg text-danger-fg ring-danger-fg/15",
  info: "bg-info-bg text-info-fg ring-info-fg/15",
  sale: "bg-paprika-600 text-white ring-paprika-600",
};

const dots: Record<BadgeTone, string> = {
  neutral: "bg-ink-subtle",
  brand: "bg-brand-600",
  success: "bg-success-fg",
  warning: "bg-warning-fg",
  danger: "bg-danger-fg",
  info: "bg-info-fg",
  sale: "bg-white",
};

type BadgeProps = ComponentProps<"span"> & { tone?: BadgeTone; dot?: boolean; size?: "sm" | "md" };

export function Badge({ tone = "neutral", dot = false, size = "sm", className, children, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full font-semibold whitespace-nowrap ring-1 ring-inset",
        size === "sm" ? "px-2.5 py-0.5 text-xs" : "px-3 py-1 text-sm",
        tones[tone],
        className,
      )}
      {...props}
    >
      {dot ? <span aria-hidden="true" className={cn("size-1.5 rounded-full", dots[tone])} /> : null}
      {children}
    </span>
  );
}

/** Units available at or below this count read as "low stock". */
export const LOW_STOCK_THRESHOLD = 5;

export function stockLevel(available: number): "in" | "low" | "out" {
  if (available <= 0) return "out";
  return available <= LOW_STOCK_THRESHOLD ? "low" : "in";
}

/** Stock at a store, in words a shopper trusts: "In stock", "Only 3 left", "Out of stock". */
export function StockBadge({ available, className }: { available: number; className?: string }) {
  const t = useTranslations("ui.stock");
  const level = stockLevel(available);
  if (level === "out")
    return (
      <Badge tone="danger" dot className={className}>
        {t("out")}
      </Badge>
    );
  if (level === "low")
    return (
      <Badge tone="warning" dot className={className}>
        {t("low", { available })}
      </Badge>
    );
  return (
    <Badge tone="success" dot className={className}>
      {t("in")}
    </Badge>
  );
}

const orderStatusTones: Record<OrderStatus, BadgeTone> = {
  placed: "info",
  picking: "warning",
  partially_ready: "warning",
  ready: "success",
  collected: "neutral",
  dispatched: "info",
  delivered: "neutral",
  completed: "neutral",
  cancelled: "danger",
};

export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  const t = useTranslations("orderStatus");
  return (
    <Badge tone={orderStatusTones[status]} dot className={className}>
      {t(status)}
    </Badge>
  );
}
