import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import type { HeaderPersonalData } from "@/lib/account/header";
import { copyrightYear } from "@/lib/cache/year";
import type { StoreDetail } from "@/lib/stores/queries";
import { cachedStores } from "@/lib/stores/cached";

/**
 * The storefront's header, main and footer around a page. Catalog pages pass no `personal`
 * (they are cached for every shopper of the store; the header asks /api/me); per-person pages
 * pass what they already read.
 */
export async function StorefrontFrame({
  store,
  personal,
  children,
}: {
  store: StoreDetail | null;
  personal?: HeaderPersonalData;
  children: React.ReactNode;
}) {
  const [stores, year] = await Promise.all([cachedStores(), copyrightYear()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader store={store ? { name: store.name, openingHours: store.openingHours, timezone: store.timezone } : null} personal={personal} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter stores={stores.map(({ code, name, city }) => ({ code, name, city }))} year={year} />
    </div>
  );
}
