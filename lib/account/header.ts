import "server-only";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { countCartUnits } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { getStoreById } from "@/lib/stores/queries";

/** The signed-in person as the storefront header's account menu shows them. */
export type HeaderUser = {
  name: string;
  email: string;
  /** Staff and admins: a link to their dashboard. */
  workspace: { href: string; label: string; detail?: string } | null;
};

/** The per-person part of the storefront header: the account menu and the cart badge's count. */
export type HeaderPersonalData = { user: HeaderUser | null; cartCount: number };

const t = translator("storefront");

/** This request's header data (per-person pages render it; cached pages fetch it from /api/me). */
export async function getHeaderPersonal(): Promise<HeaderPersonalData & { store: Awaited<ReturnType<typeof getCurrentCart>>["store"] }> {
  const db = await getDb();
  // The current cart also knows the shopper, their store, and merges a guest cart after sign-in.
  const { cart, user, store } = await getCurrentCart();
  const [cartCount, staffStore] = await Promise.all([
    countCartUnits(db, { cartId: cart?.id ?? null }),
    user?.storeId ? getStoreById(db, { id: user.storeId }) : null,
  ]);
  const workspace =
    user?.role === "admin"
      ? { href: "/admin", label: t("workspace.admin") }
      : staffStore
        ? { href: `/staff/${staffStore.code}`, label: t("workspace.staff"), detail: staffStore.name }
        : null;
  return { user: user ? { name: user.name, email: user.email, workspace } : null, cartCount, store };
}
