import type { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PG_CHANNEL, type RealtimeListener, type RealtimeMessage } from "./channels";
import { type Queryable, readEvents } from "./log";

export type HubSource = { kind: "pglite"; client: PGlite } | { kind: "postgres"; url: string };

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;
// On reconnect the hub re-reads the log from a little before it lost the connection: an event's
// created_at is its transaction's start, which may precede the loss; ids already delivered are skipped.
const CATCH_UP_MARGIN_MS = 60_000;
const REMEMBERED_IDS = 5_000;

/**
 * One per process: fans events from the database out to in-process subscribers (SSE streams,
 * the notification worker). It starts listening lazily on the first subscribe.
 *  - PostgreSQL: a dedicated `pg.Client` (not a pool connection) runs `LISTEN aisle_events`;
 *    when it drops (a restart, a failover), the hub reconnects with backoff, LISTENs again, then
 *    delivers from the event log every committed event it missed (NOTIFYs sent while it was
 *    away are gone), and finally sends each subscriber `resync` so streams refresh their snapshot.
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
  private pglite: PGlite | null = null;
  /** When the LISTEN connection was lost (PostgreSQL), for the catch-up read. */
  private lostAt: number | null = null;
  /** Recently delivered event ids, so a catch-up never delivers one twice. */
  private readonly delivered = new Set<number>();

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

  /** Whether the PostgreSQL LISTEN connection is up (always true on PGlite once started). */
  get listening(): boolean {
    return this.pglite !== null || this.client !== null;
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
      this.pglite = source.client;
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
      this.lostAt ??= Date.now();
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
        const caughtUp = await this.catchUp().catch((error) => {
          console.error("[realtime] catch-up from the event log failed:", (error as Error).message);
          return 0;
        });
        console.log(`[realtime] LISTEN connection restored; ${caughtUp} missed event(s) delivered from the log`);
        this.broadcastResync();
      } catch (error) {
        console.error("[realtime] reconnect failed:", (error as Error).message);
        this.scheduleReconnect(url);
      }
    }, delay);
    this.reconnectTimer.unref?.();
  }

  /**
   * Committed events from the log after `afterId` on `channels`, for a stream that reconnects
   * with a Last-Event-ID. Read through the hub's own connection (PGlite, or the LISTEN client).
   */
  async eventsAfter(channels: string[], afterId: number): Promise<RealtimeMessage[]> {
    await this.ready();
    const client: Queryable | null = this.pglite ?? this.client;
    if (!client) throw new Error("The realtime hub is reconnecting.");
    return readEvents(client, { channels, afterId });
  }

  /** Delivers what was committed while the LISTEN connection was down. */
  private async catchUp(): Promise<number> {
    const client = this.client;
    if (!client || this.lostAt === null) return 0;
    const since = new Date(this.lostAt - CATCH_UP_MARGIN_MS);
    const missed = await readEvents(client, { channels: [...this.listeners.keys()], since });
    this.lostAt = null;
    let delivered = 0;
    for (const message of missed) if (this.deliver(message)) delivered++;
    return delivered;
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
    this.deliver(message);
  }

  /** Hands a message to its channel's subscribers, once per event id. */
  private deliver(message: RealtimeMessage): boolean {
    if (message.id !== undefined) {
      if (this.delivered.has(message.id)) return false;
      this.delivered.add(message.id);
      if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value as number);
    }
    const set = this.listeners.get(message.channel);
    if (!set) return false;
    for (const listener of [...set]) safeCall(listener, message);
    return true;
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
