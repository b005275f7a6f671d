import type { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PG_CHANNEL, type RealtimeListener, type RealtimeMessage } from "./channels";

export type HubSource = { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * One per process: fans events from the database out to in-process subscribers (SSE streams,
 * the notification worker). It starts listening lazily on the first subscribe.
 *  - PostgreSQL: a dedicated `pg.Client` (not a pool connection) runs `LISTEN aisle_events`;
 *    when it drops, the hub reconnects with backoff and then sends every subscriber a
 *    `resync` message, because NOTIFYs sent while it was away are lost (catch-up = reload).
 *  - PGlite: the embedded database's own `listen`.
 */
export class RealtimeHub {
  private readonly listeners = new Map<string, Set<RealtimeListener>>();
  private starting: Promise<void> | null = null;
  private client: Client | null = null;
  private stopPglite: (() => Promise<void>) | null = null;
  private closed = false;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly source: HubSource | (() => Promise<HubSource>)) {}

  /** Calls `listener` for every event on `channel`; returns the unsubscribe function. */
  subscribe(channel: string, listener: RealtimeListener): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    void this.ready().catch((error) => console.error("[realtime] could not start listening:", error?.message ?? error));
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) this.listeners.delete(channel);
    };
  }

  /** Resolves once the hub is listening (tests await it before publishing). */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new Error("The realtime hub is closed."));
    this.starting ??= this.start().catch((error) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  /** Number of live subscriptions (for tests and diagnostics). */
  get subscriberCount() {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async close() {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.listeners.clear();
    await this.stopPglite?.().catch(() => {});
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async start() {
    const source = typeof this.source === "function" ? await this.source() : this.source;
    if (source.kind === "pglite") {
      this.stopPglite = await source.client.listen(PG_CHANNEL, (payload) => this.dispatch(payload));
      return;
    }
    await this.connect(source.url);
  }

  private async connect(url: string) {
    const client = new Client({ connectionString: url, keepAlive: true, application_name: "aisle-realtime" });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      this.scheduleReconnect(url);
    };
    client.on("notification", (message) => {
      if (message.channel === PG_CHANNEL && message.payload) this.dispatch(message.payload);
    });
    client.on("error", (error) => {
      console.error("[realtime] LISTEN connection error:", error.message);
      lost();
    });
    client.on("end", lost);
    await client.connect();
    await client.query(`LISTEN ${PG_CHANNEL}`);
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.reconnectDelay = RECONNECT_MIN_MS;
  }

  private scheduleReconnect(url: string) {
    if (this.closed || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connect(url);
        console.log("[realtime] LISTEN connection restored; asking subscribers to resync");
        this.broadcastResync();
      } catch (error) {
        console.error("[realtime] reconnect failed:", (error as Error).message);
        this.scheduleReconnect(url);
      }
    }, delay);
    this.reconnectTimer.unref?.();
  }

  /** Test hook: behave as if the LISTEN connection had dropped. */
  async simulateConnectionLoss() {
    const client = this.client;
    if (client) client.emit("error", new Error("simulated connection loss"));
  }

  private broadcastResync() {
    for (const [channel, set] of this.listeners) {
      for (const listener of [...set]) safeCall(listener, { channel, type: "resync" });
    }
  }

  private dispatch(payload: string) {
    let message: RealtimeMessage;
    try {
      message = JSON.parse(payload) as RealtimeMessage;
    } catch {
      return;
    }
    const set = this.listeners.get(message.channel);
    if (!set) return;
    for (const listener of [...set]) safeCall(listener, message);
  }
}

function safeCall(listener: RealtimeListener, message: RealtimeMessage) {
  try {
    listener(message);
  } catch (error) {
    console.error("[realtime] listener failed:", error);
  }
}

const globalForHub = globalThis as unknown as { aisleRealtimeHub?: RealtimeHub };

/**
 * The process's hub, fed by the app's database (PGlite's listen, or a dedicated LISTEN
 * connection to DATABASE_URL). Created on first call; nothing connects at import time.
 */
export function getHub(): RealtimeHub {
  globalForHub.aisleRealtimeHub ??= new RealtimeHub(async () => {
    const { getDatabase } = await import("@/lib/db");
    return hubSourceFor(await getDatabase());
  });
  return globalForHub.aisleRealtimeHub;
}

/** Where a hub listens for a given database handle: PGlite's own client, or the pool's URL. */
export function hubSourceFor(handle: { kind: "pglite" | "postgres"; db: unknown }): HubSource {
  const client = (handle.db as { $client: unknown }).$client;
  if (handle.kind === "pglite") return { kind: "pglite", client: client as PGlite };
  const url = (client as { options?: { connectionString?: string } }).options?.connectionString ?? process.env.DATABASE_URL;
  if (!url) throw new Error("No PostgreSQL URL for the realtime LISTEN connection.");
  return { kind: "postgres", url };
}

/** Shorthand for `getHub().subscribe(...)`. */
export function subscribe(channel: string, listener: RealtimeListener) {
  return getHub().subscribe(channel, listener);
}
