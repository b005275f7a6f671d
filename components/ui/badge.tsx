import type { ComponentProps } from "react";
import type { OrderStatus } from "@/db/schema";
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
  const level = stockLevel(available);
  if (level === "out") return <Badge tone="danger" dot className={className}>Out of stock</Badge>;
  if (level === "low") return <Badge tone="warning" dot className={className}>Only {available} left</Badge>;
  return <Badge tone="success" dot className={className}>In stock</Badge>;
}

const orderStatuses: Record<OrderStatus, { label: string; tone: BadgeTone }> = {
  placed: { label: "Placed", tone: "info" },
  picking: { label: "Picking", tone: "warning" },
  partially_ready: { label: "Partly ready", tone: "warning" },
  ready: { label: "Ready", tone: "success" },
  collected: { label: "Collected", tone: "neutral" },
  dispatched: { label: "Out for delivery", tone: "info" },
  delivered: { label: "Delivered", tone: "neutral" },
  completed: { label: "Completed", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "danger" },
};

export function orderStatusLabel(status: OrderStatus) {
  return orderStatuses[status].label;
}

export function orderStatusTone(status: OrderStatus) {
  return orderStatuses[status].tone;
}

export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  const { label, tone } = orderStatuses[status];
  return (
    <Badge tone={tone} dot className={className}>
      {label}
    </Badge>
  );
}
