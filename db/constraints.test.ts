import { and, eq, sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/rows";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cartLines, carts, categories, inventory, orderLines, orders, products, skus, stores, users } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db/types";
import { createTestDatabase } from "@/lib/testing/test-db";

/**
 * The last line of defence: whatever the services above do, the database itself refuses
 * rows that break the domain's invariants. Each refusal sits beside the nearest accepted
 * row, so a test fails if a constraint is missing *or* too strict.
 */

let handle: DatabaseHandle;
let db: Db;
let storeId: string;
let skuId: string;
let productId: string;

/** Resolves when the statement is refused by the named CHECK constraint (on PGlite and pg alike). */
async function expectViolation(statement: PromiseLike<unknown>, constraint: string) {
  const error = await Promise.resolve(statement).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected a violation of ${constraint}, but the statement succeeded`).not.toBeNull();
  expect(errorChain(error)).toContain(`violates check constraint "${constraint}"`);
}

/** drizzle wraps the driver's error; the constraint name is in the cause. */
function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
  return messages.join("\n");
}

const storeRow = {
  name: "Test Store",
  street: "1 Main St",
  city: "Springfield",
  region: "IL",
  postalCode: "62701",
  phone: "+1 217 555 0100",
  latitude: 39.8,
  longitude: -89.6,
  timezone: "America/Chicago",
  openingHours: { "1": null, "2": null, "3": null, "4": null, "5": null, "6": null, "7": null },
  taxRateBps: 825,
};

function orderRow(overrides: Partial<typeof orders.$inferInsert> = {}): typeof orders.$inferInsert {
  const key = crypto.randomUUID();
  return {
    number: `T-${key.slice(0, 8)}`,
    storeId,
    channel: "scan_and_go",
    status: "completed",
    subtotalCents: 1000,
    discountCents: 100,
    taxCents: 74,
    deliveryFeeCents: 0,
    totalCents: 974,
    contactName: "Test Shopper",
    contactEmail: "shopper@test.example",
    idempotencyKey: key,
    ...overrides,
  };
}

async function stockOf() {
  const [row] = await db
    .select({ onHand: inventory.onHand, reserved: inventory.reserved })
    .from(inventory)
    .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, skuId)));
  return row;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  [{ id: storeId }] = await db
    .insert(stores)
    .values({ ...storeRow, code: "test-1" })
    .returning({ id: stores.id });
  const [{ id: categoryId }] = await db.insert(categories).values({ slug: "pantry", name: "Pantry" }).returning({ id: categories.id });
  [{ id: productId }] = await db
    .insert(products)
    .values({ slug: "oat-granola", name: "Oat Granola", brand: "Hearth", description: "Toasted oats.", categoryId })
    .returning({ id: products.id });
  [{ id: skuId }] = await db.insert(skus).values({ productId, code: "GRAN-500", gtin: "4006381333931", priceCents: 499 }).returning({ id: skus.id });
  await db.insert(inventory).values({ storeId, skuId, onHand: 3, reserved: 1, aisle: "4", bay: "B" });
});

afterAll(async () => {
  await handle?.close();
});

describe("inventory", () => {
  it("refuses to take on_hand below zero, and keeps the stock as it was", async () => {
    await expectViolation(
      db.execute(sql`update inventory set on_hand = on_hand - 5 where store_id = ${storeId} and sku_id = ${skuId}`),
      "inventory_on_hand_non_negative",
    );
    expect(await stockOf()).toEqual({ onHand: 3, reserved: 1 });
  });

  it("allows selling what is on hand", async () => {
    await db.execute(sql`update inventory set on_hand = on_hand - 2 where store_id = ${storeId} and sku_id = ${skuId}`);
    expect(await stockOf()).toEqual({ onHand: 1, reserved: 1 });
    await db.execute(sql`update inventory set on_hand = on_hand + 2 where store_id = ${storeId} and sku_id = ${skuId}`);
  });

  it("refuses to reserve more than is on hand", async () => {
    await expectViolation(
      db
        .update(inventory)
        .set({ reserved: 4 })
        .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, skuId))),
      "inventory_reserved_within_on_hand",
    );
    await db
      .update(inventory)
      .set({ reserved: 3 })
      .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, skuId)));
    expect(await stockOf()).toEqual({ onHand: 3, reserved: 3 });
  });

  it("refuses a negative reservation", async () => {
    await expectViolation(
      db
        .update(inventory)
        .set({ reserved: -1 })
        .where(and(eq(inventory.storeId, storeId), eq(inventory.skuId, skuId))),
      "inventory_reserved_non_negative",
    );
  });
});

describe("cart lines", () => {
  it("refuse a quantity of zero or less, and accept one", async () => {
    const [{ id: cartId }] = await db.insert(carts).values({ guestToken: "guest-token-1" }).returning({ id: carts.id });
    await expectViolation(db.insert(cartLines).values({ cartId, skuId, quantity: 0 }), "cart_lines_quantity_range");
    await expectViolation(db.insert(cartLines).values({ cartId, skuId, quantity: -2 }), "cart_lines_quantity_range");
    await db.insert(cartLines).values({ cartId, skuId, quantity: 1 });
    const [{ lines }] = await queryRows<{ lines: number }>(db, sql`select count(*)::int as lines from cart_lines where cart_id = ${cartId}`);
    expect(lines).toBe(1);
  });

  it("refuse a cart that belongs to nobody", async () => {
    await expectViolation(db.insert(carts).values({}), "carts_owner");
  });
});

describe("orders", () => {
  it("accept an order whose total adds up", async () => {
    const [order] = await db.insert(orders).values(orderRow()).returning({ totalCents: orders.totalCents });
    expect(order.totalCents).toBe(974);
  });

  it("refuse an order whose total does not add up", async () => {
    await expectViolation(db.insert(orders).values(orderRow({ totalCents: 1000 })), "orders_total_adds_up");
  });

  it("refuse negative money", async () => {
    await expectViolation(
      db.insert(orders).values(orderRow({ subtotalCents: -10, discountCents: 0, taxCents: 0, totalCents: -10 })),
      "orders_money_non_negative",
    );
  });

  it("refuse a pickup order without a pickup code", async () => {
    await expectViolation(db.insert(orders).values(orderRow({ channel: "web", fulfilment: "pickup", status: "placed" })), "orders_pickup_has_code");
  });

  it("refuse order lines with a quantity of zero or less, or a wrong line total", async () => {
    const [{ id: orderId }] = await db.insert(orders).values(orderRow()).returning({ id: orders.id });
    const line = { orderId, skuId, productName: "Oat Granola", skuCode: "GRAN-500", unitPriceCents: 499 };
    await expectViolation(db.insert(orderLines).values({ ...line, quantity: 0, lineTotalCents: 0 }), "order_lines_quantity_positive");
    await expectViolation(db.insert(orderLines).values({ ...line, quantity: -1, lineTotalCents: 0 }), "order_lines_quantity_positive");
    await expectViolation(db.insert(orderLines).values({ ...line, quantity: 2, lineTotalCents: 499 }), "order_lines_total_adds_up");
    await db.insert(orderLines).values({ ...line, quantity: 2, lineTotalCents: 998 });
  });
});

describe("SKU barcodes", () => {
  it.each(["400638133393", "40063813339312", "400638133393A", " 4006381333931"])("refuse the GTIN %j", async (gtin) => {
    await expectViolation(db.insert(skus).values({ productId, code: `BAD-${gtin.trim()}`, gtin, priceCents: 100 }), "skus_gtin_format");
  });

  it("accept a 13-digit GTIN", async () => {
    await db.insert(skus).values({ productId, code: "GRAN-1KG", gtin: "5901234123457", priceCents: 899 });
  });
});

describe("users", () => {
  const user = { name: "Sam Staff", passwordHash: "x" };

  it("refuse a staff member without a store", async () => {
    await expectViolation(db.insert(users).values({ ...user, email: "associate-nostore@test.example", role: "associate" }), "users_staff_have_store");
    await expectViolation(db.insert(users).values({ ...user, email: "manager-nostore@test.example", role: "manager" }), "users_staff_have_store");
  });

  it("refuse a shopper tied to a store as staff", async () => {
    await expectViolation(
      db.insert(users).values({ ...user, email: "shopper-store@test.example", role: "shopper", storeId }),
      "users_staff_have_store",
    );
  });

  it("accept staff with a store and shoppers without one", async () => {
    await db.insert(users).values({ ...user, email: "associate@test.example", role: "associate", storeId });
    await db.insert(users).values({ ...user, email: "shopper@test.example", role: "shopper" });
  });

  it("refuse an e-mail that is not lower-cased", async () => {
    await expectViolation(db.insert(users).values({ ...user, email: "Mixed@Test.example", role: "shopper" }), "users_email_lowercase");
  });
});
