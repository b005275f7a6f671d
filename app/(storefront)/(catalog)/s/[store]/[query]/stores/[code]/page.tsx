import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MakeMyStoreButton } from "@/components/stores/make-my-store-button";
import { OpenStatusBadge } from "@/components/stores/open-status-badge";
import { formatPhone } from "@/components/stores/store-card";
import { WeeklyHours } from "@/components/stores/weekly-hours";
import { Card, CardTitle } from "@/components/ui/card";
import { BagIcon, CarIcon, ChevronRightIcon, PhoneIcon, PinIcon, ScanIcon } from "@/components/ui/icons";
import { cachedNow } from "@/lib/cache/clock";
import { cachedStoreForCode } from "@/lib/stores/cached";
import { getOpeningStatus } from "@/lib/stores/hours";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { catalogStore, placeholderParams, realSegment, type CatalogSegments } from "../../catalog-params";

type Props = { params: Promise<CatalogSegments & { code: string }> };

export function generateStaticParams() {
  return placeholderParams("code");
}

async function loadStore(code: string) {
  const parsed = storeCodeSchema.safeParse(realSegment(code));
  if (!parsed.success) return null;
  return cachedStoreForCode(parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await loadStore((await params).code);
  const t = await getTranslations("stores.detail");
  return store
    ? { title: store.name, description: t("metaDescription", { store: store.name, street: store.street, city: store.city }) }
    : { title: t("notFoundTitle") };
}

/** A store's page, cached per "my store" (the button) and refreshed each minute for the hours. */
export default async function StorePage({ params }: Props) {
  const segments = await params;
  const store = await loadStore(segments.code);
  if (!store) notFound();
  const [current, now] = await Promise.all([catalogStore(segments), cachedNow()]);
  const t = await getTranslations("stores.detail");
  const status = getOpeningStatus(store.openingHours, store.timezone, now);
  const slotLabel =
    store.pickupSlotMinutes % 60 === 0
      ? t("slotHours", { hours: store.pickupSlotMinutes / 60 })
      : t("slotMinutes", { minutes: store.pickupSlotMinutes });

  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-10 lg:px-8">
      <nav aria-label={t("breadcrumb")} className="mb-5 text-sm">
        <ol className="flex items-center gap-1.5 text-ink-muted">
          <li>
            <Link href="/stores" className="underline-offset-4 hover:text-ink hover:underline">
              {t("stores")}
            </Link>
          </li>
          <li aria-hidden="true">
            <ChevronRightIcon className="size-4" />
          </li>
          <li aria-current="page" className="font-medium text-ink">
            {store.name}
          </li>
        </ol>
      </nav>

      <header className="flex flex-col gap-5 border-b border-line pb-8 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-[2rem] leading-tight font-extrabold text-ink sm:text-4xl">{store.name}</h1>
          <p className="mt-2 text-lg text-ink-muted">
            {t("fullAddress", { street: store.street, city: store.city, region: store.region, postalCode: store.postalCode })}
          </p>
          <p className="mt-3 flex flex-wrap items-center gap-2">
            <OpenStatusBadge isOpen={status.isOpen} size="md" />
            <span className="font-semibold text-ink">{status.label}</span>
          </p>
        </div>
        <MakeMyStoreButton code={store.code} storeName={store.name} isCurrent={store.id === current?.id} variant="primary" />
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:gap-8">
        <div className="space-y-6">
          <Card>
            <CardTitle>{t("openingHours")}</CardTitle>
            <p className="mt-1 text-sm text-ink-muted">{t("localTime", { city: store.city })}</p>
            <div className="mt-3">
              <WeeklyHours hours={store.openingHours} today={status.weekday} />
            </div>
          </Card>
          <Card>
            <CardTitle>{t("contact")}</CardTitle>
            <dl className="mt-4 space-y-3">
              <div className="flex gap-3">
                <dt>
                  <PinIcon className="mt-0.5 text-brand-700" />
                  <span className="sr-only">{t("address")}</span>
                </dt>
                <dd>
                  <address className="not-italic">
                    {store.street}
                    <br />
                    {t("cityLine", { city: store.city, region: store.region, postalCode: store.postalCode })}
                  </address>
                </dd>
              </div>
              <div className="flex gap-3">
                <dt>
                  <PhoneIcon className="mt-0.5 text-brand-700" />
                  <span className="sr-only">{t("phone")}</span>
                </dt>
                <dd>
                  <a href={`tel:${store.phone.replace(/[^+\d]/g, "")}`} className="font-semibold text-brand-700 underline-offset-4 hover:underline">
                    {formatPhone(store.phone)}
                  </a>
                </dd>
              </div>
            </dl>
          </Card>
        </div>

        <div className="space-y-6">
          <Card>
            <CardTitle>{t("pickupTitle")}</CardTitle>
            <ul className="mt-4 space-y-5">
              <li className="flex gap-4">
                <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
                  <BagIcon />
                </span>
                <div>
                  <h3 className="font-semibold text-ink">{t("pickupInStore")}</h3>
                  <p className="mt-0.5 text-ink-muted">{t("pickupInStoreBody", { slot: slotLabel, days: store.uncollectedDays })}</p>
                </div>
              </li>
              <li className="flex gap-4">
                <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
                  <CarIcon />
                </span>
                <div>
                  <h3 className="font-semibold text-ink">{t("curbside")}</h3>
                  <p className="mt-0.5 text-ink-muted">{t("curbsideBody")}</p>
                </div>
              </li>
            </ul>
          </Card>
          <section className="rounded-xl bg-brand-800 p-5 text-white shadow-card focus-on-dark sm:p-6">
            <div className="flex gap-4">
              <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full bg-white/15">
                <ScanIcon />
              </span>
              <div>
                <h2 className="text-lg font-bold">{t("inStoreTitle")}</h2>
                <p className="mt-1 text-brand-100">{t("inStoreBody")}</p>
                <Link
                  href={`/in-store/${store.code}`}
                  className="mt-3 inline-flex items-center gap-1 font-semibold text-white underline underline-offset-4 hover:no-underline"
                >
                  {t("openInStore")} <ChevronRightIcon className="size-4" />
                </Link>
              </div>
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
