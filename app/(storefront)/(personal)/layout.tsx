import { StorefrontFrame } from "@/components/storefront/storefront-frame";
import { getHeaderPersonal } from "@/lib/account/header";

// Cart, checkout, orders and account are one person's: rendered for each request, header filled in.
export const instant = false;

export default async function PersonalLayout({ children }: { children: React.ReactNode }) {
  const { store, ...personal } = await getHeaderPersonal();
  return (
    <StorefrontFrame store={store} personal={personal}>
      {children}
    </StorefrontFrame>
  );
}
