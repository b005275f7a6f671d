import { ProductImage } from "@/components/catalog/product-image";
import { formatMoney } from "@/lib/pricing/money";

type Line = {
  productName: string;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  lineTotalCents: number;
  status: "pending" | "picked" | "short" | "substituted";
  pickedQuantity: number | null;
  /** What the shopper is charged for the line as picked (pickup orders); defaults to lineTotalCents. */
  chargeCents?: number;
  substituteName?: string | null;
  substitutionStatus?: "proposed" | "accepted" | "rejected" | null;
  substituteUnitPriceCents?: number | null;
  /** The substitute is cheaper than what was ordered, so it is charged at its own price. */
  substituteCharged?: boolean;
};

export function OrderLineItem({
  line,
  display,
  currency,
}: {
  line: Line;
  display?: { imageUrl: string; variant: string | null };
  currency: string;
}) {
  const charge = line.chargeCents ?? line.lineTotalCents;
  return (
    <li className="flex items-start gap-3 py-3 sm:gap-4">
      <ProductImage src={display?.imageUrl ?? null} alt="" className="size-14 shrink-0 rounded-md border border-line bg-sand object-contain" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-ink">{line.productName}</p>
        {display?.variant ? <p className="text-sm text-ink-muted">{display.variant}</p> : null}
        <p className="text-sm text-ink-muted tabular">
          {line.quantity} × {formatMoney(line.unitPriceCents, currency)}
          {line.discountCents > 0 ? <span className="text-success-fg"> · saved {formatMoney(line.discountCents, currency)}</span> : null}
        </p>
        {line.status === "short" ? (
          <p className="text-sm font-medium text-warning-fg">
            Short: {line.pickedQuantity ?? 0} of {line.quantity} found — you won&apos;t pay for the rest.
          </p>
        ) : line.status === "substituted" && line.substitutionStatus === "rejected" ? (
          <p className="text-sm font-medium text-ink-muted">You declined the substitute — you won&apos;t pay for it.</p>
        ) : line.status === "substituted" ? (
          <p className="text-sm font-medium text-info-fg">
            Substituted with {line.substituteName ?? "a similar item"}
            {line.substituteCharged && line.substituteUnitPriceCents !== null && line.substituteUnitPriceCents !== undefined
              ? ` — it costs less, so you pay its price (${formatMoney(line.substituteUnitPriceCents, currency)} each).`
              : " — you pay no more than for what you ordered."}
          </p>
        ) : null}
      </div>
      <p className="shrink-0 text-right font-semibold tabular">
        {charge !== line.lineTotalCents ? (
          <>
            <s className="block text-sm font-normal text-ink-subtle">
              <span className="sr-only">was </span>
              {formatMoney(line.lineTotalCents, currency)}
            </s>
            <span className="sr-only">now </span>
          </>
        ) : null}
        {formatMoney(charge, currency)}
      </p>
    </li>
  );
}
