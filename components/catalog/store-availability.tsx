import { cn } from "@/components/ui/cn";
import { ClockIcon, PinIcon, StoreIcon } from "@/components/ui/icons";
import { LOW_STOCK_THRESHOLD } from "@/components/ui/badge";
import type { StoreStock, VariantAvailability } from "@/lib/catalog/availability";
import { formatNumber } from "@/lib/format";
import { setMyStoreAction } from "@/lib/stores/actions";

async function chooseStore(formData: FormData) {
  "use server";
  // The stores action validates the code and sets the cookie; this only adapts its signature.
  await setMyStoreAction({}, formData);
}

function stockWords(available: number) {
  if (available <= 0) return "Out of stock";
  if (available <= LOW_STOCK_THRESHOLD) return `Only ${available} left`;
  return "In stock";
}

function miles(distance: number) {
  return distance < 10 ? `${distance.toFixed(1)} mi` : `${formatNumber(Math.round(distance))} mi`;
}

/**
 * Stock for the chosen variant: at my store first (pick up today? only a few left? which
 * aisle?), then every other store by distance, each one a tap away from being "my store".
 */
export function StoreAvailability({ availability }: { availability: VariantAvailability }) {
  const { here, pickup, others } = availability;
  const nearestWithStock = others.find((store) => store.available > 0);
  const inStock = here.available > 0;
  const low = inStock && here.available <= LOW_STOCK_THRESHOLD;

  return (
    <section aria-labelledby="availability-heading" className="rounded-xl border border-line bg-surface p-4 shadow-card sm:p-5">
      <h2 id="availability-heading" className="sr-only">
        Availability
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
                ? `Pick up today at ${here.name}`
                : pickup
                  ? `Pick up ${pickup.label} at ${here.name}`
                  : `In stock at ${here.name}`
              : nearestWithStock
                ? `Out of stock here — available at ${nearestWithStock.name}`
                : `Out of stock at ${here.name}`}
          </p>
          {inStock ? (
            <p className={cn("text-sm font-semibold", low ? "text-warning-fg" : "text-success-fg")}>{stockWords(here.available)}</p>
          ) : (
            <p className="text-sm text-ink-muted">
              {nearestWithStock
                ? `${stockWords(nearestWithStock.available)} there, ${miles(nearestWithStock.distanceMiles)} away. Make it your store to pick up there.`
                : "Not in stock at any of our stores right now."}
            </p>
          )}
          {inStock && here.aisle ? (
            <p className="flex items-center gap-1.5 text-sm text-ink-muted">
              <PinIcon className="size-4" />
              Aisle {here.aisle}, bay {here.bay}
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
            <span>Stock at other stores</span>
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
  const low = store.available > 0 && store.available <= LOW_STOCK_THRESHOLD;
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0">
        <p className="font-semibold text-ink">
          {store.name} <span className="font-normal text-ink-muted">· {store.city}</span>
        </p>
        <p className="text-sm text-ink-muted">
          <span className={cn("font-semibold", store.available <= 0 ? "text-danger-fg" : low ? "text-warning-fg" : "text-success-fg")}>
            {stockWords(store.available)}
          </span>
          <span aria-hidden="true"> · </span>
          {miles(store.distanceMiles)} away
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
          Make this my store
          <span className="sr-only">: {store.name}</span>
        </button>
      </form>
    </li>
  );
}
