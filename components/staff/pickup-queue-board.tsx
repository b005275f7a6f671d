"use client";

import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { BoxIcon, CarIcon } from "@/components/ui/icons";
import type { PickupQueue, QueueOrder } from "@/lib/fulfilment/queries";
import { useEventStream, type StreamMessage } from "@/lib/realtime/use-event-stream";
import { QueueCard } from "./queue-card";
import { formatAge, isWaitingAtCurbside, minutesSince, ordersIn, QUEUE_TABS, type QueueTab } from "./queue-format";

const FRESH_MS = 20_000;

function beep() {
  try {
    const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext: typeof AudioContext }).webkitAudioContext;
    const context = new AudioContextClass();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.4);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.4);
    oscillator.onended = () => void context.close();
  } catch {
    // no audio: the visual cue is enough
  }
}

/**
 * The live pickup queue: tabs by status (with counts) and a curbside lane, cards that update
 * without reload from the store's event stream, a "new order" cue (and an optional sound), and
 * a connection indicator; after a dropped connection it reconnects and reloads by itself.
 */
type BoardProps = { storeCode: string; timeZone: string; initial: PickupQueue };

export function PickupQueueBoard(props: BoardProps) {
  // The staff shell has no query provider of its own; the board brings one.
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } }));
  return (
    <QueryClientProvider client={client}>
      <Board {...props} />
    </QueryClientProvider>
  );
}

function Board({ storeCode, timeZone, initial }: BoardProps) {
  const queryClient = useQueryClient();
  const queryKey = ["pickup-queue", storeCode];
  const { data } = useQuery({
    queryKey,
    queryFn: async (): Promise<PickupQueue> => {
      const response = await fetch(`/api/staff/${storeCode}/pickups`, { cache: "no-store" });
      if (!response.ok) throw new Error(`Queue request failed (${response.status})`);
      return response.json();
    },
    initialData: initial,
    staleTime: 60_000,
    refetchInterval: 60_000, // a slow safety net; events do the real work
  });
  const orders = data.orders;

  const [tab, setTab] = useState<QueueTab>("new");
  const [now, setNow] = useState(() => Date.now());
  const [fresh, setFresh] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [sound, setSound] = useState(false);
  const known = useRef<Set<string> | null>(null);
  const arrived = useRef<Set<string> | null>(null);

  useEffect(() => {
    setSound(window.localStorage.getItem("aisle.queue.sound") === "on");
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  // Anything we haven't seen before is new: highlight it, announce it, maybe beep.
  useEffect(() => {
    const ids = new Set(orders.map((order) => order.id));
    const here = new Set(orders.filter(isWaitingAtCurbside).map((order) => order.id));
    if (known.current && arrived.current) {
      const added = orders.filter((order) => !known.current!.has(order.id) && order.status === "placed");
      const cameIn = orders.filter((order) => here.has(order.id) && !arrived.current!.has(order.id));
      if (added.length + cameIn.length > 0) {
        const stamp = Date.now();
        setFresh((current) => ({ ...current, ...Object.fromEntries([...added, ...cameIn].map((order) => [order.id, stamp])) }));
        const parts = [
          ...added.map((order) => `New order from ${order.firstName} (${order.itemCount} ${order.itemCount === 1 ? "item" : "items"})`),
          ...cameIn.map((order) => `${order.firstName} is waiting at curbside${order.parkingSpot ? `, spot ${order.parkingSpot}` : ""}`),
        ];
        setAnnouncement(parts.join(" · "));
        if (window.localStorage.getItem("aisle.queue.sound") === "on") beep();
      }
    }
    known.current = ids;
    arrived.current = here;
  }, [orders]);

  useEffect(() => {
    if (Object.keys(fresh).length === 0) return;
    const timer = setTimeout(() => {
      const cutoff = Date.now() - FRESH_MS;
      setFresh((current) => Object.fromEntries(Object.entries(current).filter(([, at]) => at > cutoff)));
    }, FRESH_MS);
    return () => clearTimeout(timer);
  }, [fresh]);

  const onMessage = useCallback(
    (message: StreamMessage) => {
      if (message.type === "snapshot" && message.data) {
        queryClient.setQueryData(["pickup-queue", storeCode], message.data as PickupQueue);
      } else if (message.type !== "error") {
        void queryClient.invalidateQueries({ queryKey: ["pickup-queue", storeCode] });
      }
    },
    [queryClient, storeCode],
  );
  const status = useEventStream(`/api/staff/${storeCode}/pickups/events`, onMessage);

  const curbside = ordersIn("curbside", orders);
  const visible = ordersIn(tab, orders);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="inline-flex items-center gap-2 text-sm font-semibold">
          <span aria-hidden="true" className={cn("size-2.5 rounded-full", status === "live" ? "bg-success-fg" : "animate-pulse bg-warning-fg")} />
          <span className={status === "live" ? "text-success-fg" : "text-warning-fg"}>
            {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Reconnecting…"}
          </span>
        </p>
        <Button
          variant="secondary"
          size="sm"
          aria-pressed={sound}
          onClick={() => {
            const next = !sound;
            setSound(next);
            window.localStorage.setItem("aisle.queue.sound", next ? "on" : "off");
            if (next) beep();
          }}
        >
          {sound ? "Sound on" : "Sound off"}
        </Button>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {announcement ? (
          <div className="flex items-center justify-between gap-3 rounded-xl border border-brand-300 bg-brand-50 px-4 py-3 text-brand-900">
            <p className="font-semibold">{announcement}</p>
            <Button variant="ghost" size="sm" onClick={() => setAnnouncement(null)}>
              Dismiss
            </Button>
          </div>
        ) : null}
      </div>

      {curbside.length > 0 ? (
        <section aria-labelledby="curbside-lane" className="rounded-2xl border border-paprika-600/30 bg-paprika-600/5 p-4">
          <h2 id="curbside-lane" className="mb-3 flex items-center gap-2 text-lg font-extrabold text-ink">
            <CarIcon /> Waiting at curbside <span className="text-ink-muted tabular">({curbside.length})</span>
          </h2>
          <ul className="flex flex-wrap gap-2">
            {curbside.map((order) => (
              <li key={order.id}>
                <a
                  href={`/staff/${storeCode}/pickups/${order.id}`}
                  className="inline-flex items-center gap-2 rounded-full bg-paprika-600 px-4 py-2 text-sm font-semibold text-white hover:bg-paprika-700"
                >
                  {order.firstName}
                  {order.parkingSpot ? ` · spot ${order.parkingSpot}` : ""} · {formatAge(minutesSince(order.curbsideArrivedAt!, now))}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div
        role="tablist"
        aria-label="Orders by status"
        className="-mx-1 flex gap-1 overflow-x-auto border-b border-line px-1"
        onKeyDown={(event) => {
          // The ARIA tabs pattern: arrows, Home and End move between tabs.
          const index = QUEUE_TABS.findIndex((item) => item.id === tab);
          const next =
            event.key === "ArrowRight" ? (index + 1) % QUEUE_TABS.length
            : event.key === "ArrowLeft" ? (index - 1 + QUEUE_TABS.length) % QUEUE_TABS.length
            : event.key === "Home" ? 0
            : event.key === "End" ? QUEUE_TABS.length - 1
            : -1;
          if (next < 0) return;
          event.preventDefault();
          setTab(QUEUE_TABS[next].id);
          document.getElementById(`tab-${QUEUE_TABS[next].id}`)?.focus();
        }}
      >
        {QUEUE_TABS.map((item) => {
          const count = ordersIn(item.id, orders).length;
          const selected = item.id === tab;
          return (
            <button
              key={item.id}
              type="button"
              role="tab"
              id={`tab-${item.id}`}
              aria-selected={selected}
              aria-controls="queue-panel"
              tabIndex={selected ? 0 : -1}
              onClick={() => setTab(item.id)}
              className={cn(
                "-mb-px inline-flex h-11 shrink-0 items-center gap-2 border-b-2 px-3 text-sm font-semibold whitespace-nowrap",
                selected ? "border-brand-700 text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
              )}
            >
              {item.label}
              <span
                className={cn(
                  "min-w-6 rounded-full px-1.5 py-0.5 text-xs tabular",
                  item.id === "curbside" && count > 0 ? "bg-paprika-600 text-white" : selected ? "bg-brand-100 text-brand-800" : "bg-sand text-ink-muted",
                )}
              >
                {count}
              </span>
            </button>
          );
        })}
      </div>

      <div role="tabpanel" id="queue-panel" aria-labelledby={`tab-${tab}`} tabIndex={0} className="focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600">
        {visible.length === 0 ? (
          <EmptyState
            icon={tab === "curbside" ? <CarIcon /> : <BoxIcon />}
            title={tab === "new" ? "No new orders" : "Nothing here"}
            description={tab === "new" ? "New pickup orders appear here the moment they're placed." : "Orders move here as they progress."}
          />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {visible.map((order: QueueOrder) => (
              <QueueCard key={order.id} order={order} storeCode={storeCode} timeZone={timeZone} now={now} fresh={Boolean(fresh[order.id])} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
