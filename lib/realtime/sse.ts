import { errorResponse } from "@/lib/http/errors";
import { translator } from "@/lib/i18n/translator";
import { clientAddressOf } from "@/lib/security/client-address";
import type { RealtimeMessage } from "./channels";
import { getHub, type RealtimeHub } from "./hub";
import { getStreamLimiter, STREAM_MAX_LIFETIME_MS, streamRecheckMs, type StreamLimiter } from "./stream-limits";

const t = translator("failures");

/** Clients treat a stream silent for ~3 heartbeats as dead (see useEventStream). */
export const HEARTBEAT_MS = 15_000;

type SseOptions = {
  /**
   * The current state, sent first as `{ type: "snapshot", data }` — and again after the hub
   * reconnects (a `resync`), so a client never has to guess what it missed.
   */
  initial?: () => Promise<unknown>;
  /** Drop events this caller must not see (e.g. another user's). Default: all pass. */
  filter?: (message: RealtimeMessage) => boolean;
  heartbeatMs?: number;
  hub?: RealtimeHub;
  /**
   * Who holds the stream: counted against the per-user cap, and re-checked every `recheckMs`
   * while the stream is open — the stream outlives the request that authorised it. When
   * `stillAllowed` answers false (session ended, role or store access removed) or throws, the
   * stream sends `{ type: "session-ended" }` and closes.
   */
  caller?: { userId: string; stillAllowed: () => Promise<boolean> };
  /** Default 30 s (SSE_RECHECK_MS). */
  recheckMs?: number;
  /** Default 1 h; then the stream closes and EventSource reconnects with Last-Event-ID. */
  maxLifetimeMs?: number;
  /** Default the process-wide one (6 per user, 20 per client address). */
  limiter?: StreamLimiter;
};

/**
 * A `text/event-stream` Response for a route handler: subscribes to `channels`, sends the
 * snapshot, then each event as a `data:` JSON line; comment heartbeats keep proxies from
 * closing the idle connection; everything is released when the client goes away.
 * Authorize the caller BEFORE calling this, and pass `caller` so the stream re-checks it.
 * Beyond the caps (per user, per client address) the answer is 429 with Retry-After.
 */
export function sseResponse(request: Request, channels: string[], options: SseOptions = {}): Response {
  const release = (options.limiter ?? getStreamLimiter()).tryOpen({
    userId: options.caller?.userId,
    clientAddress: clientAddressOf(request.headers),
  });
  if (!release) {
    return errorResponse({ code: "rate_limited", message: t("realtime.tooManyStreams") }, { headers: { "Retry-After": "30" } });
  }
  const hub = options.hub ?? getHub();
  const encoder = new TextEncoder();
  const unsubscribers: (() => void)[] = [];
  let heartbeat: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let lifetime: NodeJS.Timeout | undefined;
  let closed = false;
  const stop = () => {
    closed = true;
    clearInterval(heartbeat);
    clearInterval(recheck);
    clearTimeout(lifetime);
    for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
    release();
  };

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // A logged event carries its id, so the browser's reconnect asks to resume after it.
      const send = (message: { id?: number; type: string; data?: unknown }) =>
        write(`${message.id !== undefined ? `id: ${message.id}\n` : ""}data: ${JSON.stringify(message)}\n\n`);
      const cleanup = () => {
        if (closed) return;
        stop();
        request.signal.removeEventListener("abort", cleanup);
        try {
          controller.close();
        } catch {
          // already closed by the runtime
        }
      };

      // Subscribe first and buffer, so nothing committed while the snapshot is read is lost.
      let buffered: RealtimeMessage[] | null = [];
      // Ids replayed after Last-Event-ID (at most one catch-up read): the live copy of one of
      // them is skipped. The hub already delivers each live event once, so nothing else is kept.
      const replayed = new Set<number>();
      let snapshotting = false;
      const sendSnapshot = async () => {
        if (!options.initial || snapshotting) return;
        snapshotting = true;
        try {
          send({ type: "snapshot", data: await options.initial() });
        } catch (error) {
          console.error("[realtime] snapshot failed:", (error as Error).message);
          send({ type: "error", data: { message: t("realtime.snapshotFailed") } });
        } finally {
          snapshotting = false;
        }
      };
      const onMessage = (message: RealtimeMessage) => {
        if (closed) return;
        if (options.filter && message.type !== "resync" && !options.filter(message)) return;
        if (buffered) {
          buffered.push(message);
          return;
        }
        if (message.id !== undefined && replayed.has(message.id)) return;
        send(message);
        if (message.type === "resync") void sendSnapshot();
      };
      for (const channel of new Set(channels)) unsubscribers.push(hub.subscribe(channel, onMessage));
      request.signal.addEventListener("abort", cleanup);
      if (request.signal.aborted) return cleanup();

      write(`retry: 2000\n: connected\n\n`);
      // A data heartbeat (not a comment) so the client can tell a silent, half-open connection from a live one.
      heartbeat = setInterval(() => write(`data: {"type":"heartbeat"}\n\n`), options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref?.();
      lifetime = setTimeout(cleanup, options.maxLifetimeMs ?? STREAM_MAX_LIFETIME_MS);
      lifetime.unref?.();
      const caller = options.caller;
      if (caller) {
        let checking = false;
        recheck = setInterval(async () => {
          if (checking || closed) return;
          checking = true;
          // Fail closed: a check that cannot run ends the stream; the browser's reconnect is authorised afresh.
          const allowed = await caller.stillAllowed().catch(() => false);
          checking = false;
          if (allowed || closed) return;
          send({ type: "session-ended" });
          cleanup();
        }, options.recheckMs ?? streamRecheckMs());
        recheck.unref?.();
      }
      await hub.ready().catch(() => send({ type: "resync" }));
      // A reconnecting browser says which event it saw last: send what it missed, in order.
      const resumeAfter = lastEventIdOf(request);
      if (resumeAfter !== null) {
        try {
          for (const message of await hub.eventsAfter([...new Set(channels)], resumeAfter)) {
            if (options.filter && !options.filter(message)) continue;
            replayed.add(message.id!);
            send(message);
          }
        } catch (error) {
          console.error("[realtime] replay after Last-Event-ID failed:", (error as Error).message);
        }
      }
      await sendSnapshot();
      const pending = buffered;
      buffered = null;
      for (const message of pending) onMessage(message);
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

/** The last event id the client saw: EventSource's Last-Event-ID header on its own reconnects, or `?lastEventId=` when the page reopens the stream itself. */
function lastEventIdOf(request: Request): number | null {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  return raw && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}
