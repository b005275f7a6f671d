import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/storefront/site-footer";
import { SiteHeader } from "@/components/storefront/site-header";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { countCartUnits } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { getOpeningStatus } from "@/lib/stores/hours";
import { getStoreById, listStores } from "@/lib/stores/queries";

export default async function StorefrontLayout({ children }: { children: React.ReactNode }) {
  const db = await getDb();
  const t = await getTranslations("storefront.workspace");
  // The current cart also knows the shopper, their store, and merges a guest cart after sign-in.
  const { cart, user, store } = await getCurrentCart();
  const [stores, cartCount, staffStore] = await Promise.all([
    listStores(db),
    countCartUnits(db, { cartId: cart?.id ?? null }),
    user?.storeId ? getStoreById(db, { id: user.storeId }) : null,
  ]);
  const status = store ? getOpeningStatus(store.openingHours, store.timezone) : null;

  const workspace =
    user?.role === "admin"
      ? { href: "/admin", label: t("admin") }
      : staffStore
        ? { href: `/staff/${staffStore.code}`, label: t("staff"), detail: staffStore.name }
        : null;

  return (
    // The header's cart badge loads TanStack Query when the cart first changes (components/cart).
    <div className="flex min-h-dvh flex-col">
      <SiteHeader
        store={store && status ? { name: store.name, statusLabel: status.label, isOpen: status.isOpen } : null}
        user={user ? { name: user.name, email: user.email, workspace } : null}
        cartCount={cartCount}
      />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter stores={stores.map(({ code, name, city }) => ({ code, name, city }))} />
    </div>
  );
}
