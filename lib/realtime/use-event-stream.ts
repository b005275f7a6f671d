"use client";

import { useEffect, useRef, useState } from "react";

export type StreamStatus = "connecting" | "live" | "reconnecting";

/** One message from an `sseResponse` stream: `snapshot`, `resync`, or a domain event. */
export type StreamMessage = { type: string; channel?: string; data?: unknown };

/**
 * Subscribes a client component to an SSE route built with `sseResponse`. Reconnects by
 * itself (EventSource retries; a stream the server refused is reopened with backoff; coming
 * back online or to the tab reopens at once); each reconnect replays the events missed meanwhile
 * (by last event id) and brings a fresh snapshot.
 */
export function useEventStream(url: string | null, onMessage: (message: StreamMessage) => void): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>("connecting");
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let delay = 1000;
    let stopped = false;
    let lastMessageAt = Date.now();
    // EventSource resends the last event id by itself only on its own retries; a stream reopened
    // here asks for it in the URL, so the server sends what was missed in between.
    let lastEventId = "";

    const open = () => {
      clearTimeout(retryTimer);
      source?.close();
      const current = new EventSource(lastEventId ? `${url}${url.includes("?") ? "&" : "?"}lastEventId=${encodeURIComponent(lastEventId)}` : url);
      source = current;
      current.onopen = () => {
        delay = 1000;
        lastMessageAt = Date.now();
        setStatus("live");
      };
      current.onmessage = (event) => {
        lastMessageAt = Date.now();
        if (event.lastEventId) lastEventId = event.lastEventId;
        try {
          const message = JSON.parse(event.data) as StreamMessage;
          if (message.type !== "heartbeat") handler.current(message);
        } catch {
          // ignore malformed messages
        }
      };
      current.onerror = () => {
        if (stopped || source !== current) return;
        setStatus("reconnecting");
        if (current.readyState === EventSource.CLOSED) {
          retryTimer = setTimeout(open, delay);
          delay = Math.min(delay * 2, 15_000);
        }
      };
    };
    const reopenIfDown = () => {
      if (document.visibilityState === "visible" && source?.readyState !== EventSource.OPEN) open();
    };
    // The server sends a heartbeat every 15 s: a stream silent for 45 s is half-open (Wi-Fi
    // change, sleeping laptop, proxy) even if the browser hasn't noticed — reopen it.
    const watchdog = setInterval(() => {
      if (source?.readyState === EventSource.OPEN && Date.now() - lastMessageAt > 45_000) {
        setStatus("reconnecting");
        open();
      }
    }, 5_000);
    open();
    window.addEventListener("online", open);
    document.addEventListener("visibilitychange", reopenIfDown);
    return () => {
      stopped = true;
      clearInterval(watchdog);
      clearTimeout(retryTimer);
      source?.close();
      window.removeEventListener("online", open);
      document.removeEventListener("visibilitychange", reopenIfDown);
    };
  }, [url]);

  return status;
}
