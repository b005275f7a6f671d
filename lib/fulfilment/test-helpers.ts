import { eq } from "drizzle-orm";
import { inventory, stores, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/service";
import { placeOrder } from "@/lib/checkout/service";
import type { Db } from "@/lib/db";
import type { PaymentProvider } from "@/lib/payments/provider";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { listPickupSlots } from "@/lib/pickup/slots";
import { checkoutForm, createCart, createShopper, createSku, createStore, stock } from "@/lib/testing/fixtures";

/** Builders for fulfilment tests: a store with staff, stocked SKUs and a placed pickup order. */

let n = 0;

export async function createStaff(db: Db, { storeId, role }: { storeId: string | null; role: "associate" | "manager" | "admin" }): Promise<SessionUser> {
  const [user] = await db
    .insert(users)
    .values({ email: `${role}${++n}-${Math.random().toString(36).slice(2, 8)}@staff.test`, name: `${role === "manager" ? "Morgan" : "Alex"} Staff${n}`, passwordHash: "x", role, storeId })
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
  const rows = await db.select({ onHand: inventory.onHand, reserved: inventory.reserved, storeId: inventory.storeId }).from(inventory).where(eq(inventory.skuId, skuId));
  return rows.find((row) => row.storeId === storeId)!;
}

export async function storeCode(db: Db, storeId: string) {
  const [row] = await db.select({ code: stores.code }).from(stores).where(eq(stores.id, storeId));
  return row.code;
}

/** The test processor, counting captures per idempotency key (a real processor captures once per key). */
export function countingProvider() {
  const captures = new Map<string, number>();
  const voids = new Map<string, number>();
  const provider: PaymentProvider = {
    ...testPaymentProvider,
    async capture(request) {
      captures.set(request.idempotencyKey, (captures.get(request.idempotencyKey) ?? 0) + 1);
      return { ok: true };
    },
    async void(request) {
      voids.set(request.idempotencyKey, (voids.get(request.idempotencyKey) ?? 0) + 1);
      return { ok: true };
    },
  };
  return { provider, captures, voids };
}
