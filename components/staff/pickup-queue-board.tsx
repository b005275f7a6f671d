"use client";

import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { CarIcon } from "@/components/ui/icons";
import type { PickupQueue } from "@/lib/fulfilment/queries";
import { useEventStream, type StreamMessage } from "@/lib/realtime/use-event-stream";
import { QueueColumns } from "./queue-columns";
import { ageOf, isWaitingAtCurbside, minutesSince, ordersIn, QUEUE_TABS } from "./queue-format";
import { QueueTabs } from "./queue-tabs";

const DONE_TABS = QUEUE_TABS.filter((tab) => tab === "collected" || tab === "cancelled");

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
 * The live pickup queue: on a desktop, the open statuses as columns side by side (new, picking,
 * ready, waiting at curbside) with finished orders in a compact tab set; on a tablet or phone,
 * tabs by status (with counts) and a curbside lane. Cards update
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
  const t = useTranslations("pickupsClient");
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

  const [now, setNow] = useState(() => Date.now());
  const [fresh, setFresh] = useState<Record<string, number>>({});
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [sound, setSound] = useState(false);
  const known = useRef<Set<string> | null>(null);
  const arrived = useRef<Set<string> | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the saved choice lives in this browser only: read after hydration, so the server's markup matches the first render
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
          ...added.map((order) => t("board.newOrder", { name: order.firstName, count: order.itemCount })),
          ...cameIn.map((order) =>
            order.parkingSpot
              ? t("board.arrivedSpot", { name: order.firstName, spot: order.parkingSpot })
              : t("board.arrived", { name: order.firstName }),
          ),
        ];
        setAnnouncement(parts.join(" · "));
        if (window.localStorage.getItem("aisle.queue.sound") === "on") beep();
      }
    }
    known.current = ids;
    arrived.current = here;
  }, [orders, t]);

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
  const age = (minutes: number) => {
    const { key, ...values } = ageOf(minutes);
    return t(`age.${key}`, values);
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="inline-flex items-center gap-2 text-sm font-semibold">
          <span aria-hidden="true" className={cn("size-2.5 rounded-full", status === "live" ? "bg-success-fg" : "animate-pulse bg-warning-fg")} />
          <span className={status === "live" ? "text-success-fg" : "text-warning-fg"}>
            {status === "live" ? t("board.live") : status === "connecting" ? t("board.connecting") : t("board.reconnecting")}
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
          {sound ? t("board.soundOn") : t("board.soundOff")}
        </Button>
      </div>

      <div aria-live="polite" aria-atomic="true">
        {announcement ? (
          <div className="flex items-center justify-between gap-3 rounded-xl border border-brand-300 bg-brand-50 px-4 py-3 text-brand-900">
            <p className="font-semibold">{announcement}</p>
            <Button variant="ghost" size="sm" onClick={() => setAnnouncement(null)}>
              {t("board.dismiss")}
            </Button>
          </div>
        ) : null}
      </div>

      {/* Tablet and phone: the curbside lane on top, then one status at a time in tabs. */}
      <div className="space-y-5 xl:hidden">
        {curbside.length > 0 ? (
          <section aria-labelledby="curbside-lane" className="rounded-2xl border border-paprika-600/30 bg-paprika-600/5 p-4">
            <h2 id="curbside-lane" className="mb-3 flex items-center gap-2 text-lg font-extrabold text-ink">
              <CarIcon /> {t("board.curbsideHeading")} <span className="text-ink-muted tabular">({curbside.length})</span>
            </h2>
            <ul className="flex flex-wrap gap-2">
              {curbside.map((order) => (
                <li key={order.id}>
                  <a
                    href={`/staff/${storeCode}/pickups/${order.id}`}
                    className="inline-flex items-center gap-2 rounded-full bg-paprika-600 px-4 py-2 text-sm font-semibold text-white hover:bg-paprika-700"
                  >
                    {order.firstName}
                    {order.parkingSpot ? t("board.spot", { spot: order.parkingSpot }) : null} · {age(minutesSince(order.curbsideArrivedAt!, now))}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <QueueTabs
          tabs={QUEUE_TABS}
          label={t("board.byStatus")}
          idPrefix="queue"
          orders={orders}
          storeCode={storeCode}
          timeZone={timeZone}
          now={now}
          fresh={fresh}
        />
      </div>

      {/* Desktop (1280 px and up): the open statuses side by side, finished orders folded below. */}
      <div className="hidden space-y-6 xl:block">
        <QueueColumns orders={orders} storeCode={storeCode} timeZone={timeZone} now={now} fresh={fresh} />
        <section aria-labelledby="done-today" className="rounded-2xl border border-line bg-surface p-4 shadow-card">
          <h2 id="done-today" className="mb-1 text-sm font-extrabold tracking-wide text-ink-muted uppercase">
            {t("board.finishedHeading")}
          </h2>
          <QueueTabs
            tabs={DONE_TABS}
            label={t("board.finished")}
            idPrefix="done"
            compact
            orders={orders}
            storeCode={storeCode}
            timeZone={timeZone}
            now={now}
            fresh={fresh}
          />
        </section>
      </div>
    </div>
  );
}
