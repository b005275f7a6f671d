import Link from "next/link";
import { useTranslations } from "next-intl";
import { Logo } from "@/components/brand/logo";
import { CartBadge } from "@/components/cart/cart-badge";
import { UserIcon } from "@/components/ui/icons";
import { AccountMenu, type AccountMenuUser } from "./account-menu";
import { HeaderSearch } from "./header-search";
import { StoreChip, type StoreChipData } from "./store-chip";

const searchClasses = "order-last basis-full md:order-none md:flex-1 md:basis-auto lg:max-w-xl";

export function SiteHeader({ store, user, cartCount }: { store: StoreChipData | null; user: AccountMenuUser | null; cartCount: number }) {
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
          {/* No Suspense needed: every storefront page renders per request (CSP nonce), so the
              query is known on the server and the box arrives filled in, with one id. */}
          <HeaderSearch className={searchClasses} />
          <nav aria-label={t("navLabel")} className="ml-auto flex items-center gap-0.5">
            {user ? (
              <AccountMenu user={user} />
            ) : (
              <Link href="/sign-in" className="inline-flex h-11 items-center gap-2 rounded-full px-3 text-sm font-semibold text-ink hover:bg-sand">
                <UserIcon className="size-6" />
                {t("signIn")}
              </Link>
            )}
            <CartBadge initialCount={cartCount} />
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
