import Link from "next/link";
import { useTranslations } from "next-intl";
import { ClockIcon, PhoneIcon, PinIcon } from "@/components/ui/icons";
import type { OpeningStatus } from "@/lib/stores/hours";
import type { StoreSummary } from "@/lib/stores/queries";
import { MakeMyStoreButton } from "./make-my-store-button";
import { OpenStatusBadge } from "./open-status-badge";

export function formatPhone(phone: string) {
  return phone.replace(/^\+1\s*/, "");
}

export function StoreCard({ store, status, isCurrent }: { store: StoreSummary; status: OpeningStatus; isCurrent: boolean }) {
  const t = useTranslations("stores.card");
  return (
    <article
      aria-labelledby={`store-${store.code}`}
      className={
        "flex h-full flex-col rounded-xl border bg-surface p-5 shadow-card sm:p-6 " +
        (isCurrent ? "border-brand-600 ring-1 ring-brand-600" : "border-line")
      }
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={`store-${store.code}`} className="text-xl font-bold text-ink">
          <Link href={`/stores/${store.code}`} className="underline-offset-4 hover:underline">
            {store.name}
          </Link>
        </h2>
      </div>
      <dl className="mt-4 space-y-3 text-[0.9375rem]">
        <div className="flex gap-3">
          <dt>
            <PinIcon className="mt-0.5 text-brand-700" />
            <span className="sr-only">{t("address")}</span>
          </dt>
          <dd className="text-ink">
            {store.street}
            <br />
            <span className="text-ink-muted">{t("cityLine", { city: store.city, region: store.region, postalCode: store.postalCode })}</span>
          </dd>
        </div>
        <div className="flex gap-3">
          <dt>
            <ClockIcon className="mt-0.5 text-brand-700" />
            <span className="sr-only">{t("todaysHours")}</span>
          </dt>
          <dd>
            <span className="flex flex-wrap items-center gap-2">
              <OpenStatusBadge isOpen={status.isOpen} />
              <span className="font-semibold text-ink">{status.label}</span>
            </span>
            <span className="mt-1 block text-ink-muted">{t("today", { hours: status.todayLabel })}</span>
          </dd>
        </div>
        <div className="flex gap-3">
          <dt>
            <PhoneIcon className="mt-0.5 text-brand-700" />
            <span className="sr-only">{t("phone")}</span>
          </dt>
          <dd>
            <a href={`tel:${store.phone.replace(/[^+\d]/g, "")}`} className="text-ink underline-offset-4 hover:underline">
              {formatPhone(store.phone)}
            </a>
          </dd>
        </div>
      </dl>
      <div className="mt-auto flex flex-wrap items-center gap-x-5 gap-y-2 pt-6">
        <MakeMyStoreButton code={store.code} storeName={store.name} isCurrent={isCurrent} variant="primary" />
        <Link
          href={`/stores/${store.code}`}
          className="inline-flex h-11 items-center font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {t("details")}
          <span className="sr-only">{t("detailsFor", { store: store.name })}</span>
        </Link>
      </div>
    </article>
  );
}
