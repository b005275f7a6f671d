import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { cartLines, carts, inventory } from "@/db/schema";
import type { Db } from "@/lib/db";
import { runNamedParts, type StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { MAX_LINE_QUANTITY } from "./limits";

const t = translator("failures");

/** Who a cart belongs to: a signed-in shopper, or a guest holding the cookie token. */
export type CartOwner = { userId: string; guestToken?: undefined } | { guestToken: string; userId?: undefined };

/** Every cart write names the cart *and* its owner, so nobody can touch someone else's lines. */
export type CartScope = CartOwner & { cartId: string };

export type CartRef = { id: string; storeId: string | null };

/** What a quantity change did: the quantity the line ended at, and why, when it is less than asked. */
export type CartChange = { skuId: string; quantity: number; capped: boolean; message: string | null; available: number };

export function newGuestToken() {
  return randomBytes(24).toString("base64url");
}

function ownerCondition(owner: CartOwner) {
  return owner.userId ? eq(carts.userId, owner.userId) : and(eq(carts.guestToken, owner.guestToken!), isNull(carts.userId));
}

export async function findCart(db: Db, owner: CartOwner): Promise<CartRef | null> {
  const [cart] = await db.select({ id: carts.id, storeId: carts.storeId }).from(carts).where(ownerCondition(owner));
  return cart ?? null;
}

/** The owner's cart, created on first use. Safe under concurrency: the unique owner columns decide. */
export async function getOrCreateCart(db: Db, { owner, storeId }: { owner: CartOwner; storeId: string | null }): Promise<CartRef> {
  const existing = await findCart(db, owner);
  if (existing) return existing;
  await db
    .insert(carts)
    .values(owner.userId ? { userId: owner.userId, storeId } : { guestToken: owner.guestToken, storeId })
    .onConflictDoNothing();
  const created = await findCart(db, owner);
  if (!created) throw new AppError("conflict", t("cart.openFailed"));
  return created;
}

/** Locks the cart row for the rest of the transaction; not found unless it is the owner's. */
async function lockCart(tx: Db, scope: CartScope) {
  const [cart] = await tx
    .select({ id: carts.id, storeId: carts.storeId })
    .from(carts)
    .where(and(eq(carts.id, scope.cartId), ownerCondition(scope)))
    .for("update");
  if (!cart) throw new AppError("not_found", t("cart.notFound"));
  return cart;
}

/** Units the store can sell now: on_hand − reserved (0 when it doesn't stock the SKU). */
export async function availableAt(db: Db, { storeId, skuIds }: { storeId: string; skuIds: string[] }) {
  const available = new Map<string, number>(skuIds.map((id) => [id, 0]));
  if (skuIds.length === 0) return available;
  const rows = await db
    .select({ skuId: inventory.skuId, available: sql<number>`${inventory.onHand} - ${inventory.reserved}` })
    .from(inventory)
    .where(and(eq(inventory.storeId, storeId), inArray(inventory.skuId, skuIds)));
  for (const row of rows) available.set(row.skuId, Math.max(0, Number(row.available)));
  return available;
}

export function stockMessage(available: number, store: string) {
  return available <= 0 ? t("cart.outOfStockAt", { store }) : t("cart.onlyLeft", { count: available, store });
}

async function writeLine(tx: Db, cartId: string, skuId: string, quantity: number) {
  await tx
    .insert(cartLines)
    .values({ cartId, skuId, quantity })
    .onConflictDoUpdate({ target: [cartLines.cartId, cartLines.skuId], set: { quantity } });
  await tx
    .update(carts)
    .set({ updatedAt: sql`now()` })
    .where(eq(carts.id, cartId));
}

type AddFacts = { sellable: boolean | null; store_name: string | null; available: number; existing: number; others: number; written: number | null };

/**
 * The add itself, in one statement on a cart the transaction has locked: what the SKU, the store
 * and the line are now (read after the lock, so fresh), the line written only when it grows —
 * capped at the store's free stock and at 99 — and the cart moved to the shopper's store.
 */
async function addLine(tx: Db, cartId: string, { storeId, skuId, quantity }: { storeId: string; skuId: string; quantity: number }) {
  const allowed = sql`least(existing + ${quantity}::int, available, ${MAX_LINE_QUANTITY}::int)`;
  return runNamedParts<AddFacts>(tx, "add_to_cart", {
    with: [
      sql`add_facts as (select
        (select k.active and p.active from skus k join products p on p.id = k.product_id where k.id = ${skuId}) as sellable,
        (select s.name from stores s where s.id = ${storeId}) as store_name,
        coalesce((select greatest(i.on_hand - i.reserved, 0) from inventory i where i.store_id = ${storeId} and i.sku_id = ${skuId}), 0)::int as available,
        coalesce((select l.quantity from cart_lines l where l.cart_id = ${cartId} and l.sku_id = ${skuId}), 0)::int as existing,
        coalesce((select sum(l.quantity) from cart_lines l where l.cart_id = ${cartId} and l.sku_id <> ${skuId}), 0)::int as others)`,
      sql`add_line as (
        insert into cart_lines (cart_id, sku_id, quantity)
        select ${cartId}::uuid, ${skuId}::uuid, ${allowed} from add_facts where sellable and store_name is not null and ${allowed} > existing
        on conflict (cart_id, sku_id) do update set quantity = excluded.quantity
        returning quantity)`,
      sql`add_cart as (update carts set store_id = ${storeId}, updated_at = now() where id = ${cartId} and exists (select 1 from add_line))`,
    ],
    select: [sql`f.*`, sql`(select quantity from add_line) as written`],
    from: sql`add_facts f`,
  });
}

/** What an add did, or why it was refused (thrown), from addLine's row. */
function addOutcome(facts: AddFacts, wantedMore: number, skuId: string): CartChange & { count: number } {
  if (facts.sellable === null) throw new AppError("not_found", t("cart.productNotFound"));
  if (!facts.sellable) throw new AppError("not_found", t("cart.productNotSold"));
  if (facts.store_name === null) throw new AppError("not_found", t("stores.doesNotExist"));
  const { available, existing, store_name: store } = facts;
  if (facts.written === null) {
    if (available <= 0) throw new AppError("out_of_stock", stockMessage(0, store));
    if (existing >= MAX_LINE_QUANTITY) throw new AppError("invalid_input", t("cart.lineLimit", { max: MAX_LINE_QUANTITY }));
    throw new AppError("out_of_stock", t("cart.alreadyInCart", { stock: stockMessage(available, store), count: existing }));
  }
  const allowed = facts.written;
  const capped = allowed < existing + wantedMore;
  const message = !capped ? null : allowed === available ? stockMessage(available, store) : t("cart.lineLimit", { max: MAX_LINE_QUANTITY });
  return { skuId, quantity: allowed, capped, message, available, count: facts.others + allowed };
}

/**
 * Adds units of a SKU. More than the store can sell is capped at what it has, with a
 * message saying so; nothing left to add is refused as out of stock (nothing written).
 */
export async function addToCart(db: Db, scope: CartScope & { storeId: string; skuId: string; quantity: number }): Promise<CartChange> {
  return db.transaction(async (tx) => {
    const cart = await lockCart(tx, scope);
    const { count: _count, ...change } = addOutcome(await addLine(tx, cart.id, scope), scope.quantity, scope.skuId);
    return change;
  });
}

/** Finds and locks the owner's one cart (one statement); undefined when they have none. */
async function lockOwnCart(tx: Db, owner: CartOwner): Promise<string | undefined> {
  const [found] = await tx
    .select({ id: carts.id })
    .from(carts)
    .where(ownerCondition(owner))
    .for("update")
    .prepare(owner.userId ? "lock_cart_of_user" : "lock_cart_of_guest")
    .execute();
  return found?.id;
}

/**
 * addToCart on the owner's one cart, found and locked inside the transaction (one statement),
 * or created there when `create` (a shopper's first add; a guest's, with a fresh token). Also
 * answers the units now in the cart. Null when the owner has no cart and `create` is false.
 */
export async function addToOwnCart(
  db: Db,
  { owner, create, storeId, skuId, quantity }: { owner: CartOwner; create: boolean; storeId: string; skuId: string; quantity: number },
): Promise<(CartChange & { cartId: string; count: number }) | null> {
  return db.transaction(async (tx) => {
    let cartId = await lockOwnCart(tx, owner);
    if (!cartId) {
      if (!create) return null;
      cartId = (await getOrCreateCart(tx, { owner, storeId })).id;
      await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId)).for("update");
    }
    return { cartId, ...addOutcome(await addLine(tx, cartId, { storeId, skuId, quantity }), quantity, skuId) };
  });
}

type SetFacts = { store_name: string | null; available: number; existing: number; others: number; quantity: number; allowed: boolean };

/**
 * A quantity change in one statement on a cart the transaction has locked: the line, the store
 * and its stock read after the lock; the new quantity — lowering always allowed, raising capped
 * at the store's free stock — written when it differs, and the cart moved to the store.
 */
async function setLine(tx: Db, cartId: string, { storeId, skuId, quantity }: { storeId: string; skuId: string; quantity: number }) {
  const wanted = sql`${Math.min(quantity, MAX_LINE_QUANTITY)}::int`;
  return runNamedParts<SetFacts>(tx, "set_cart_quantity", {
    with: [
      sql`set_facts as (select
        (select s.name from stores s where s.id = ${storeId}) as store_name,
        coalesce((select greatest(i.on_hand - i.reserved, 0) from inventory i where i.store_id = ${storeId} and i.sku_id = ${skuId}), 0)::int as available,
        coalesce((select l.quantity from cart_lines l where l.cart_id = ${cartId} and l.sku_id = ${skuId}), 0)::int as existing,
        coalesce((select sum(l.quantity) from cart_lines l where l.cart_id = ${cartId} and l.sku_id <> ${skuId}), 0)::int as others)`,
      sql`set_plan as (select f.*,
        case when ${wanted} <= f.existing then ${wanted} else greatest(f.existing, least(${wanted}, f.available)) end as quantity,
        (f.existing > 0 and f.store_name is not null and not (f.available <= 0 and ${wanted} >= f.existing)) as allowed
        from set_facts f)`,
      sql`set_line as (
        update cart_lines l set quantity = p.quantity from set_plan p
        where l.cart_id = ${cartId} and l.sku_id = ${skuId} and p.allowed and p.quantity <> p.existing returning l.quantity)`,
      sql`set_cart as (
        update carts c set store_id = ${storeId}, updated_at = now() from set_plan p
        where c.id = ${cartId} and p.allowed and (c.store_id is distinct from ${storeId}::uuid or p.quantity <> p.existing))`,
    ],
    select: [sql`p.*`],
    from: sql`set_plan p`,
  });
}

/** What a quantity change did, or why it was refused (thrown), from setLine's row. */
function setOutcome(facts: SetFacts, asked: number, skuId: string): CartChange & { count: number } {
  if (facts.existing === 0) throw new AppError("not_found", t("cart.lineGone"));
  if (facts.store_name === null) throw new AppError("not_found", t("stores.doesNotExist"));
  if (!facts.allowed) throw new AppError("out_of_stock", stockMessage(0, facts.store_name));
  const capped = facts.quantity < asked;
  const message = capped ? stockMessage(facts.available, facts.store_name) : null;
  return { skuId, quantity: facts.quantity, capped, message, available: facts.available, count: facts.others + facts.quantity };
}

/** Sets a line's quantity (1–99), capped at the store's stock; an out-of-stock SKU is refused. */
export async function setCartQuantity(db: Db, scope: CartScope & { storeId: string; skuId: string; quantity: number }): Promise<CartChange> {
  return db.transaction(async (tx) => {
    const cart = await lockCart(tx, scope);
    const { count: _count, ...change } = setOutcome(await setLine(tx, cart.id, scope), scope.quantity, scope.skuId);
    return change;
  });
}

/** setCartQuantity on the owner's one cart, found and locked in the transaction; also answers the units now in it. */
export async function setOwnCartQuantity(
  db: Db,
  { owner, storeId, skuId, quantity }: { owner: CartOwner; storeId: string; skuId: string; quantity: number },
): Promise<CartChange & { count: number }> {
  return db.transaction(async (tx) => {
    const cartId = await lockOwnCart(tx, owner);
    if (!cartId) throw new AppError("not_found", t("cart.lineGone"));
    return setOutcome(await setLine(tx, cartId, { storeId, skuId, quantity }), quantity, skuId);
  });
}

/** The line deleted and the cart touched in one statement; answers the units left. */
async function removeLine(tx: Db, cartId: string, skuId: string) {
  const row = await runNamedParts<{ count: number }>(tx, "remove_cart_line", {
    with: [
      sql`removed as (delete from cart_lines where cart_id = ${cartId} and sku_id = ${skuId})`,
      sql`touched as (update carts set updated_at = now() where id = ${cartId})`,
    ],
    select: [sql`coalesce(sum(l.quantity), 0)::int as count`],
    from: sql`cart_lines l where l.cart_id = ${cartId} and l.sku_id <> ${skuId}`,
  });
  return Number(row.count);
}

/** Removes a line; removing a line that is already gone is fine (double clicks). */
export async function removeFromCart(db: Db, scope: CartScope & { skuId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const cart = await lockCart(tx, scope);
    await removeLine(tx, cart.id, scope.skuId);
  });
}

/** removeFromCart on the owner's one cart (none: nothing to remove); answers the units left. */
export async function removeFromOwnCart(db: Db, { owner, skuId }: { owner: CartOwner; skuId: string }): Promise<number> {
  return db.transaction(async (tx) => {
    const cartId = await lockOwnCart(tx, owner);
    return cartId ? removeLine(tx, cartId, skuId) : 0;
  });
}

export type MergeResult = { cartId: string; mergedLines: number };

/**
 * Moves a guest cart into the shopper's account cart, once: quantities of the same SKU are
 * summed, capped at 99 and at the store's stock (never below what the account already had,
 * and never to zero — an out-of-stock line stays so the cart page can say so), then the
 * guest cart is deleted. A second call, or a token whose cart is gone, does nothing.
 */
export async function mergeGuestCart(
  db: Db,
  { userId, guestToken, storeId }: { userId: string; guestToken: string; storeId: string | null },
): Promise<MergeResult | null> {
  // Most calls find nothing (the merge already happened): answer those without a transaction.
  if (!(await findCart(db, { guestToken }))) return null;
  return db.transaction(async (tx) => {
    // The guest cart's row lock makes concurrent merges (two tabs after sign-in) run one at a time.
    const [guest] = await tx
      .select({ id: carts.id, storeId: carts.storeId })
      .from(carts)
      .where(and(eq(carts.guestToken, guestToken), isNull(carts.userId)))
      .for("update");
    if (!guest) return null;

    const target = await getOrCreateCart(tx, { owner: { userId }, storeId: storeId ?? guest.storeId });
    await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, target.id)).for("update");
    const stockStoreId = storeId ?? target.storeId ?? guest.storeId;

    const lineColumns = { skuId: cartLines.skuId, quantity: cartLines.quantity };
    const guestLines = await tx.select(lineColumns).from(cartLines).where(eq(cartLines.cartId, guest.id));
    const userLines = await tx.select(lineColumns).from(cartLines).where(eq(cartLines.cartId, target.id));
    const had = new Map(userLines.map((line) => [line.skuId, line.quantity]));
    const available = stockStoreId
      ? await availableAt(tx, { storeId: stockStoreId, skuIds: guestLines.map((l) => l.skuId) })
      : new Map<string, number>();

    for (const line of guestLines) {
      const existing = had.get(line.skuId) ?? 0;
      const stockCap = stockStoreId ? Math.max(1, available.get(line.skuId) ?? 0) : MAX_LINE_QUANTITY;
      const quantity = Math.max(existing, Math.min(existing + line.quantity, MAX_LINE_QUANTITY, stockCap));
      if (quantity !== existing) await writeLine(tx, target.id, line.skuId, quantity);
    }
    await tx.delete(carts).where(eq(carts.id, guest.id));
    return { cartId: target.id, mergedLines: guestLines.length };
  });
}

/** Units in the cart and the lines, for the badge and for pricing. */
export async function listCartLines(db: Db, { cartId }: { cartId: string }) {
  return db
    .select({ skuId: cartLines.skuId, quantity: cartLines.quantity, addedAt: cartLines.addedAt })
    .from(cartLines)
    .where(eq(cartLines.cartId, cartId))
    .orderBy(cartLines.addedAt, cartLines.skuId);
}

/**
 * A sale's lock on the cart, as a column of the sale's first statement: two payments for one cart
 * (two tabs, or the phone and the kiosk, each with its own attempt key) then run one after the
 * other, and the cart's own writes (add, set, remove, merge) wait for the sale.
 */
export function lockCartColumn(cartId: string): SQL {
  return sql`(select id from carts where id = ${cartId} for update) as locked_cart`;
}

/**
 * The sale's claim on the cart, as part of a later statement of its transaction (after
 * lockCartColumn): the cart is emptied, and the column `claimed` holds the lines it had. Check
 * them with assertClaimed before anything else: they must be exactly the lines priced and
 * authorised — the second of two payments finds the cart emptied by the first and is refused
 * (rolling back), so its authorisation is voided.
 */
export function claimCartPart(cartId: string): StatementPart {
  return {
    with: [sql`claimed_lines as (delete from cart_lines where cart_id = ${cartId} returning sku_id, quantity)`],
    select: [sql`(select coalesce(json_agg(json_build_object('skuId', sku_id, 'quantity', quantity)), '[]'::json) from claimed_lines) as claimed`],
  };
}

/** Refuses the sale when the claimed cart (claimCartPart's `claimed`) is not the one that was priced. */
export function assertClaimed(claimed: { skuId: string; quantity: number }[], lines: { skuId: string; quantity: number }[], what: "cart" | "basket") {
  const key = (items: { skuId: string; quantity: number }[]) =>
    items
      .map((line) => `${line.skuId}×${line.quantity}`)
      .sort()
      .join(",");
  if (key(claimed) !== key(lines)) {
    throw new AppError("conflict", t("cart.changedWhilePaying", { what }));
  }
}
