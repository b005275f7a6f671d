import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { cartLines, products, skus } from "@/db/schema";
import type { Db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { priceBasket, type Channel, type Fulfilment, type PricedBasket } from "@/lib/pricing/service";
import { availableAt, stockMessage } from "./service";
import type { CartCount, CartLineView, CartView, PriceSummary } from "./types";

const t = translator("failures");

type Store = { id: string; name: string; currency?: string };

export function productImageUrl(slug: string) {
  return `/images/products/${slug}.svg`;
}

export function variantLabel(attributes: Record<string, string>) {
  const parts = Object.entries(attributes).map(([key, value]) => `${key.charAt(0).toUpperCase()}${key.slice(1)}: ${value}`);
  return parts.length ? parts.join(" · ") : null;
}

export function toPriceSummary(basket: PricedBasket): PriceSummary {
  return {
    currency: basket.currency,
    itemCount: basket.lines.reduce((n, line) => n + line.quantity, 0),
    subtotalCents: basket.subtotalCents,
    promotions: basket.promotions.map((p) => ({ name: p.name, discountCents: p.discountCents })),
    discountCents: basket.discountCents,
    taxCents: basket.taxCents,
    taxRateBps: basket.taxRateBps,
    deliveryFeeCents: basket.deliveryFeeCents,
    totalCents: basket.totalCents,
    coupon: basket.coupon ? { code: basket.coupon.code, applied: basket.coupon.applied, message: basket.coupon.message } : null,
  };
}

async function loadLines(db: Db, cartId: string) {
  return db
    .select({
      skuId: cartLines.skuId,
      quantity: cartLines.quantity,
      productSlug: products.slug,
      productName: products.name,
      brand: products.brand,
      attributes: skus.attributes,
      priceCents: skus.priceCents,
      sellable: sql<boolean>`${skus.active} and ${products.active}`,
    })
    .from(cartLines)
    .innerJoin(skus, eq(skus.id, cartLines.skuId))
    .innerJoin(products, eq(products.id, skus.productId))
    .where(eq(cartLines.cartId, cartId))
    .orderBy(cartLines.addedAt, cartLines.skuId);
}

type PriceOptions = { userId: string | null; fulfilment?: Fulfilment; couponCode?: string | null };

/**
 * The cart as the cart page shows it: each line with its stock at the cart's store, priced
 * by the one price function (withdrawn products are listed but not priced).
 */
export async function getCartView(
  db: Db,
  {
    cartId,
    store,
    userId,
    fulfilment = "pickup",
    couponCode,
    channel = "web",
  }: { cartId: string | null; store: Store; channel?: Channel } & PriceOptions,
): Promise<CartView> {
  const rows = cartId ? await loadLines(db, cartId) : [];
  const available = await availableAt(db, { storeId: store.id, skuIds: rows.map((r) => r.skuId) });
  const priceable = rows.filter((row) => row.sellable);
  const basket = await priceBasket(db, {
    storeId: store.id,
    channel,
    fulfilment,
    userId,
    lines: priceable.map(({ skuId, quantity }) => ({ skuId, quantity })),
    couponCode,
  });
  const priced = new Map(basket.lines.map((line) => [line.skuId, line]));

  const lines: CartLineView[] = rows.map((row) => {
    const stock = available.get(row.skuId) ?? 0;
    const line = priced.get(row.skuId);
    return {
      skuId: row.skuId,
      productSlug: row.productSlug,
      productName: row.productName,
      brand: row.brand,
      imageUrl: productImageUrl(row.productSlug),
      variant: variantLabel(row.attributes),
      quantity: row.quantity,
      unitPriceCents: line?.unitPriceCents ?? row.priceCents,
      discountCents: line?.discountCents ?? 0,
      lineTotalCents: line?.lineTotalCents ?? 0,
      available: stock,
      sellable: row.sellable,
      stockWarning: !row.sellable ? t("cart.noLongerSold") : row.quantity > stock ? stockMessage(stock, store.name) : null,
    };
  });
  return {
    cartId,
    store: { id: store.id, name: store.name },
    lines,
    summary: toPriceSummary(basket),
    hasProblems: lines.some((line) => line.stockWarning !== null),
  };
}

/** Prices the cart for a checkout choice (store, fulfilment, coupon) — the checkout summary. */
export async function priceCart(
  db: Db,
  { cartId, storeId, userId, fulfilment, couponCode }: { cartId: string; storeId: string } & PriceOptions,
): Promise<PriceSummary> {
  const rows = (await loadLines(db, cartId)).filter((row) => row.sellable);
  const basket = await priceBasket(db, {
    storeId,
    channel: "web",
    fulfilment: fulfilment ?? "pickup",
    userId,
    lines: rows.map(({ skuId, quantity }) => ({ skuId, quantity })),
    couponCode,
  });
  return toPriceSummary(basket);
}

/** What the header badge shows: units in the cart and their subtotal at the store. */
export async function getCartCount(
  db: Db,
  { cartId, storeId, userId }: { cartId: string | null; storeId: string | null; userId: string | null },
): Promise<CartCount> {
  if (!cartId) return { count: 0, subtotalCents: 0, currency: "USD" };
  const all = await loadLines(db, cartId);
  const count = all.reduce((n, row) => n + row.quantity, 0);
  const rows = all.filter((row) => row.sellable);
  if (!storeId || rows.length === 0) return { count, subtotalCents: 0, currency: "USD" };
  const basket = await priceBasket(db, {
    storeId,
    channel: "web",
    fulfilment: null,
    userId,
    lines: rows.map(({ skuId, quantity }) => ({ skuId, quantity })),
  });
  return { count, subtotalCents: basket.subtotalCents, currency: basket.currency };
}

/** Picture and variant label for SKUs by code — for lines sold earlier (order pages). */
export async function getSkuDisplay(db: Db, { skuCodes }: { skuCodes: string[] }) {
  const display = new Map<string, { imageUrl: string; variant: string | null; productSlug: string }>();
  if (skuCodes.length === 0) return display;
  const rows = await db
    .select({ code: skus.code, attributes: skus.attributes, slug: products.slug })
    .from(skus)
    .innerJoin(products, eq(products.id, skus.productId))
    .where(inArray(skus.code, skuCodes));
  for (const row of rows) {
    display.set(row.code, { imageUrl: productImageUrl(row.slug), variant: variantLabel(row.attributes), productSlug: row.slug });
  }
  return display;
}

/** Units in a cart, for the header badge (no pricing: the badge only needs the count). */
export async function countCartUnits(db: Db, { cartId }: { cartId: string | null }): Promise<number> {
  if (!cartId) return 0;
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${cartLines.quantity}), 0)::int` })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId));
  return Number(row?.count ?? 0);
}
