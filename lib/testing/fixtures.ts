import { randomUUID } from "node:crypto";
import { cartLines, carts, categories, inventory, products, skus, stores, users, type OpeningHours } from "@/db/schema";
import type { Db } from "@/lib/db";
import { makeEan13 } from "@/lib/catalog/gtin";

/** Small builders for database tests: just the rows a test needs, with sensible defaults. */

let counter = 0;
const next = () => ++counter;

const allWeek = { open: "00:00", close: "23:59" };
export const alwaysOpen: OpeningHours = { "1": allWeek, "2": allWeek, "3": allWeek, "4": allWeek, "5": allWeek, "6": allWeek, "7": allWeek };

export async function createStore(db: Db, overrides: Partial<typeof stores.$inferInsert> = {}) {
  const n = next();
  const [store] = await db
    .insert(stores)
    .values({
      code: `t${n}`,
      name: `Test Store ${n}`,
      street: "1 Pike St",
      city: "Seattle",
      region: "WA",
      postalCode: "98101",
      phone: "+1 206 555 0100",
      latitude: 47.6,
      longitude: -122.3,
      timezone: "America/Los_Angeles",
      openingHours: alwaysOpen,
      taxRateBps: 1000,
      pickupCapacityPerSlot: 1000,
      ...overrides,
    })
    .returning();
  return store;
}

export async function createSku(
  db: Db,
  { priceCents = 1000, categoryId, name }: { priceCents?: number; categoryId?: string; name?: string } = {},
) {
  const n = next();
  const category =
    categoryId ?? (await db.insert(categories).values({ slug: `cat-${n}`, name: `Category ${n}` }).returning())[0].id;
  const [product] = await db
    .insert(products)
    .values({ slug: `product-${n}`, name: name ?? `Test product ${n}`, brand: "Testco", description: "A product for tests.", categoryId: category })
    .returning();
  const [sku] = await db
    .insert(skus)
    .values({ productId: product.id, code: `SKU-${n}`, gtin: makeEan13(`20000${String(n).padStart(7, "0")}`), priceCents })
    .returning();
  return { sku, product, categoryId: category };
}

export async function stock(db: Db, { storeId, skuId, onHand, reserved = 0 }: { storeId: string; skuId: string; onHand: number; reserved?: number }) {
  await db.insert(inventory).values({ storeId, skuId, onHand, reserved, aisle: "A1", bay: "1" });
}

export async function createShopper(db: Db, name = "Test Shopper") {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({ email: `shopper${n}-${randomUUID().slice(0, 6)}@test.dev`, name, passwordHash: "x", role: "shopper" })
    .returning();
  return user;
}

export async function createCart(db: Db, { userId, lines }: { userId: string; lines: { skuId: string; quantity: number }[] }) {
  const [cart] = await db.insert(carts).values({ userId }).returning();
  if (lines.length) await db.insert(cartLines).values(lines.map((line) => ({ cartId: cart.id, ...line })));
  return cart;
}

export function checkoutForm(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    fulfilment: "pickup",
    contactName: "Test Shopper",
    contactEmail: "shopper@test.dev",
    cardNumber: "4242 4242 4242 4242",
    cardExpiry: "12/30",
    cardCvc: "123",
    ...overrides,
  };
}
