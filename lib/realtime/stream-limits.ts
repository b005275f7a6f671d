/**
 * Caps on open SSE streams, per user and per client address. Counted in this process's memory:
 * each app instance caps its own streams (N instances accept at most N × the cap), which is
 * what bounds the instance's sockets and subscriptions — the thing the cap protects.
 */
export type StreamCaps = { perUser: number; perAddress: number };

export const DEFAULT_STREAM_CAPS: StreamCaps = { perUser: 6, perAddress: 20 };

/** A stream lives at most this long, then closes; EventSource reconnects by itself with Last-Event-ID, so nothing is lost. */
export const STREAM_MAX_LIFETIME_MS = 60 * 60 * 1000;

/** How often an open stream re-checks its caller (SSE_RECHECK_MS shortens it, e.g. for the e2e server). */
export function streamRecheckMs(): number {
  const configured = Number(process.env.SSE_RECHECK_MS);
  return Number.isFinite(configured) && configured >= 100 ? configured : 30_000;
}

export class StreamLimiter {
  private readonly open = new Map<string, number>();

  constructor(readonly caps: StreamCaps = DEFAULT_STREAM_CAPS) {}

  /**
   * Takes a slot for a new stream, or answers null when its user or its address already holds
   * as many as the cap allows. The returned release is idempotent: call it when the stream ends.
   */
  tryOpen({ userId, clientAddress }: { userId?: string | null; clientAddress?: string | null }): (() => void) | null {
    const keys: [string, number][] = [];
    if (userId) keys.push([`user:${userId}`, this.caps.perUser]);
    if (clientAddress) keys.push([`address:${clientAddress}`, this.caps.perAddress]);
    // One thread: the check and the count below cannot interleave with another stream's.
    if (keys.some(([key, cap]) => this.count(key) >= cap)) return null;
    for (const [key] of keys) this.open.set(key, this.count(key) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const [key] of keys) {
        const left = this.count(key) - 1;
        if (left > 0) this.open.set(key, left);
        else this.open.delete(key);
      }
    };
  }

  openFor({ userId, clientAddress }: { userId?: string; clientAddress?: string }): number {
    return this.count(userId ? `user:${userId}` : `address:${clientAddress}`);
  }

  private count(key: string) {
    return this.open.get(key) ?? 0;
  }
}

let processLimiter: StreamLimiter | undefined;

function capFromEnv(name: string, fallback: number) {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The process-wide limiter every stream counts against (SSE_STREAMS_PER_USER / SSE_STREAMS_PER_ADDRESS override the caps). */
export function getStreamLimiter(): StreamLimiter {
  return (processLimiter ??= new StreamLimiter({
    perUser: capFromEnv("SSE_STREAMS_PER_USER", DEFAULT_STREAM_CAPS.perUser),
    perAddress: capFromEnv("SSE_STREAMS_PER_ADDRESS", DEFAULT_STREAM_CAPS.perAddress),
  }));
}
