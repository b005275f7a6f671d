"use client";

import { useEffect, useRef, useState } from "react";

export type StreamStatus = "connecting" | "live" | "reconnecting";

/** One message from an `sseResponse` stream: `snapshot`, `resync`, or a domain event. */
export type StreamMessage = { type: string; channel?: string; data?: unknown };

/**
 * Subscribes a client component to an SSE route built with `sseResponse`. Reconnects by
 * itself (EventSource retries; a stream the server refused is reopened with backoff; coming
 * back online or to the tab reopens at once), and each reconnect brings a fresh snapshot.
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

    const open = () => {
      clearTimeout(retryTimer);
      source?.close();
      const current = new EventSource(url);
      source = current;
      current.onopen = () => {
        delay = 1000;
        setStatus("live");
      };
      current.onmessage = (event) => {
        try {
          handler.current(JSON.parse(event.data) as StreamMessage);
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
    open();
    window.addEventListener("online", open);
    document.addEventListener("visibilitychange", reopenIfDown);
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
      window.removeEventListener("online", open);
      document.removeEventListener("visibilitychange", reopenIfDown);
    };
  }, [url]);

  return status;
}
