import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { formatMoney } from "@/components/ui/price";
import { centsToDollars, type BrandFacet, type ListingParams } from "@/lib/catalog/listing";
import { ListingForm } from "./listing-form";

export const LISTING_FORM_ID = "listing-filters";

/** Brands shown before "Show all brands". */
const BRANDS_SHOWN = 8;

/**
 * The filter form: availability at my store, brands (with counts in the current result) and a
 * price range in dollars. A plain GET form, so it works before JavaScript and with back/forward.
 */
export function ListingFilters({
  action,
  params,
  searching,
  defaultSort,
  brands,
  priceRange,
  storeName,
  clearHref,
}: {
  action: string;
  params: ListingParams;
  searching: boolean;
  defaultSort: string;
  brands: BrandFacet[];
  priceRange: { minCents: number; maxCents: number } | null;
  storeName: string;
  clearHref: string;
}) {
  const t = useTranslations("catalog.filters");
  // Ticked brands stay in the first group so they never hide behind "Show all".
  const ordered = [...brands.filter((b) => b.selected), ...brands.filter((b) => !b.selected)];
  const shown = ordered.slice(0, Math.max(BRANDS_SHOWN, brands.filter((b) => b.selected).length));
  const more = ordered.slice(shown.length);
  const currency = "USD";

  return (
    <ListingForm id={LISTING_FORM_ID} action={action} defaultSort={defaultSort} className="space-y-6" aria-label={t("label")}>
      {searching ? <input type="hidden" name="q" value={params.q} /> : null}

      <fieldset>
        <legend className="mb-2.5 text-sm font-bold text-ink">{t("availability")}</legend>
        <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md text-[0.9375rem] text-ink">
          <input type="checkbox" name="instock" value="1" defaultChecked={params.inStock} className="size-5 shrink-0 accent-brand-700" />
          <span>{t.rich("inStockAt", { store: storeName, strong: (chunks) => <span className="font-semibold">{chunks}</span> })}</span>
        </label>
      </fieldset>

      {brands.length > 0 ? (
        <fieldset>
          <legend className="mb-1.5 text-sm font-bold text-ink">{t("brand")}</legend>
          <ul>
            {shown.map((facet) => (
              <BrandOption key={facet.brand} facet={facet} />
            ))}
          </ul>
          {more.length > 0 ? (
            <details className="group">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand-700 hover:underline">
                <span className="group-open:hidden">{t("showMoreBrands", { count: more.length })}</span>
                <span className="hidden group-open:inline">{t("showFewerBrands")}</span>
              </summary>
              <ul>
                {more.map((facet) => (
                  <BrandOption key={facet.brand} facet={facet} />
                ))}
              </ul>
            </details>
          ) : null}
        </fieldset>
      ) : null}

      <fieldset>
        <legend className="mb-2.5 text-sm font-bold text-ink">{t("price")}</legend>
        <div className="flex items-end gap-2">
          <PriceInput name="min" label={t("min")} value={params.minCents} placeholder={priceRange ? Math.floor(priceRange.minCents / 100) : 0} />
          <span aria-hidden="true" className="pb-3 text-ink-muted">
            –
          </span>
          <PriceInput
            name="max"
            label={t("max")}
            value={params.maxCents}
            placeholder={priceRange ? Math.ceil(priceRange.maxCents / 100) : undefined}
          />
        </div>
        {priceRange ? (
          <p className="mt-2 text-xs text-ink-muted">
            {t("priceRange", { min: formatMoney(priceRange.minCents, currency), max: formatMoney(priceRange.maxCents, currency) })}
          </p>
        ) : null}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5 max-lg:sticky max-lg:bottom-0 max-lg:-mx-5 max-lg:-mb-4 max-lg:bg-surface max-lg:px-5 max-lg:pb-4">
        <button type="submit" className={buttonClasses({ variant: "primary", size: "md", className: "max-lg:flex-1" })}>
          {t("apply")}
        </button>
        <Link href={clearHref} className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-brand-700 hover:underline">
          {t("clearAll")}
        </Link>
      </div>
    </ListingForm>
  );
}

function BrandOption({ facet }: { facet: BrandFacet }) {
  const t = useTranslations("catalog.filters");
  return (
    <li>
      <label className="flex min-h-10 cursor-pointer items-center gap-3 text-[0.9375rem] text-ink">
        <input type="checkbox" name="brand" value={facet.brand} defaultChecked={facet.selected} className="size-5 shrink-0 accent-brand-700" />
        <span className="min-w-0 flex-1 truncate">{facet.brand}</span>
        <span className="text-sm text-ink-muted tabular">
          {facet.count}
          <span className="sr-only">{t("brandCount", { count: facet.count })}</span>
        </span>
      </label>
    </li>
  );
}

function PriceInput({ name, label, value, placeholder }: { name: string; label: string; value: number | null; placeholder?: number }) {
  const t = useTranslations("catalog.filters");
  const id = `${LISTING_FORM_ID}-${name}`;
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="mb-1 block text-xs font-semibold text-ink-muted">
        {t("priceLabel", { bound: label })}
      </label>
      <div className="relative">
        <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-ink-muted">
          $
        </span>
        <input
          id={id}
          name={name}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          defaultValue={value === null ? undefined : centsToDollars(value)}
          placeholder={placeholder === undefined ? undefined : String(placeholder)}
          className="h-11 w-full rounded-md border border-line-strong bg-surface pr-2 pl-7 text-base text-ink tabular shadow-card placeholder:text-ink-subtle hover:border-ink-subtle focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-500"
        />
      </div>
    </div>
  );
}
