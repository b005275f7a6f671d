import { connection } from "next/server";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CartLineItem } from "@/components/cart/cart-line-item";
import { PriceSummary } from "@/components/cart/price-summary";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ArrowRightIcon, BagIcon, StoreIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getCartView } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/pricing/money";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart.metadata");
  return { title: t("title") };
}

export default async function CartPage() {
  await connection(); // per request: the session and the clock are read below
  const [{ cart, store, user }, t] = await Promise.all([getCurrentCart(), getTranslations("cart")]);
  if (!store) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6 lg:px-8">
        <EmptyState icon={<StoreIcon />} title={t("noStores.title")} description={t("noStores.description")} />
      </div>
    );
  }
  const view = await getCartView(await getDb(), { cartId: cart?.id ?? null, store, userId: user?.id ?? null });
  const { summary, lines } = view;

  if (lines.length === 0) {
    return (
      <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
        <PageHeader title={t("title")} className="mb-8" />
        <EmptyState
          icon={<BagIcon />}
          title={t("empty.title")}
          description={t("empty.description", { store: store.name })}
          action={
            <ButtonLink href="/" size="lg" icon={<ArrowRightIcon className="size-5" />}>
              {t("empty.action")}
            </ButtonLink>
          }
        />
      </div>
    );
  }

  const checkoutLabel = t("checkout");
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 sm:pt-10 lg:px-8">
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          count: summary.itemCount,
          store: store.name,
          storeLink: (chunks) => (
            <Link href="/stores" className="font-semibold text-brand-700 underline-offset-4 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      />

      {view.hasProblems ? (
        <div role="alert" className="mt-6 rounded-lg border border-warning-fg/20 bg-warning-bg px-4 py-3 text-sm text-warning-fg">
          <p className="font-semibold">{t("problems.title")}</p>
          <p>{t("problems.body", { store: store.name })}</p>
        </div>
      ) : null}

      <div className="mt-6 grid gap-6 pb-10 lg:mt-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-10">
        <section aria-labelledby="cart-lines-heading">
          <h2 id="cart-lines-heading" className="sr-only">
            {t("itemsHeading")}
          </h2>
          <Card padding="md">
            <ul className="divide-y divide-line">
              {lines.map((line) => (
                <CartLineItem key={line.skuId} line={line} currency={summary.currency} />
              ))}
            </ul>
          </Card>
          <Link href="/" className="mt-4 inline-flex h-11 items-center text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
            {t("continueShopping")}
          </Link>
        </section>

        <aside aria-labelledby="summary-heading" className="lg:sticky lg:top-6 lg:self-start">
          <Card padding="md">
            <CardTitle id="summary-heading">{t("summaryHeading")}</CardTitle>
            <PriceSummary summary={summary} fulfilment={null} className="mt-4" />
            {/* On phones the sticky bar below carries the one Checkout button. */}
            <div className="mt-6 hidden lg:block">
              <ButtonLink href="/checkout" size="lg" fullWidth>
                {checkoutLabel}
              </ButtonLink>
            </div>
            <p className="mt-3 text-center text-sm text-ink-muted">{user ? t("hint.signedIn") : t("hint.guest")}</p>
          </Card>
        </aside>
      </div>

      {/* On phones the way forward stays under the thumb. */}
      <div className="sticky bottom-0 z-10 -mx-4 border-t border-line bg-surface/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:hidden">
        <div className="flex items-center justify-between gap-4">
          <p className="leading-tight">
            <span className="block text-xs text-ink-muted">{t("total")}</span>
            <span className="text-lg font-extrabold tabular">{formatMoney(summary.totalCents, summary.currency)}</span>
          </p>
          <ButtonLink href="/checkout" size="lg" className="flex-1 sm:flex-none">
            {checkoutLabel}
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
