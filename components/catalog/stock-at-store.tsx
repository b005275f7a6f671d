import { useTranslations } from "next-intl";
import { stockLevel } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const dots = { in: "bg-success-fg", low: "bg-warning-fg", out: "bg-danger-fg" };
const text = { in: "text-success-fg", low: "text-warning-fg", out: "text-ink-muted" };

/** "In stock at Aisle Capitol Hill" / "Only 2 left at …" / "Out of stock here", for cards and lists. */
export function StockAtStore({ available, storeName, className }: { available: number; storeName: string; className?: string }) {
  const t = useTranslations("catalog.stockAtStore");
  const level = stockLevel(available);
  return (
    <p className={cn("flex items-start gap-1.5 text-[0.8125rem] leading-snug font-semibold", text[level], className)}>
      <span aria-hidden="true" className={cn("mt-[0.4em] size-1.5 shrink-0 rounded-full", dots[level])} />
      <span>{level === "out" ? t("out") : level === "low" ? t("low", { available, store: storeName }) : t("in", { store: storeName })}</span>
    </p>
  );
}
