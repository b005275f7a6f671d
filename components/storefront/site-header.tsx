import Link from "next/link";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Logo } from "@/components/brand/logo";
import { SearchSuggest } from "@/components/catalog/search-suggest";
import { HeaderPersonal } from "./header-personal";
import type { HeaderPersonalData } from "@/lib/account/header";
import { HeaderSearch } from "./header-search";
import { StoreChip, type StoreChipData } from "./store-chip";

const searchClasses = "order-last basis-full md:order-none md:flex-1 md:basis-auto lg:max-w-xl";

/**
 * The storefront header. On cached pages it is the same for every shopper of the store: the
 * account menu and cart badge fill themselves in (HeaderPersonal); per-person pages pass
 * `personal` so they arrive filled.
 */
export function SiteHeader({ store, personal }: { store: StoreChipData | null; personal?: HeaderPersonalData }) {
  const t = useTranslations("storefront.header");
  return (
    <header className="border-b border-line bg-canvas">
      <div className="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8">
        {/* One search box for every width (on phones it wraps to its own row below): suggestions
            while typing, and underneath a plain GET form to /search that works without JavaScript. */}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 pt-2.5 pb-3 sm:gap-x-4 md:h-20 md:flex-nowrap md:py-0 lg:gap-x-6">
          <Link href="/" className="shrink-0 rounded-md">
            <Logo className="h-8 lg:h-9" />
          </Link>
          <div className="hidden max-w-72 min-w-0 lg:block">
            <StoreChip store={store} />
          </div>
          {/* The query it holds on /search comes from the URL in the browser: the box renders empty
              into the cached page and fills in once mounted. */}
          <Suspense fallback={<SearchSuggest className={searchClasses} defaultValue="" />}>
            <HeaderSearch className={searchClasses} />
          </Suspense>
          <nav aria-label={t("navLabel")} className="ml-auto flex items-center gap-0.5">
            <HeaderPersonal initial={personal} />
          </nav>
        </div>
      </div>
      <div className="border-t border-line bg-surface lg:hidden">
        <div className="mx-auto max-w-7xl px-2.5 sm:px-4">
          <StoreChip store={store} className="w-full max-w-full rounded-none" />
        </div>
      </div>
    </header>
  );
}
