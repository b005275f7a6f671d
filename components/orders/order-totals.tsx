import { useTranslations } from "next-intl";
import { formatMoney } from "@/lib/pricing/money";

type Totals = {
  currency: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  deliveryFeeCents: number;
  totalCents: number;
  couponCode: string | null;
};

/** The order's totals as they were charged (stored on the order, never recomputed). */
export function OrderTotals({ order, delivery }: { order: Totals; delivery: boolean }) {
  const t = useTranslations("orders.totals");
  const money = (cents: number) => formatMoney(cents, order.currency);
  return (
    <dl className="space-y-2 text-[0.9375rem]">
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">{t("subtotal")}</dt>
        <dd className="font-semibold tabular">{money(order.subtotalCents)}</dd>
      </div>
      {order.discountCents > 0 ? (
        <div className="flex justify-between gap-4 text-success-fg">
          <dt>{t("savings", { hasCode: order.couponCode ? "yes" : "no", code: order.couponCode ?? "" })}</dt>
          <dd className="font-semibold tabular">
            <span className="sr-only">{t("minus")}</span>−{money(order.discountCents)}
          </dd>
        </div>
      ) : null}
      {delivery ? (
        <div className="flex justify-between gap-4">
          <dt className="text-ink-muted">{t("delivery")}</dt>
          <dd className="font-semibold tabular">{order.deliveryFeeCents > 0 ? money(order.deliveryFeeCents) : t("free")}</dd>
        </div>
      ) : null}
      <div className="flex justify-between gap-4">
        <dt className="text-ink-muted">{t("tax")}</dt>
        <dd className="font-semibold tabular">{money(order.taxCents)}</dd>
      </div>
      <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
        <dt className="font-bold">{t("total")}</dt>
        <dd className="text-xl font-extrabold tabular">{money(order.totalCents)}</dd>
      </div>
    </dl>
  );
}
