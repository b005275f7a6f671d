import { connection } from "next/server";
import { StorefrontFrame } from "@/components/storefront/storefront-frame";
import { getHeaderPersonal } from "@/lib/account/header";

// Cart, checkout, orders and account are one person's: rendered for each request, header filled in.
export const instant = false;

export default async function PersonalLayout({ children }: { children: React.ReactNode }) {
  await connection(); // per request: the session and the clock are read below
  const { store, ...personal } = await getHeaderPersonal();
  return (
    <StorefrontFrame store={store} personal={personal}>
      {children}
    </StorefrontFrame>
  );
}
