import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, orderLines, stockMovements } from "@/db/schema";
import { getAvailableBySku } from "@/lib/catalog/availability";
import { staffActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/service";
import type { DatabaseHandle, Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createTestDatabase } from "@/lib/testing/test-db";
import { handOverOrder } from "./handover";
import { markReady, pickLine, startPicking } from "./picking";
import { placePickupOrder, stockOf, storeWithStaff } from "@/lib/testing/builders";
import { recordingProvider } from "@/lib/testing/payments";

let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
});
afterAll(() => handle.close());

/** The actor the staff action client hands the service: `user` checked for `permission` in the store `storeCode`. */
function actor(user: SessionUser, storeCode: string, permission: Permission = "pickups:work") {
  return staffActor(db, { user, storeCode, permission });
}

async function linesOf(orderId: string) {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.productName));
}

async function shortPickLedger(orderId: string) {
  return db
    .select({
      skuId: stockMovements.skuId,
      onHandDelta: stockMovements.onHandDelta,
      reservedDelta: stockMovements.reservedDelta,
      actor: stockMovements.actorUserId,
      note: stockMovements.note,
    })
    .from(stockMovements)
    .where(and(eq(stockMovements.orderId, orderId), eq(stockMovements.reason, "short_pick")))
    .orderBy(asc(stockMovements.id));
}

/** Σ of the SKU's ledger in this store, to check the books against the inventory row. */
async function ledgerTotals(storeId: string, skuId: string) {
  const rows = await db
    .select()
    .from(stockMovements)
    .where(and(eq(stockMovements.storeId, storeId), eq(stockMovements.skuId, skuId)));
  return { onHand: rows.reduce((n, r) => n + r.onHandDelta, 0), reserved: rows.reduce((n, r) => n + r.reservedDelta, 0) };
}

async function pickingOrder(lines: { quantity: number; onHand?: number }[]) {
  const staff = await storeWithStaff(db);
  const placed = await placePickupOrder(db, { storeId: staff.store.id, lines });
  await startPicking(db, { actor: await actor(staff.associate, staff.store.code), orderId: placed.orderId });
  const pick = async (lineId: string, outcome: "picked" | "short", foundQuantity?: number) =>
    pickLine(db, { actor: await actor(staff.associate, staff.store.code), orderId: placed.orderId, lineId, outcome, foundQuantity });
  return { ...staff, ...placed, pick, lines: await linesOf(placed.orderId) };
}

describe("a short pick corrects on-hand", () => {
  it("takes the missing units off on-hand with a short_pick ledger row by the associate, audits it, and the storefront sells fewer", async () => {
    const s = await pickingOrder([{ quantity: 3, onHand: 10 }]);
    const [line] = s.lines;
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 10, reserved: 3 });

    await s.pick(line.id, "short", 1);

    // 2 weren't on the shelf: they leave the books (10 → 8); the 1 found stays reserved.
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 8, reserved: 1 });
    expect(await shortPickLedger(s.orderId)).toEqual([
      { skuId: line.skuId, onHandDelta: -2, reservedDelta: 0, actor: s.associate.id, note: "Short pick: 2 not on the shelf" },
    ]);
    // The storefront's own availability read: 8 on hand − 1 reserved (it would say 9 without the correction).
    expect((await getAvailableBySku(db, { storeId: s.store.id, skuIds: [line.skuId] })).get(line.skuId)).toBe(7);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.orderId), eq(auditLog.action, "stock.short_pick")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: s.associate.id, storeId: s.store.id, data: { onHandDelta: -2, skuCode: line.skuCode } });
    expect(await ledgerTotals(s.store.id, line.skuId)).toEqual({ onHand: 8 - 10, reserved: 1 });

    // Handover then takes the 1 found: 7 on hand, nothing reserved.
    await markReady(db, { actor: await actor(s.associate, s.store.code), orderId: s.orderId });
    const [order] = await db.query.orders.findMany({ where: (o, { eq: is }) => is(o.id, s.orderId) });
    await handOverOrder(db, {
      actor: await actor(s.associate, s.store.code, "pickups:handover"),
      code: order.pickupCode!,
      orderId: s.orderId,
      provider: recordingProvider().provider,
    });
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 7, reserved: 0 });
  });

  it("re-marking a line never counts the same missing units twice (short → picked → short → fewer found → same again)", async () => {
    const s = await pickingOrder([{ quantity: 3, onHand: 10 }, { quantity: 1 }]);
    const line = s.lines.find((l) => l.quantity === 3)!;
    const at = () => stockOf(db, s.store.id, line.skuId);

    await s.pick(line.id, "short", 1);
    expect(await at()).toMatchObject({ onHand: 8, reserved: 1 });
    await s.pick(line.id, "short", 1); // pressed again
    expect(await at()).toMatchObject({ onHand: 8, reserved: 1 });
    await s.pick(line.id, "picked"); // found them after all: the 2 come back and are held again
    expect(await at()).toMatchObject({ onHand: 10, reserved: 3 });
    await s.pick(line.id, "short", 1);
    expect(await at()).toMatchObject({ onHand: 8, reserved: 1 });
    await s.pick(line.id, "short", 0); // the last one was missing too
    expect(await at()).toMatchObject({ onHand: 7, reserved: 0 });
    await s.pick(line.id, "short", 0);
    expect(await at()).toMatchObject({ onHand: 7, reserved: 0 });

    expect((await shortPickLedger(s.orderId)).map((row) => row.onHandDelta)).toEqual([-2, 2, -2, -1]);
    expect(await ledgerTotals(s.store.id, line.skuId)).toEqual({ onHand: 7 - 10, reserved: 0 });
    const audit = await db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, s.orderId), eq(auditLog.action, "stock.short_pick")))
      .orderBy(asc(auditLog.id));
    expect(audit.map((row) => (row.data as { onHandDelta: number }).onHandDelta)).toEqual([-2, 2, -2, -1]);
  });

  it("never takes on-hand below what other orders hold, even when the shelf count says so", async () => {
    // 3 on hand; our order wants 2. The associate substitutes them (releasing the 2), another
    // shopper then reserves all 3, and the associate changes the line to short, 0 found.
    const s = await pickingOrder([{ quantity: 2, onHand: 3 }, { quantity: 1 }]);
    const line = s.lines.find((l) => l.quantity === 2)!;
    const other = s.lines.find((l) => l.quantity === 1)!;
    const sku = s.skus.find((k) => k.id === line.skuId)!;
    await pickLine(db, {
      actor: await actor(s.associate, s.store.code),
      orderId: s.orderId,
      lineId: line.id,
      outcome: "substituted",
      substitute: other.skuCode,
    });
    await placePickupOrder(db, { storeId: s.store.id, lines: [{ quantity: 3, sku }] });
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 3, reserved: 3 });

    await s.pick(line.id, "short", 0); // the shelf is empty, but 3 are promised to the rival: on-hand stays
    expect(await stockOf(db, s.store.id, line.skuId)).toMatchObject({ onHand: 3, reserved: 3 });
    expect(await shortPickLedger(s.orderId)).toEqual([]);
  });
});

describe("short picks and checkouts of the same SKU at the same time", () => {
  it("never goes negative or over-reserves; the ledger adds up to the inventory row", async () => {
    const s = await pickingOrder([{ quantity: 4, onHand: 6 }, { quantity: 1 }]);
    const line = s.lines.find((l) => l.quantity === 4)!;
    const sku = s.skus.find((k) => k.id === line.skuId)!;
    // 6 on hand, 4 held by our order, 2 free. Five shoppers each try to buy 1 while the associate
    // reports the line short with none found (4 units off the books).
    const shoppers = Array.from({ length: 5 }, () => placePickupOrder(db, { storeId: s.store.id, lines: [{ quantity: 1, sku }] }));
    const results = await Promise.allSettled([s.pick(line.id, "short", 0), ...shoppers]);
    expect(results[0].status).toBe("fulfilled");
    const sold = results.slice(1).filter((r) => r.status === "fulfilled").length;
    for (const r of results.slice(1)) if (r.status === "rejected") expect(isAppError(r.reason, "out_of_stock")).toBe(true);

    const row = await stockOf(db, s.store.id, line.skuId);
    expect(row.reserved).toBe(sold);
    expect(row.onHand).toBeGreaterThanOrEqual(row.reserved);
    const corrected = (await shortPickLedger(s.orderId)).reduce((n, r) => n + r.onHandDelta, 0);
    expect(row.onHand).toBe(6 + corrected);
    expect(corrected).toBeGreaterThanOrEqual(-4);
    // Whatever the interleaving, 2 units could be sold at most, and the books match the row.
    expect(sold).toBeLessThanOrEqual(2);
    expect(await ledgerTotals(s.store.id, line.skuId)).toEqual({ onHand: row.onHand - 6, reserved: row.reserved });
  });
});
