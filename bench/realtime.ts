import type { Db } from "@/lib/db";

export type RealtimeResult = { samples: number; p50: number; p95: number; max: number };

/** Order committed on instance A → event received by an SSE client of instance B. */
export async function measureRealtime(_db: Db, _aUrl: string, _bUrl: string): Promise<RealtimeResult | null> {
  return null;
}
