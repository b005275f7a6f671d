import { connection } from "next/server";
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ArrowRightIcon, BagIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getShopperProfile } from "@/lib/account/queries";
import { requireUser } from "@/lib/auth/session";
import { quoteCheckout } from "@/lib/cart/checkout-quote";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getDb } from "@/lib/db";
import { TEST_CARD_HINTS } from "@/lib/payments/test-provider";
import { isDemoMode } from "@/lib/startup";
import { listStores } from "@/lib/stores/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.metadata");
  return { title: t("title") };
}

export default async function CheckoutPage() {
  await connection(); // per request: the session and the clock are read below
  const user = await requireUser("/checkout");
  const t = await getTranslations("checkout");
  const db = await getDb();
  const [{ cart, store }, stores, profile] = await Promise.all([getCurrentCart(), listStores(db), getShopperProfile(db, { userId: user.id })]);

  const quote = store ? await quoteCheckout(db, { cartId: cart?.id ?? null, userId: user.id, storeId: store.id, fulfilment: "pickup" }) : null;
  if (!store || !quote || quote.summary.itemCount === 0) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
        <PageHeader title={t("title")} className="mb-8" />
        <EmptyState
          icon={<BagIcon />}
          title={t("empty.title")}
          description={t("empty.description")}
          action={
            <ButtonLink href="/" size="lg" icon={<ArrowRightIcon className="size-5" />}>
              {t("empty.action")}
            </ButtonLink>
          }
        />
      </div>
    );
  }

  const testCards = isDemoMode() ? TEST_CARD_HINTS : null;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 pb-12 sm:px-6 sm:pt-10 lg:px-8">
      <PageHeader title={t("title")} description={t("description")} className="mb-6 lg:mb-8" />
      <CheckoutForm
        initialQuote={quote}
        initialKey={randomUUID()}
        stores={stores.map(({ id, name, city }) => ({ id, name, city }))}
        profile={{ name: profile?.name ?? user.name, email: profile?.email ?? user.email, phone: profile?.phone ?? null }}
        testCards={testCards}
      />
    </div>
  );
}
