import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { cartLines, carts, categories, inventory, products, skus, stores, users, type OpeningHours } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/service";
import { makeEan13 } from "@/lib/catalog/gtin";
import { checkoutSchema, type CheckoutInput } from "@/lib/checkout/schemas";
import { placeOrder } from "@/lib/checkout/service";
import type { Db } from "@/lib/db";
import { listPickupSlots } from "@/lib/fulfilment/slots";

/**
 * The one set of builders for database tests: just the rows a test needs, with sensible
 * defaults. Stores, SKUs, stock, shoppers and carts; catalog products with variants; staff and
 * a placed pickup order for fulfilment.
 */

let counter = 0;
const next = () => ++counter;

const allWeek = { open: "00:00", close: "23:59" };
export const alwaysOpen: OpeningHours = { "1": allWeek, "2": allWeek, "3": allWeek, "4": allWeek, "5": allWeek, "6": allWeek, "7": allWeek };

// --- Stores, SKUs, shoppers, carts

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

export async function createSku(db: Db, { priceCents = 1000, categoryId, name }: { priceCents?: number; categoryId?: string; name?: string } = {}) {
  const n = next();
  const category =
    categoryId ??
    (
      await db
        .insert(categories)
        .values({ slug: `cat-${n}`, name: `Category ${n}` })
        .returning()
    )[0].id;
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

/** A checkout form as typed, before the action parses it. */
export function rawCheckoutForm(overrides: Record<string, unknown> = {}) {
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

/** A checkout form as placeOrder receives it: parsed by the action's schema. */
export function checkoutForm(overrides: Record<string, unknown> = {}): CheckoutInput {
  return checkoutSchema.parse(rawCheckoutForm(overrides));
}

// --- Catalog: categories and products with variants, the fields search and listings care about

export async function createCategory(db: Db, values: { slug: string; name: string; description?: string; parentId?: string }) {
  const [category] = await db.insert(categories).values(values).returning({ id: categories.id, slug: categories.slug });
  return category;
}

type VariantSeed = { code?: string; priceCents: number; compareAtCents?: number | null; attributes?: Record<string, string>; active?: boolean };

export async function createProduct(
  db: Db,
  {
    categoryId,
    name,
    brand = "Testco",
    description = "A product for tests.",
    variants = [{ priceCents: 1000 }],
    createdAt,
    active = true,
  }: {
    categoryId: string;
    name: string;
    brand?: string;
    description?: string;
    variants?: VariantSeed[];
    createdAt?: Date;
    active?: boolean;
  },
) {
  const n = next();
  const slug = `${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}-${n}-${Math.random().toString(36).slice(2, 6)}`;
  const [product] = await db
    .insert(products)
    .values({ slug, name, brand, description, categoryId, active, ...(createdAt ? { createdAt } : {}) })
    .returning({ id: products.id, slug: products.slug, name: products.name });
  const skuRows = await db
    .insert(skus)
    .values(
      variants.map((variant, i) => ({
        productId: product.id,
        code: variant.code ?? `C${n}-${i}-${Math.random().toString(36).slice(2, 7)}`.toUpperCase(),
        gtin: makeEan13(`29${String(n).padStart(6, "0")}${String(i).padStart(2, "0")}${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`),
        priceCents: variant.priceCents,
        compareAtCents: variant.compareAtCents ?? null,
        attributes: variant.attributes ?? {},
        active: variant.active ?? true,
      })),
    )
    .returning({ id: skus.id, code: skus.code, priceCents: skus.priceCents });
  return { ...product, skus: skuRows };
}

export async function setStock(db: Db, rows: { storeId: string; skuId: string; onHand: number; reserved?: number; aisle?: string; bay?: string }[]) {
  if (rows.length === 0) return;
  await db
    .insert(inventory)
    .values(rows.map((row) => ({ aisle: "A1", bay: "1", reserved: 0, ...row })))
    .onConflictDoUpdate({
      target: [inventory.storeId, inventory.skuId],
      set: { onHand: sql`excluded.on_hand`, reserved: sql`excluded.reserved` },
    });
}

// --- Fulfilment: a store with staff, stocked SKUs and a placed pickup order

export async function createStaff(
  db: Db,
  { storeId, role }: { storeId: string | null; role: "associate" | "manager" | "admin" },
): Promise<SessionUser> {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({
      email: `${role}${n}-${Math.random().toString(36).slice(2, 8)}@staff.test`,
      name: `${role === "manager" ? "Morgan" : "Alex"} Staff${n}`,
      passwordHash: "x",
      role,
      storeId,
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, storeId: users.storeId });
  return user;
}

export function asSessionUser(user: { id: string; email: string; name: string; role: SessionUser["role"]; storeId: string | null }): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, storeId: user.storeId };
}

export async function storeWithStaff(db: Db) {
  const store = await createStore(db);
  const associate = await createStaff(db, { storeId: store.id, role: "associate" });
  const manager = await createStaff(db, { storeId: store.id, role: "manager" });
  return { store, associate, manager };
}

export async function placePickupOrder(
  db: Db,
  {
    storeId,
    lines,
    fulfilment = "pickup",
  }: {
    storeId: string;
    /** A line with `sku` orders that (already stocked) SKU; otherwise a new SKU is created and stocked. */
    lines: { quantity: number; onHand?: number; priceCents?: number; sku?: Awaited<ReturnType<typeof createSku>>["sku"] }[];
    fulfilment?: "pickup" | "curbside";
  },
) {
  const skus = [];
  for (const line of lines) {
    if (line.sku) {
      skus.push(line.sku);
      continue;
    }
    const { sku } = await createSku(db, { priceCents: line.priceCents ?? 1000 });
    await stock(db, { storeId, skuId: sku.id, onHand: line.onHand ?? 10 });
    skus.push(sku);
  }
  const shopper = await createShopper(db, "Jamie Rivera");
  const cart = await createCart(db, { userId: shopper.id, lines: skus.map((sku, i) => ({ skuId: sku.id, quantity: lines[i].quantity })) });
  const [slot] = await listPickupSlots(db, { storeId });
  const input = checkoutForm({ storeId, fulfilment, slot: slot.startsAt, contactName: "Jamie Rivera", contactEmail: shopper.email });
  const placed = await placeOrder(db, { userId: shopper.id, cartId: cart.id, input });
  return { ...placed, shopper: asSessionUser({ ...shopper, storeId: null }), skus };
}

export async function stockOf(db: Db, storeId: string, skuId: string) {
  const rows = await db
    .select({ onHand: inventory.onHand, reserved: inventory.reserved, storeId: inventory.storeId })
    .from(inventory)
    .where(eq(inventory.skuId, skuId));
  return rows.find((row) => row.storeId === storeId)!;
}

export async function storeCode(db: Db, storeId: string) {
  const [row] = await db.select({ code: stores.code }).from(stores).where(eq(stores.id, storeId));
  return row.code;
}
