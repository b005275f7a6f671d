import Link from "next/link";
import { useTranslations } from "next-intl";
import { Logo } from "@/components/brand/logo";
import type { StoreDetail } from "@/lib/stores/queries";
import { InStoreTabBar } from "./tab-bar";
import { RegisterServiceWorker } from "./register-sw";
import { StoreStatusLine } from "./store-status-line";

/** The in-store app shell: store name on top, tabs at the thumb; server-rendered (cached on shelf-label pages), tiny JS. */
export function InStoreShell({ store, children }: { store: StoreDetail; children: React.ReactNode }) {
  const t = useTranslations("inStore.tabs");
  return (
    <div className="min-h-dvh bg-canvas pb-[calc(4rem+env(safe-area-inset-bottom))]">
      <header className="sticky top-0 z-30 bg-brand-800 pt-[env(safe-area-inset-top)] text-white focus-on-dark">
        <div className="mx-auto flex h-14 max-w-lg items-center gap-3 px-4">
          <Link href={`/in-store/${store.code}`} className="shrink-0 rounded-md">
            <Logo inverse showWordmark={false} className="h-8" />
          </Link>
          <div className="min-w-0 flex-1 leading-tight">
            <p className="truncate font-bold">{store.name}</p>
            <StoreStatusLine openingHours={store.openingHours} timezone={store.timezone} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-lg px-4 pt-5 pb-8">
        {children}
      </main>
      <InStoreTabBar
        tabs={[
          { href: `/in-store/${store.code}`, label: t("scan"), icon: "scan", exact: true },
          { href: `/in-store/${store.code}/aisles`, label: t("aisles"), icon: "home" },
          { href: `/stores/${store.code}`, label: t("storeInfo"), icon: "store" },
          { href: "/", label: t("shopOnline"), icon: "shop", exact: true },
        ]}
      />
      <RegisterServiceWorker />
    </div>
  );
}
