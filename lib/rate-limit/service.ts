import { eq, sql } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import type { Db } from "@/lib/db";

/** At most `limit` counted attempts per key in a fixed window of `windowSeconds`. */
export type RateRule = { limit: number; windowSeconds: number };

export type RateVerdict = { allowed: boolean; retryAfterSeconds: number };

/** Sign-in: 10 failed attempts per 15 minutes, counted per account and per client address. */
export const SIGN_IN_FAILURES: RateRule = { limit: 10, windowSeconds: 15 * 60 };

function verdict(row: { count: number; windowStartedAt: Date } | undefined, rule: RateRule, now: Date, counted: number): RateVerdict {
  if (!row) return { allowed: true, retryAfterSeconds: 0 };
  const endsAt = row.windowStartedAt.getTime() + rule.windowSeconds * 1000;
  if (endsAt <= now.getTime() || row.count <= counted) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** Whether one more attempt would still be inside the limit, without counting it. */
export async function checkRateLimit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<RateVerdict> {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return verdict(row, rule, now, rule.limit - 1);
}

/**
 * Counts one attempt and says whether it was inside the limit. One atomic upsert, so
 * concurrent attempts on any instance are all counted and a fresh window starts by itself.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateRule, now = new Date()): Promise<RateVerdict> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStartedAt: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStartedAt} <= ${windowStart} then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${rateLimits.windowStartedAt} <= ${windowStart} then ${now} else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning();
  return verdict(row, rule, now, rule.limit);
}
