import Link from "next/link";
import { useTranslations } from "next-intl";
import { ButtonLink } from "@/components/ui/button";
import { ClockIcon, PinIcon } from "@/components/ui/icons";
import type { StoreDetail } from "@/lib/stores/queries";
import { AisleIllustration } from "./aisle-illustration";
import { HeroOpenBadge, HeroTodayHours } from "./hero-opening-status";

export function StoreHero({ store }: { store: StoreDetail }) {
  const hours = { openingHours: store.openingHours, timezone: store.timezone };
  const t = useTranslations("storefront.hero");
  return (
    <section aria-labelledby="hero-heading" className="overflow-hidden rounded-2xl bg-brand-800 text-white shadow-raised">
      <div className="grid lg:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]">
        <div className="px-6 py-8 focus-on-dark sm:px-10 sm:py-12 lg:py-16 lg:pl-14">
          <p className="inline-flex items-center gap-2 rounded-full bg-white/10 py-1 pr-3 pl-2 text-sm font-semibold text-brand-50">
            <PinIcon className="size-4" /> {t("shoppingAt", { store: store.name })}
          </p>
          <h1 id="hero-heading" className="mt-5 text-[2rem] leading-[1.08] font-extrabold tracking-tight sm:text-5xl">
            {t("heading")}
          </h1>
          <p className="mt-4 max-w-lg text-lg text-brand-100">{t("intro", { store: store.name })}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="#categories-heading" variant="inverse">
              {t("startShopping")}
            </ButtonLink>
            <ButtonLink href="/stores" variant="outline-inverse">
              {t("changeStore")}
            </ButtonLink>
          </div>
        </div>
        <div className="relative min-h-64 lg:min-h-full">
          <AisleIllustration className="absolute inset-0 size-full" />
          <div className="relative flex h-full items-end p-4 sm:p-6 lg:p-8">
            <div className="w-full max-w-sm rounded-xl bg-surface p-5 text-ink shadow-raised">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{t("yourStore")}</p>
                  <p className="truncate text-lg font-bold">{store.name}</p>
                </div>
                <HeroOpenBadge store={hours} />
              </div>
              <dl className="mt-3 space-y-2 text-sm">
                <div className="flex gap-2.5">
                  <dt>
                    <ClockIcon className="size-[1.125rem] text-brand-700" />
                    <span className="sr-only">{t("today")}</span>
                  </dt>
                  <dd>
                    <HeroTodayHours store={hours} />
                  </dd>
                </div>
                <div className="flex gap-2.5">
                  <dt>
                    <PinIcon className="size-[1.125rem] text-brand-700" />
                    <span className="sr-only">{t("address")}</span>
                  </dt>
                  <dd className="text-ink-muted">{t("streetAndCity", { street: store.street, city: store.city })}</dd>
                </div>
              </dl>
              <Link
                href={`/stores/${store.code}`}
                className="mt-4 inline-block text-sm font-semibold text-brand-700 underline-offset-4 hover:underline"
              >
                {t("storeDetails")}
              </Link>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
