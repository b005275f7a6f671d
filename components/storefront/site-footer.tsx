import Link from "next/link";
import { useTranslations } from "next-intl";
import { Logo } from "@/components/brand/logo";

export function SiteFooter({ stores, year }: { stores: { code: string; name: string; city: string }[]; year: string }) {
  const t = useTranslations("storefront.footer");
  return (
    <footer className="mt-20 bg-brand-900 text-brand-50 focus-on-dark">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-12 sm:px-6 md:grid-cols-[2fr_1fr_1fr] lg:px-8">
        <div className="max-w-sm">
          <Logo inverse className="h-8" />
          <p className="mt-4 text-brand-100">{t("tagline")}</p>
        </div>
        <nav aria-labelledby="footer-stores">
          <h2 id="footer-stores" className="text-sm font-bold tracking-wide text-white uppercase">
            {t("ourStores")}
          </h2>
          <ul className="mt-4 space-y-2.5">
            {stores.map((store) => (
              <li key={store.code}>
                <Link href={`/stores/${store.code}`} className="text-brand-100 underline-offset-4 hover:text-white hover:underline">
                  {store.name}
                  <span className="sr-only">{t("storeCity", { city: store.city })}</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href="/stores" className="font-semibold text-white underline-offset-4 hover:underline">
                {t("findStore")}
              </Link>
            </li>
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-bold tracking-wide text-white uppercase">{t("waysToShop")}</h2>
          <ul className="mt-4 space-y-2.5 text-brand-100">
            <li>{t("ways.pickup")}</li>
            <li>{t("ways.curbside")}</li>
            <li>{t("ways.delivery")}</li>
            <li>{t("ways.scanAndGo")}</li>
          </ul>
        </div>
      </div>
      <div className="border-t border-white/10">
        <p className="mx-auto max-w-7xl px-4 py-6 text-sm text-brand-200 sm:px-6 lg:px-8">{t("legal", { year })}</p>
      </div>
    </footer>
  );
}
