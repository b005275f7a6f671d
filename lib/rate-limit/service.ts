import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import type { Db } from "@/lib/db";
import { runNamedParts } from "@/lib/db/statement";

/**
 * At most `limit` counted attempts per key in a fixed window of `windowSeconds`. With `backoff`,
 * each failure from the `after`-th on (recordRateLimitFailure) also blocks the key for a delay that
 * doubles: `baseSeconds`, 2×, 4×… up to `maxSeconds`.
 */
export type RateRule = {
  limit: number;
  windowSeconds: number;
  backoff?: { after: number; baseSeconds: number; maxSeconds: number };
};

/** `count`: the attempts counted in the current window, this one included. */
export type RateVerdict = { allowed: boolean; retryAfterSeconds: number; count: number };

const secondsUntil = (end: number, now: Date) => Math.max(1, Math.ceil((end - now.getTime()) / 1000));

/**
 * Counts one attempt *before* the work it guards and says whether it is inside the limit: one
 * atomic upsert, so concurrent attempts on any instance each get their own number and at most
 * `limit` of them are allowed. A fresh window starts by itself; an attempt made during a back-off
 * is refused without being counted. Refund an attempt that turned out not to count
 * (refundRateLimit), e.g. a right password.
 */
export async function takeRateLimit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<RateVerdict> {
  const [row] = await db.insert(rateLimits).values({ key, windowStartedAt: now, count: 1 }).onConflictDoUpdate(countUp(rule, now)).returning();
  return verdictOf(row, rule, now);
}

/** The upsert's conflict clause: a fresh window starts at 1, a blocked key is not counted, else +1. */
function countUp(rule: RateRule, now: Date) {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowStart}`;
  const blocked = sql`(${rateLimits.blockedUntil} is not null and ${rateLimits.blockedUntil} > ${now})`;
  return {
    target: rateLimits.key,
    set: {
      count: sql`case when ${expired} then 1 when ${blocked} then ${rateLimits.count} else ${rateLimits.count} + 1 end`,
      windowStartedAt: sql`case when ${expired} then ${now} else ${rateLimits.windowStartedAt} end`,
      blockedUntil: sql`case when ${expired} then null else ${rateLimits.blockedUntil} end`,
    },
  };
}

type CounterRow = { windowStartedAt: Date; count: number; blockedUntil: Date | null };

function verdictOf(row: CounterRow, rule: RateRule, now: Date): RateVerdict {
  if (row.blockedUntil && row.blockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAfterSeconds: secondsUntil(row.blockedUntil.getTime(), now), count: row.count };
  }
  if (row.count <= rule.limit) return { allowed: true, retryAfterSeconds: 0, count: row.count };
  return { allowed: false, retryAfterSeconds: secondsUntil(row.windowStartedAt.getTime() + rule.windowSeconds * 1000, now), count: row.count };
}

/**
 * takeRateLimit on `first`, and on `then` only when `first` allowed it — one statement, so as
 * atomic as each take alone. `then` is null when it was not taken. For `first` rules without
 * back-off (a blocked `first` is never counted).
 */
export async function takeRateLimitThen(
  db: Db,
  first: { key: string; rule: RateRule },
  then: { key: string; rule: RateRule },
  now = new Date(),
): Promise<{ first: RateVerdict; then: RateVerdict | null }> {
  const firstTake = db
    .insert(rateLimits)
    .values({ key: first.key, windowStartedAt: now, count: 1 })
    .onConflictDoUpdate(countUp(first.rule, now))
    .returning();
  const thenTake = db
    .insert(rateLimits)
    .select(sql`select ${then.key}, ${now}::timestamptz, 1, null::timestamptz where (select count from first_take) <= ${first.rule.limit}`)
    .onConflictDoUpdate(countUp(then.rule, now))
    .returning();
  const columns = sql`window_started_at as "windowStartedAt", count, blocked_until as "blockedUntil"`;
  type Row = { windowStartedAt: string; count: number; blockedUntil: string | null };
  const row = await runNamedParts<{ first: Row; then: Row | null }>(db, "take_rate_limit_then", {
    with: [sql`first_take as (${firstTake.getSQL()})`, sql`then_take as (${thenTake.getSQL()})`],
    select: [
      sql`(select row_to_json(f) from (select ${columns} from first_take) f) as first`,
      sql`(select row_to_json(t) from (select ${columns} from then_take) t) as then`,
    ],
  });
  const parse = (r: Row): CounterRow => ({
    windowStartedAt: new Date(r.windowStartedAt),
    count: Number(r.count),
    blockedUntil: r.blockedUntil ? new Date(r.blockedUntil) : null,
  });
  return { first: verdictOf(parse(row.first), first.rule, now), then: row.then ? verdictOf(parse(row.then), then.rule, now) : null };
}

/**
 * Whether a key is over its limit now, without counting anything. Only for counters of *failures*
 * counted after the fact (recorded with takeRateLimit once the attempt has failed), where concurrent
 * legitimate attempts must not be refused — e.g. many shoppers behind one store's Wi-Fi paying at
 * once. A limit that must hold under concurrency takes the attempt first instead.
 */
export async function peekRateLimit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<RateVerdict> {
  return (await peekRateLimits(db, [{ key, rule }], now))[0];
}

/** peekRateLimit of several keys in one read; the verdicts in the keys' order. */
export async function peekRateLimits(db: Db, limits: { key: string; rule: RateRule }[], now = new Date()): Promise<RateVerdict[]> {
  if (limits.length === 0) return [];
  const rows = await db
    .select()
    .from(rateLimits)
    .where(
      inArray(
        rateLimits.key,
        limits.map(({ key }) => key),
      ),
    )
    .prepare(`peek_rate_limits_${limits.length}`)
    .execute();
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return limits.map(({ key, rule }) => {
    const row = byKey.get(key);
    if (!row || row.windowStartedAt.getTime() + rule.windowSeconds * 1000 <= now.getTime()) return { allowed: true, retryAfterSeconds: 0, count: 0 };
    if (row.blockedUntil && row.blockedUntil.getTime() > now.getTime()) {
      return { allowed: false, retryAfterSeconds: secondsUntil(row.blockedUntil.getTime(), now), count: row.count };
    }
    if (row.count < rule.limit) return { allowed: true, retryAfterSeconds: 0, count: row.count };
    return { allowed: false, retryAfterSeconds: secondsUntil(row.windowStartedAt.getTime() + rule.windowSeconds * 1000, now), count: row.count };
  });
}

/** Gives back an attempt takeRateLimit allowed (it turned out legitimate: a right password, a real code). */
export async function refundRateLimit(db: Db, key: string) {
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), gt(rateLimits.count, 0)))
    .prepare("refund_rate_limit")
    .execute();
}

/** Forgets a key's attempts and back-off (a right password clears that client's failures on that account). */
export async function clearRateLimit(db: Db, key: string) {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * An allowed attempt failed: with a back-off rule, from the `after`-th counted attempt on, the
 * key is blocked for base × 2^(count − after) seconds (capped). Returns the block in seconds (0: none).
 */
export async function recordRateLimitFailure(db: Db, key: string, rule: RateRule, verdict: RateVerdict, now = new Date()): Promise<number> {
  const backoff = rule.backoff;
  if (!backoff || verdict.count < backoff.after) return 0;
  const seconds = Math.min(backoff.maxSeconds, backoff.baseSeconds * 2 ** (verdict.count - backoff.after));
  const until = new Date(now.getTime() + seconds * 1000);
  await db
    .update(rateLimits)
    .set({ blockedUntil: sql`greatest(coalesce(${rateLimits.blockedUntil}, ${until}), ${until})` })
    .where(eq(rateLimits.key, key));
  return seconds;
}

/**
 * Takes an attempt on every key (in order); if one refuses, the attempts already taken are
 * refunded and that refusal is returned. Otherwise every verdict, in the keys' order.
 */
export async function takeRateLimits(
  db: Db,
  limits: { key: string; rule: RateRule }[],
  now = new Date(),
): Promise<{ allowed: true; verdicts: RateVerdict[] } | { allowed: false; refusal: RateVerdict; key: string }> {
  const verdicts: RateVerdict[] = [];
  for (const [i, { key, rule }] of limits.entries()) {
    const verdict = await takeRateLimit(db, key, rule, now);
    if (!verdict.allowed) {
      for (const taken of limits.slice(0, i)) await refundRateLimit(db, taken.key);
      return { allowed: false, refusal: verdict, key };
    }
    verdicts.push(verdict);
  }
  return { allowed: true, verdicts };
}
