"use client";

import { useEffect, useRef, useState } from "react";
import type { Html5Qrcode } from "html5-qrcode";
import { loadScannerLibrary, supportedFormats, type ScanFormats } from "./library";

export type CameraPhase = "idle" | "starting" | "scanning" | "error";

/** Why the camera didn't start, for the message the scanner shows. */
export type CameraProblem = "blocked" | "missing" | "busy" | "failed";

function cameraProblem(error: unknown): CameraProblem {
  const text = String((error as { name?: string; message?: string })?.name ?? "") + " " + String(error);
  if (/NotAllowed|Permission|denied/i.test(text)) return "blocked";
  if (/NotFound|Requested device not found|no camera/i.test(text)) return "missing";
  if (/NotReadable|in use|Could not start/i.test(text)) return "busy";
  return "failed";
}

type CameraSessionOptions = {
  /** The camera runs while this is true. */
  open: boolean;
  /** The element the video is rendered into. */
  viewId: string;
  formats: ScanFormats;
  /** Keep reading after the first code (otherwise the session asks to close after one read). */
  continuous: boolean;
  /** A decoded code (after the success signal is due). */
  onRead: (text: string) => void;
  /** The session wants the camera closed: one read done, or the page was hidden. */
  onClose: () => void;
  /** The camera is starting, scanning, or failed to start. */
  onStatus: (status: "starting" | "scanning" | { problem: CameraProblem }) => void;
};

/**
 * The camera session behind the scanner: starts html5-qrcode (and jsQR on the same frames as a
 * second opinion for QR symbols zxing misses) while `open`, and always releases the camera on
 * close, unmount and when the page is hidden. Every start and stop is chained through one
 * promise, so React StrictMode's mount → unmount → mount and fast taps never overlap.
 */
export function useCameraSession({ open, viewId, formats, continuous, onRead, onClose, onStatus }: CameraSessionOptions) {
  const [phase, setPhase] = useState<CameraPhase>("idle");
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({ supported: false, on: false });
  const scannerRef = useRef<Html5Qrcode | null>(null);
  const chainRef = useRef<Promise<void>>(Promise.resolve());
  const callbacks = useRef({ onRead, onClose, onStatus, continuous });
  useEffect(() => {
    callbacks.current = { onRead, onClose, onStatus, continuous };
  });

  useEffect(() => {
    if (!open) return;
    let cancelled = false;

    let fallbackTimer: number | undefined;
    let delivered = false;
    const onDecoded = (decodedText: string) => {
      if (cancelled || (delivered && !callbacks.current.continuous)) return;
      delivered = true;
      if (!callbacks.current.continuous) callbacks.current.onClose();
      callbacks.current.onRead(decodedText);
    };

    chainRef.current = chainRef.current.then(async () => {
      if (cancelled) return;
      setPhase("starting");
      callbacks.current.onStatus("starting");
      try {
        const { Html5Qrcode } = await loadScannerLibrary();
        if (cancelled) return;
        const scanner = new Html5Qrcode(viewId, {
          verbose: false,
          formatsToSupport: await supportedFormats(formats),
          useBarCodeDetectorIfSupported: true,
        });
        scannerRef.current = scanner;
        await scanner.start({ facingMode: "environment" }, { fps: 12, aspectRatio: 4 / 3, disableFlip: false }, onDecoded, () => {
          /* no code in this frame: keep looking */
        });
        if (cancelled) return;
        let torchSupported = false;
        try {
          torchSupported = scanner.getRunningTrackCameraCapabilities().torchFeature().isSupported();
        } catch {
          torchSupported = false;
        }
        setTorch({ supported: torchSupported, on: false });
        setPhase("scanning");
        callbacks.current.onStatus("scanning");
        // zxing (inside html5-qrcode) misses some valid QR symbols; jsQR reads the same frames as a second opinion.
        const video = document.querySelector<HTMLVideoElement>(`#${viewId} video`);
        if (video) {
          const jsQR = (await import("jsqr")).default;
          const canvas = document.createElement("canvas");
          const context = canvas.getContext("2d", { willReadFrequently: true });
          const tick = () => {
            if (cancelled || !context) return;
            if (video.readyState >= 2 && video.videoWidth > 0) {
              const width = Math.min(640, video.videoWidth);
              const height = Math.round((video.videoHeight * width) / video.videoWidth);
              canvas.width = width;
              canvas.height = height;
              context.drawImage(video, 0, 0, width, height);
              const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: "dontInvert" });
              if (found?.data) onDecoded(found.data);
            }
            if (!cancelled && (!delivered || callbacks.current.continuous)) fallbackTimer = window.setTimeout(tick, 300);
          };
          if (!cancelled) fallbackTimer = window.setTimeout(tick, 300);
        }
      } catch (error) {
        if (cancelled) return;
        setPhase("error");
        callbacks.current.onStatus({ problem: cameraProblem(error) });
      }
    });

    const stopOnHide = () => {
      if (document.visibilityState === "hidden") callbacks.current.onClose();
    };
    document.addEventListener("visibilitychange", stopOnHide);

    return () => {
      cancelled = true;
      window.clearTimeout(fallbackTimer);
      document.removeEventListener("visibilitychange", stopOnHide);
      chainRef.current = chainRef.current.then(async () => {
        const scanner = scannerRef.current;
        scannerRef.current = null;
        if (!scanner) return;
        try {
          if (scanner.isScanning) await scanner.stop();
        } catch {
          /* already stopped */
        }
        try {
          scanner.clear();
        } catch {
          /* element already gone */
        }
      });
      setTorch({ supported: false, on: false });
      setPhase((p) => (p === "error" ? p : "idle"));
    };
  }, [open, formats, viewId]);

  async function toggleTorch() {
    const scanner = scannerRef.current;
    if (!scanner) return;
    try {
      const next = !torch.on;
      await scanner.getRunningTrackCameraCapabilities().torchFeature().apply(next);
      setTorch({ supported: true, on: next });
    } catch {
      setTorch({ supported: false, on: false });
    }
  }

  return { phase, torch, toggleTorch };
}
