import { inArray } from "drizzle-orm";
import { categories, coupons, products, promotions, skus, stores, users } from "@/db/schema";
import { categorySeeds } from "@/db/seed/categories";
import { demoShopper, shopperSeeds } from "@/db/seed/people";
import { promotionSeeds } from "@/db/seed/promotions";
import { storeSeeds } from "@/db/seed/stores";
import type { Db } from "@/lib/db";
import { demoAccounts } from "./accounts";
import type { CatalogProduct } from "./catalog";
import type { SeedPromotions, SeedShopper, SeedSku, SeedStore, TimedRule } from "./context";
import { insertBatches } from "./insert";
import type { Random } from "./random";

const DAY = 86_400_000;

/** A stable number per natural key, so "created" dates don't move between runs. */
function daysAgo(key: string, min: number, max: number) {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return min + ((h >>> 0) % (max - min + 1));
}

/** A few products are new this month (before the seeded orders begin); the rest joined over the past year. */
const NEW_ARRIVALS = new Set([
  "canned-nitro-cold-brew",
  "roasted-salted-cashews",
  "freeze-dried-salmon-cat-treats",
  "whole-grain-dijon-mustard",
  "packable-puffy-blanket",
  "tern-usb-c-headphone-adapter",
]);

/** Reference data by natural key — codes, slugs, e-mails, names: inserted once, never overwritten. */
export async function seedReferenceData(
  tx: Db,
  { catalog, passwordHash, now }: { catalog: CatalogProduct[]; passwordHash: string | null; now: Date },
) {
  const inserted: Record<string, number> = {};

  inserted.stores = await insertBatches(
    tx,
    stores,
    storeSeeds.map(({ aisles: _a, curbsideSpots: _c, deliveryArea: _d, ...store }) => store),
  );
  const storeRows = await tx
    .select({ id: stores.id, code: stores.code })
    .from(stores)
    .where(
      inArray(
        stores.code,
        storeSeeds.map((s) => s.code),
      ),
    );
  const storeId = new Map(storeRows.map((row) => [row.code, row.id]));

  inserted.categories = await insertBatches(
    tx,
    categories,
    categorySeeds.map((c, position) => ({ ...c, position })),
  );
  const categoryRows = await tx
    .select({ id: categories.id, slug: categories.slug })
    .from(categories)
    .where(
      inArray(
        categories.slug,
        categorySeeds.map((c) => c.slug),
      ),
    );
  const categoryId = new Map(categoryRows.map((row) => [row.slug, row.id]));

  inserted.products = await insertBatches(
    tx,
    products,
    catalog.map((p) => ({
      slug: p.slug,
      name: p.name,
      brand: p.brand,
      description: p.description,
      categoryId: categoryId.get(p.category)!,
      images: [`/images/products/${p.slug}.svg`],
      createdAt: new Date(now.getTime() - (NEW_ARRIVALS.has(p.slug) ? daysAgo(p.slug, 22, 30) : daysAgo(p.slug, 45, 400)) * DAY),
    })),
  );
  const productRows = await tx
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(
      inArray(
        products.slug,
        catalog.map((p) => p.slug),
      ),
    );
  const productId = new Map(productRows.map((row) => [row.slug, row.id]));

  inserted.skus = await insertBatches(
    tx,
    skus,
    catalog.flatMap((p) =>
      p.skus.map((sku) => ({
        productId: productId.get(p.slug)!,
        code: sku.code,
        gtin: sku.gtin,
        priceCents: sku.priceCents,
        compareAtCents: sku.compareAtCents ?? null,
        attributes: sku.attributes,
        netQuantity: sku.netQuantity ?? null,
        netUnit: sku.netUnit ?? null,
      })),
    ),
  );
  const allCodes = catalog.flatMap((p) => p.skus.map((s) => s.code));
  const skuRows = await tx.select({ id: skus.id, code: skus.code }).from(skus).where(inArray(skus.code, allCodes));
  const skuId = new Map(skuRows.map((row) => [row.code, row.id]));

  if (passwordHash) {
    inserted.users = await insertBatches(tx, users, [
      ...demoAccounts.map((a) => ({
        email: a.email,
        name: a.name,
        passwordHash,
        role: a.role,
        storeId: a.storeCode && (a.role === "associate" || a.role === "manager") ? storeId.get(a.storeCode)! : null,
        preferredStoreId: a.email === demoShopper.email ? storeId.get(demoShopper.preferredStore)! : null,
        phone: a.email === demoShopper.email ? demoShopper.phone : null,
        createdAt: new Date(now.getTime() - daysAgo(a.email, 90, 240) * DAY),
      })),
      ...shopperSeeds.map((s) => ({
        email: s.email,
        name: s.name,
        passwordHash,
        role: "shopper" as const,
        preferredStoreId: storeId.get(s.preferredStore)!,
        phone: s.phone,
        createdAt: new Date(now.getTime() - daysAgo(s.email, 30, 720) * DAY),
      })),
    ]);
  }
  const emails = [...demoAccounts.map((a) => a.email), ...shopperSeeds.map((s) => s.email)];
  const userRows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
  const userId = new Map(userRows.map((row) => [row.email, row.id]));

  Object.assign(inserted, await seedPromotions(tx, { now, skuId, categoryId }));

  return { inserted, storeId, categoryId, productId, skuId, userId };
}

/** Promotions have no natural key but their name; coupons are keyed by code. */
async function seedPromotions(tx: Db, ids: { now: Date; skuId: Map<string, string>; categoryId: Map<string, string> }) {
  const existing = await tx
    .select({ name: promotions.name })
    .from(promotions)
    .where(
      inArray(
        promotions.name,
        promotionSeeds.map((p) => p.name),
      ),
    );
  const have = new Set(existing.map((row) => row.name));
  const missing = promotionSeeds.filter((p) => !have.has(p.name));
  const count = { promotions: 0, coupons: 0 };
  for (const p of missing) {
    const [row] = await tx
      .insert(promotions)
      .values({
        name: p.name,
        description: p.description,
        kind: p.kind,
        percentBps: p.percentBps ?? null,
        amountCents: p.amountCents ?? null,
        buyQuantity: p.buyQuantity ?? null,
        getQuantity: p.getQuantity ?? null,
        scope: p.scope,
        skuId: p.skuCode ? ids.skuId.get(p.skuCode)! : null,
        categoryId: p.categorySlug ? ids.categoryId.get(p.categorySlug)! : null,
        minSpendCents: p.minSpendCents ?? 0,
        startsAt: new Date(ids.now.getTime() + p.startsInDays * DAY),
        endsAt: p.endsInDays === null ? null : new Date(ids.now.getTime() + p.endsInDays * DAY),
        perCustomerLimit: p.perCustomerLimit ?? null,
        requiresCoupon: p.requiresCoupon,
      })
      .returning({ id: promotions.id });
    count.promotions++;
    if (p.coupon) {
      count.coupons++;
      await tx
        .insert(coupons)
        .values({
          code: p.coupon.code,
          promotionId: row.id,
          maxRedemptions: p.coupon.maxRedemptions ?? null,
          perCustomerLimit: p.coupon.perCustomerLimit ?? null,
        })
        .onConflictDoNothing();
    }
  }
  return count;
}

/** Reads back what the planners need, joined with the seed data. */
export async function loadSeedContext(tx: Db, rng: Random, ref: Awaited<ReturnType<typeof seedReferenceData>> & { catalog: CatalogProduct[] }) {
  const seedStores: SeedStore[] = storeSeeds.map((s) => {
    const staff = demoAccounts.filter((a) => a.storeCode === s.code);
    return {
      ...s,
      id: ref.storeId.get(s.code)!,
      associateId: ref.userId.get(staff.find((a) => a.role === "associate")!.email)!,
      managerId: ref.userId.get(staff.find((a) => a.role === "manager")!.email)!,
    };
  });

  const categorySize = new Map<string, number>();
  for (const p of ref.catalog) categorySize.set(p.category, (categorySize.get(p.category) ?? 0) + 1);
  const seedSkus: SeedSku[] = ref.catalog.flatMap((p) =>
    p.skus.map((sku) => ({
      id: ref.skuId.get(sku.code)!,
      code: sku.code,
      productId: ref.productId.get(p.slug)!,
      productSlug: p.slug,
      productName: p.name,
      categoryId: ref.categoryId.get(p.category)!,
      categorySlug: p.category,
      priceCents: sku.priceCents,
      velocity: p.velocity,
      position: p.position,
      categorySize: categorySize.get(p.category)!,
      variantCount: p.skus.length,
      attributes: sku.attributes,
    })),
  );

  const brands = [
    ["visa", 50],
    ["mastercard", 30],
    ["amex", 12],
    ["discover", 8],
  ] as const;
  const people = [{ ...demoShopper, isDemoAccount: true }, ...shopperSeeds.map((s) => ({ ...s, isDemoAccount: false }))];
  const shoppers: SeedShopper[] = people.map((p) => ({
    id: ref.userId.get(p.email)!,
    name: p.name,
    email: p.email,
    phone: p.phone,
    preferredStore: p.preferredStore,
    isDemoAccount: p.isDemoAccount,
    card: { brand: rng.weighted(brands), last4: rng.string("0123456789", 4) },
  }));

  const promotionRows = await tx
    .select()
    .from(promotions)
    .where(
      inArray(
        promotions.name,
        promotionSeeds.map((p) => p.name),
      ),
    );
  const couponRows = await tx
    .select()
    .from(coupons)
    .where(
      inArray(
        coupons.code,
        promotionSeeds.flatMap((p) => (p.coupon ? [p.coupon.code] : [])),
      ),
    );
  const toRule = (row: (typeof promotionRows)[number]): TimedRule => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    percentBps: row.percentBps,
    amountCents: row.amountCents,
    buyQuantity: row.buyQuantity,
    getQuantity: row.getQuantity,
    scope: row.scope,
    skuId: row.skuId,
    categoryId: row.categoryId,
    minSpendCents: row.minSpendCents,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    perCustomerLimit: row.perCustomerLimit,
  });
  const seedPromotions: SeedPromotions = {
    automatic: promotionRows.filter((row) => !row.requiresCoupon && row.active).map(toRule),
    coupons: couponRows.flatMap((coupon) => {
      const promotion = promotionRows.find((row) => row.id === coupon.promotionId);
      return promotion ? [{ code: coupon.code, couponId: coupon.id, rule: toRule(promotion), perCustomerLimit: coupon.perCustomerLimit }] : [];
    }),
  };
  return { stores: seedStores, skus: seedSkus, shoppers, promotions: seedPromotions };
}
