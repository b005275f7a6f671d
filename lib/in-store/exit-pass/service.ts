import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { exitPasses, orderLines, orders, stores } from "@/db/schema";
import type { ShopperActor, StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { runParts, type StatementPart } from "@/lib/db/statement";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { auditPolicyFromEnv, auditReasons, type AuditPolicy, type AuditReason } from "./audit";
import { EXIT_PASS_TTL_MS, newNonce, parseExitPass, signExitPass } from "./token";
import { refundRateLimit, takeRateLimit, type RateRule } from "@/lib/rate-limit/service";

export type IssuedPass = { token: string; expiresAt: Date };

/** Creates the order's pass; call inside the payment transaction so a paid order always has one. */
export async function issueExitPass(
  tx: Db,
  { orderId, storeId, storeCode, now = new Date(), secret }: { orderId: string; storeId: string; storeCode: string; now?: Date; secret?: string },
): Promise<IssuedPass> {
  const { part, pass } = issueExitPassPart(tx, { orderId, storeId, storeCode, now, secret });
  await runParts(tx, part);
  return pass;
}

/** issueExitPass as part of a larger statement (the sale's last one); `pass` is the token it issues. */
export function issueExitPassPart(
  tx: Db,
  { orderId, storeId, storeCode, now = new Date(), secret }: { orderId: string; storeId: string; storeCode: string; now?: Date; secret?: string },
): { part: StatementPart; pass: IssuedPass } {
  const nonce = newNonce();
  const expiresAt = new Date(now.getTime() + EXIT_PASS_TTL_MS);
  const insert = tx.insert(exitPasses).values({ orderId, storeId, nonce, issuedAt: now, expiresAt });
  return {
    part: { with: [sql`exit_pass as (${insert.getSQL()})`] },
    pass: { token: signExitPass({ storeCode, nonce, expiresAt }, secret), expiresAt },
  };
}

export type PassState = { status: "open"; token: string; expiresAt: Date } | { status: "used"; verdict: string | null; usedAt: Date };

/**
 * A fresh token for the shopper's open pass (new nonce and expiry, so a photo of an older
 * screen is worthless); once staff have checked it, says so instead.
 */
export async function refreshExitPass(
  db: Db,
  { actor, orderId, now = new Date(), secret }: { actor: ShopperActor; orderId: string; now?: Date; secret?: string },
): Promise<PassState> {
  const userId = actor.user.id;
  const [pass] = await db
    .select({ id: exitPasses.id, usedAt: exitPasses.usedAt, verdict: exitPasses.verdict, storeCode: stores.code })
    .from(exitPasses)
    .innerJoin(orders, eq(orders.id, exitPasses.orderId))
    .innerJoin(stores, eq(stores.id, exitPasses.storeId))
    .where(and(eq(exitPasses.orderId, orderId), eq(orders.userId, userId)));
  if (!pass) throw new AppError("not_found", t("errors.notFound"));
  if (pass.usedAt) return { status: "used", verdict: pass.verdict, usedAt: pass.usedAt };
  const nonce = newNonce();
  const expiresAt = new Date(now.getTime() + EXIT_PASS_TTL_MS);
  const [updated] = await db
    .update(exitPasses)
    .set({ nonce, expiresAt })
    .where(and(eq(exitPasses.id, pass.id), isNull(exitPasses.usedAt)))
    .returning({ id: exitPasses.id });
  if (!updated) return refreshExitPass(db, { actor, orderId, now, secret });
  return { status: "open", token: signExitPass({ storeCode: pass.storeCode, nonce, expiresAt }, secret), expiresAt };
}

export type RefusalReason = "forged" | "expired" | "used" | "other_store" | "superseded" | "rate_limited";

/**
 * Forged passes one staff member may present at one store in 10 minutes. Real passes are
 * signed, so guessing is hopeless anyway; a stream of forged ones means someone is trying,
 * and the checks pause for that device's user until the window passes.
 */
export const FORGED_PASS_LIMIT: RateRule = { limit: 20, windowSeconds: 600 };

const t = translator("exitPass");

/** Each refusal's message in the exitPass catalog (what staff read at the exit). */
const refusalKey = {
  forged: "forged",
  expired: "expired",
  used: "used",
  other_store: "otherStore",
  superseded: "superseded",
  rate_limited: "rateLimited",
} as const satisfies Record<RefusalReason, string>;

export type PassOrder = {
  number: string;
  shopperName: string;
  totalCents: number;
  currency: string;
  paidAt: Date;
  channel: string;
  items: { name: string; skuCode: string; quantity: number }[];
};

export type ExitVerdict =
  | { verdict: "ok" | "audit"; reasons: AuditReason[]; order: PassOrder; orderId: string }
  | { verdict: "refused"; reason: RefusalReason; message: string; order: PassOrder | null; usedAt?: Date | null };

/** "This pass is for <store>": the issuing store's name only. */
async function otherStore(db: Db, storeId: string | null, storeCode: string): Promise<ExitVerdict> {
  const [store] = await db
    .select({ name: stores.name })
    .from(stores)
    .where(storeId ? eq(stores.id, storeId) : eq(stores.code, storeCode));
  const message = store ? t("refusal.otherStoreNamed", { store: store.name }) : t("refusal.otherStore");
  return { verdict: "refused", reason: "other_store", message, order: null, usedAt: undefined };
}

async function loadOrder(db: Db, orderId: string): Promise<PassOrder> {
  const [order] = await db
    .select({
      number: orders.number,
      shopperName: orders.contactName,
      totalCents: orders.totalCents,
      currency: orders.currency,
      paidAt: orders.placedAt,
      channel: orders.channel,
    })
    .from(orders)
    .where(eq(orders.id, orderId));
  const items = await db
    .select({ name: orderLines.productName, skuCode: orderLines.skuCode, quantity: orderLines.quantity })
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.productName));
  return { ...order, items };
}

/**
 * Staff (`actor`, allowed exit:check in their store) check a pass at that store's exit. Signature first (a forged pass learns nothing),
 * then expiry, store and single use. The row is claimed with one conditional UPDATE, so two
 * devices scanning the same pass at once get one OK and one "already used".
 */
export async function verifyExitPass(
  db: Db,
  {
    actor,
    token,
    now = new Date(),
    policy = auditPolicyFromEnv(),
    secret,
  }: { actor: StaffActor; token: string; now?: Date; policy?: AuditPolicy; secret?: string },
): Promise<ExitVerdict> {
  const storeId = actor.store.id;
  const staffUserId = actor.user.id;
  const refused = (reason: RefusalReason, order: PassOrder | null = null, usedAt?: Date | null): ExitVerdict => ({
    verdict: "refused",
    reason,
    message: t(`refusal.${refusalKey[reason]}`),
    order,
    usedAt,
  });
  const limitKey = `exit-check:${storeId}:${staffUserId}`;
  // Counted before the check (so concurrent forgeries can't all slip under the limit), refunded for a genuine pass.
  if (!(await takeRateLimit(db, limitKey, FORGED_PASS_LIMIT, now)).allowed) return refused("rate_limited");
  const parsed = parseExitPass(token, secret);
  if (!parsed.ok) return refused("forged");
  await refundRateLimit(db, limitKey);
  const { claims } = parsed;

  const [pass] = await db
    .select({
      id: exitPasses.id,
      orderId: exitPasses.orderId,
      storeId: exitPasses.storeId,
      usedAt: exitPasses.usedAt,
      expiresAt: exitPasses.expiresAt,
      userId: orders.userId,
      totalCents: orders.totalCents,
    })
    .from(exitPasses)
    .innerJoin(orders, eq(orders.id, exitPasses.orderId))
    .where(eq(exitPasses.nonce, claims.nonce));

  // Another store's pass: that store learns which store it is for, and nothing about the shopper or basket.
  if (claims.storeCode !== actor.store.code || (pass && pass.storeId !== storeId)) return otherStore(db, pass?.storeId ?? null, claims.storeCode);
  // Signed by us but no row holds this nonce: an older screen of a refreshed pass.
  if (!pass) return refused(claims.expiresAt <= now ? "expired" : "superseded");
  const order = await loadOrder(db, pass.orderId);
  if (pass.usedAt) return refused("used", order, pass.usedAt);
  if (claims.expiresAt <= now || pass.expiresAt <= now) return refused("expired", order);

  const units = order.items.reduce((n, item) => n + item.quantity, 0);
  const [history] = pass.userId
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(orders)
        .where(
          and(
            eq(orders.userId, pass.userId),
            eq(orders.storeId, pass.storeId),
            inArray(orders.channel, ["scan_and_go", "kiosk"]),
            ne(orders.id, pass.orderId),
            lt(orders.placedAt, order.paidAt),
          ),
        )
    : [{ n: 0 }];
  const reasons = auditReasons({ passId: pass.id, totalCents: pass.totalCents, units, earlierSelfCheckoutOrders: Number(history?.n ?? 0) }, policy);
  const verdict = reasons.length > 0 ? "audit" : "ok";

  const [claimed] = await db
    .update(exitPasses)
    .set({ usedAt: now, usedByUserId: staffUserId, verdict })
    .where(and(eq(exitPasses.id, pass.id), isNull(exitPasses.usedAt), eq(exitPasses.nonce, claims.nonce)))
    .returning({ id: exitPasses.id });
  if (!claimed) {
    const [again] = await db.select({ usedAt: exitPasses.usedAt }).from(exitPasses).where(eq(exitPasses.id, pass.id));
    return again?.usedAt ? refused("used", order, again.usedAt) : refused("superseded", order);
  }
  return { verdict, reasons, order, orderId: pass.orderId };
}

/** The shopper's most recent unchecked pass at this store (paid in the last half hour), to get back to it. */
export async function findOpenExitPass(db: Db, { userId, storeId, now = new Date() }: { userId: string; storeId: string; now?: Date }) {
  const [pass] = await db
    .select({ orderId: exitPasses.orderId, number: orders.number, totalCents: orders.totalCents, currency: orders.currency })
    .from(exitPasses)
    .innerJoin(orders, eq(orders.id, exitPasses.orderId))
    .where(
      and(
        eq(orders.userId, userId),
        eq(exitPasses.storeId, storeId),
        isNull(exitPasses.usedAt),
        gt(exitPasses.issuedAt, new Date(now.getTime() - 30 * 60_000)),
      ),
    )
    .orderBy(desc(exitPasses.issuedAt))
    .limit(1);
  return pass ?? null;
}
