import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { ClockIcon, PinIcon, StoreIcon } from "@/components/ui/icons";
import { LOW_STOCK_THRESHOLD } from "@/components/ui/badge";
import type { StoreStock, VariantAvailability } from "@/lib/catalog/availability";
import { formatNumber } from "@/lib/format";
import { WEEKDAY_NAMES } from "@/lib/stores/hours";
import { setMyStoreAction } from "@/lib/stores/actions";

async function chooseStore(formData: FormData) {
  "use server";
  // The stores action validates the code and sets the cookie; this only adapts its signature.
  await setMyStoreAction(formData);
}

type Translate = ReturnType<typeof useTranslations<"product.availability">>;

function stockWords(t: Translate, available: number) {
  if (available <= 0) return t("stock.out");
  if (available <= LOW_STOCK_THRESHOLD) return t("stock.low", { available });
  return t("stock.in");
}

function miles(t: Translate, distance: number) {
  return t("miles", { distance: distance < 10 ? distance.toFixed(1) : formatNumber(Math.round(distance)) });
}

/**
 * Stock for the chosen variant: at my store first (pick up today? only a few left? which
 * aisle?), then every other store by distance, each one a tap away from being "my store".
 */
export function StoreAvailability({ availability }: { availability: VariantAvailability }) {
  const t = useTranslations("product.availability");
  const { here, pickup, others } = availability;
  const nearestWithStock = others.find((store) => store.available > 0);
  const inStock = here.available > 0;
  const low = inStock && here.available <= LOW_STOCK_THRESHOLD;

  return (
    <section aria-labelledby="availability-heading" className="rounded-xl border border-line bg-surface p-4 shadow-card sm:p-5">
      <h2 id="availability-heading" className="sr-only">
        {t("heading")}
      </h2>
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className={cn(
            "mt-0.5 grid size-9 shrink-0 place-items-center rounded-full",
            inStock ? (low ? "bg-warning-bg text-warning-fg" : "bg-success-bg text-success-fg") : "bg-danger-bg text-danger-fg",
          )}
        >
          <StoreIcon className="size-5" />
        </span>
        <div className="min-w-0 space-y-1">
          <p className="text-base leading-snug font-bold text-ink">
            {inStock
              ? pickup?.when === "today"
                ? t("pickUpToday", { store: here.name })
                : pickup?.when === "tomorrow"
                  ? t("pickUpTomorrow", { store: here.name })
                  : pickup
                    ? t("pickUpOn", { day: WEEKDAY_NAMES[pickup.weekday - 1], store: here.name })
                    : t("inStockAt", { store: here.name })
              : nearestWithStock
                ? t("availableElsewhere", { store: nearestWithStock.name })
                : t("outOfStockAt", { store: here.name })}
          </p>
          {inStock ? (
            <p className={cn("text-sm font-semibold", low ? "text-warning-fg" : "text-success-fg")}>{stockWords(t, here.available)}</p>
          ) : (
            <p className="text-sm text-ink-muted">
              {nearestWithStock
                ? t("nearest", { stock: stockWords(t, nearestWithStock.available), distance: miles(t, nearestWithStock.distanceMiles) })
                : t("nowhere")}
            </p>
          )}
          {inStock && here.aisle ? (
            <p className="flex items-center gap-1.5 text-sm text-ink-muted">
              <PinIcon className="size-4" />
              {t("aisle", { aisle: here.aisle, bay: here.bay ?? "" })}
            </p>
          ) : null}
          {inStock ? (
            <p className="flex items-center gap-1.5 text-sm text-ink-muted">
              <ClockIcon className="size-4" />
              {here.statusLabel}
            </p>
          ) : null}
        </div>
      </div>

      {others.length > 0 ? (
        <details className="group mt-4 border-t border-line pt-3" open={!inStock}>
          <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 text-sm font-semibold text-brand-700 [&::-webkit-details-marker]:hidden">
            <span>{t("otherStores")}</span>
            <span aria-hidden="true" className="text-ink-muted transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <ul className="mt-1 divide-y divide-line">
            {others.map((store) => (
              <OtherStore key={store.storeId} store={store} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function OtherStore({ store }: { store: StoreStock }) {
  const t = useTranslations("product.availability");
  const low = store.available > 0 && store.available <= LOW_STOCK_THRESHOLD;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0">
        <p className="font-semibold text-ink">
          {store.name} <span className="font-normal text-ink-muted">{t("city", { city: store.city })}</span>
        </p>
        <p className="text-sm text-ink-muted">
          <span className={cn("font-semibold", store.available <= 0 ? "text-danger-fg" : low ? "text-warning-fg" : "text-success-fg")}>
            {stockWords(t, store.available)}
          </span>
          <span aria-hidden="true"> · </span>
          {t("away", { distance: miles(t, store.distanceMiles) })}
          <span aria-hidden="true"> · </span>
          {store.statusLabel}
        </p>
      </div>
      <form action={chooseStore}>
        <input type="hidden" name="code" value={store.code} />
        <button
          type="submit"
          className="inline-flex h-10 items-center rounded-full border border-line-strong px-4 text-sm font-semibold text-ink hover:border-ink-subtle hover:bg-sand"
        >
          {t("makeMyStore")}
          <span className="sr-only">{t("makeMyStoreName", { store: store.name })}</span>
        </button>
      </form>
    </li>
  );
}
