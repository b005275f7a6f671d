"use client";

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, Input, Label } from "@/components/ui/field";
import { CloseIcon, ScanIcon } from "@/components/ui/icons";
import type { Html5Qrcode } from "html5-qrcode";
import { signalScanSuccess } from "./feedback";

/**
 * Camera scanner for shelf QR labels and product barcodes, with typed-code and photo fallbacks.
 *
 * Props:
 * - `onScan(text)`         required. Called once per read with the decoded text (a URL for our QR
 *                          labels, 8–14 digits for EAN/UPC, or whatever the shopper typed). May
 *                          return a promise; the scanner stays closed while it resolves.
 * - `scanLabel`            accessible name of the button that opens the camera. Default "Scan".
 * - `formats`              "all" (QR + EAN-13/EAN-8/UPC-A/UPC-E, default) or "qr" (faster when only
 *                          QR codes are expected, e.g. pickup codes or exit passes).
 * - `continuous`           keep the camera open after a read (default false: close after one read).
 *                          Repeated reads of the same text within 2.5 s are ignored either way.
 * - `autoStart`            open the camera on mount (default false; browsers may still ask first).
 * - `manualLabel`          label of the typed-code field. Default "Type the code instead".
 * - `manualPlaceholder`    placeholder of that field. Default "Barcode digits or label code".
 * - `manualButtonLabel`    its submit button. Default "Look up".
 * - `showPhotoFallback`    show "Take a photo" (file input with capture=environment). Default true.
 * - `className`            extra classes on the outer wrapper.
 *
 * The html5-qrcode library (and jsQR, a second QR decoder for symbols zxing misses) is loaded
 * with a dynamic import only when the camera or the photo decoder is first needed, so it never
 * weighs on the page's first load. Camera start and stop
 * are serialised through one promise chain, which makes React StrictMode's mount → unmount →
 * mount harmless, and the camera is always released on close, unmount and when the page is
 * hidden.
 */
export type ScannerProps = {
  onScan: (text: string) => void | Promise<void>;
  scanLabel?: string;
  formats?: "all" | "qr";
  continuous?: boolean;
  autoStart?: boolean;
  manualLabel?: string;
  manualPlaceholder?: string;
  manualButtonLabel?: string;
  showPhotoFallback?: boolean;
  className?: string;
};

type Phase = "idle" | "starting" | "scanning" | "error";

async function loadLibrary() {
  return import("html5-qrcode");
}

async function supportedFormats(formats: "all" | "qr") {
  const { Html5QrcodeSupportedFormats: F } = await loadLibrary();
  return formats === "qr" ? [F.QR_CODE] : [F.QR_CODE, F.EAN_13, F.EAN_8, F.UPC_A, F.UPC_E];
}

/** Second-opinion QR decode of a photo, downscaled to keep it quick on phones. */
async function decodeImageWithJsQr(file: File): Promise<string | null> {
  const jsQR = (await import("jsqr")).default;
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1280 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return jsQR(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data ?? null;
}

function cameraErrorMessage(error: unknown): string {
  const text = String((error as { name?: string; message?: string })?.name ?? "") + " " + String(error);
  if (/NotAllowed|Permission|denied/i.test(text)) {
    return "Camera access is blocked. Allow the camera in your browser settings, or type the code or take a photo below.";
  }
  if (/NotFound|Requested device not found|no camera/i.test(text)) {
    return "We couldn't find a camera on this device. Type the code or take a photo below.";
  }
  if (/NotReadable|in use|Could not start/i.test(text)) {
    return "The camera is busy in another app. Close it and try again, or type the code below.";
  }
  return "The camera didn't start. Try again, or type the code or take a photo below.";
}

export function Scanner({
  onScan,
  scanLabel = "Scan",
  formats = "all",
  continuous = false,
  autoStart = false,
  manualLabel = "Type the code instead",
  manualPlaceholder = "Barcode digits or label code",
  manualButtonLabel = "Look up",
  showPhotoFallback = true,
  className,
}: ScannerProps) {
  const reactId = useId();
  const baseId = `scanner-${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const viewId = `${baseId}-view`;
  const photoDecoderId = `${baseId}-photo`;

  const [open, setOpen] = useState(autoStart);
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({ supported: false, on: false });
  const [manualError, setManualError] = useState<string | undefined>();
  const [photoBusy, setPhotoBusy] = useState(false);

  const scannerRef = useRef<Html5Qrcode | null>(null);
  // Every start and stop is chained here so they never overlap (StrictMode double effects, fast taps).
  const chainRef = useRef<Promise<void>>(Promise.resolve());
  const lastReadRef = useRef<{ text: string; at: number } | null>(null);
  const onScanRef = useRef(onScan);
  const continuousRef = useRef(continuous);
  useEffect(() => {
    onScanRef.current = onScan;
    continuousRef.current = continuous;
  });

  const deliver = useCallback(async (raw: string) => {
    const text = raw.trim();
    if (!text) return;
    const last = lastReadRef.current;
    const now = Date.now();
    if (last && last.text === text && now - last.at < 2500) return;
    lastReadRef.current = { text, at: now };
    await onScanRef.current(text);
  }, []);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;

    let fallbackTimer: number | undefined;
    let delivered = false;
    const onDecoded = (decodedText: string) => {
      if (cancelled || (delivered && !continuousRef.current)) return;
      delivered = true;
      signalScanSuccess();
      if (!continuousRef.current) setOpen(false);
      void deliver(decodedText);
    };

    chainRef.current = chainRef.current.then(async () => {
      if (cancelled) return;
      setPhase("starting");
      setMessage("Starting the camera…");
      try {
        const { Html5Qrcode } = await loadLibrary();
        if (cancelled) return;
        const scanner = new Html5Qrcode(viewId, {
          verbose: false,
          formatsToSupport: await supportedFormats(formats),
          useBarCodeDetectorIfSupported: true,
        });
        scannerRef.current = scanner;
        await scanner.start(
          { facingMode: "environment" },
          { fps: 12, aspectRatio: 4 / 3, disableFlip: false },
          onDecoded,
          () => {
            /* no code in this frame: keep looking */
          },
        );
        if (cancelled) return;
        let torchSupported = false;
        try {
          torchSupported = scanner.getRunningTrackCameraCapabilities().torchFeature().isSupported();
        } catch {
          torchSupported = false;
        }
        setTorch({ supported: torchSupported, on: false });
        setPhase("scanning");
        setMessage("Point the camera at a shelf label QR code or a product barcode.");
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
            if (!cancelled && (!delivered || continuousRef.current)) fallbackTimer = window.setTimeout(tick, 300);
          };
          if (!cancelled) fallbackTimer = window.setTimeout(tick, 300);
        }
      } catch (error) {
        if (cancelled) return;
        setPhase("error");
        setMessage(cameraErrorMessage(error));
      }
    });

    const stopOnHide = () => {
      if (document.visibilityState === "hidden") setOpen(false);
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
  }, [open, formats, viewId, deliver]);

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

  async function submitManual(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = String(new FormData(form).get("code") ?? "").trim();
    if (!value) {
      setManualError("Type the digits under the barcode, or the code on the label.");
      return;
    }
    if (value.length > 200) {
      setManualError("That code is too long. Check it and try again.");
      return;
    }
    setManualError(undefined);
    lastReadRef.current = null; // a typed code is always deliberate
    await deliver(value);
    form.reset();
  }

  async function decodePhoto(file: File | undefined) {
    if (!file) return;
    setPhotoBusy(true);
    setMessage("Reading the photo…");
    try {
      const { Html5Qrcode } = await loadLibrary();
      const decoder = new Html5Qrcode(photoDecoderId, { verbose: false, formatsToSupport: await supportedFormats(formats) });
      try {
        const text = await decoder.scanFile(file, false);
        signalScanSuccess();
        setMessage(null);
        lastReadRef.current = null;
        await deliver(text);
      } finally {
        try {
          decoder.clear();
        } catch {
          /* nothing rendered */
        }
      }
    } catch {
      const text = await decodeImageWithJsQr(file).catch(() => null);
      if (text) {
        signalScanSuccess();
        setMessage(null);
        lastReadRef.current = null;
        await deliver(text);
        return;
      }
      setMessage("We couldn't read a code in that photo. Hold the phone steady, fill the frame with the code, and try again — or type it.");
    } finally {
      setPhotoBusy(false);
    }
  }

  const manualFieldId = `${baseId}-code`;
  const manualErrorId = `${baseId}-code-error`;

  return (
    <div className={cn("space-y-4", className)}>
      {open ? (
        <div className="space-y-3">
          <div className="relative aspect-[4/3] w-full overflow-hidden rounded-xl bg-ink">
            <div
              id={viewId}
              aria-hidden="true"
              className="absolute inset-0 [&_video]:!h-full [&_video]:!w-full [&_video]:object-cover"
            />
            {/* Aiming frame: decorative; the whole picture is searched. */}
            <div aria-hidden="true" className="pointer-events-none absolute inset-[12%] rounded-lg border-2 border-white/80 shadow-[0_0_0_100vmax_rgb(0_0_0/0.25)]" />
            {phase === "starting" ? (
              <p className="absolute inset-x-0 bottom-3 text-center text-sm font-semibold text-white">Starting the camera…</p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} icon={<CloseIcon className="size-4" />}>
              Close camera
            </Button>
            {torch.supported ? (
              <Button variant="secondary" aria-pressed={torch.on} onClick={() => void toggleTorch()}>
                {torch.on ? "Torch off" : "Torch on"}
              </Button>
            ) : null}
          </div>
        </div>
      ) : (
        <Button
          size="lg"
          fullWidth
          onClick={() => {
            setMessage(null);
            setOpen(true);
          }}
          icon={<ScanIcon className="size-6" />}
          className="h-16 text-lg"
        >
          {scanLabel}
        </Button>
      )}

      <p role="status" aria-live="polite" className={cn("min-h-0 text-sm", phase === "error" ? "font-semibold text-danger-fg" : "text-ink-muted")}>
        {message ?? ""}
      </p>

      <form onSubmit={(e) => void submitManual(e)} noValidate className="space-y-1.5">
        <Label htmlFor={manualFieldId}>{manualLabel}</Label>
        <div className="flex gap-2">
          <Input
            id={manualFieldId}
            name="code"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={manualPlaceholder}
            aria-invalid={manualError ? true : undefined}
            aria-describedby={manualError ? manualErrorId : undefined}
            className="min-w-0 flex-1"
          />
          <Button type="submit" variant="secondary" className="h-12">
            {manualButtonLabel}
          </Button>
        </div>
        <FieldError id={manualErrorId} errors={manualError} />
      </form>

      {showPhotoFallback ? (
        <div>
          <label
            className={cn(
              "inline-flex h-11 cursor-pointer items-center gap-2 rounded-full border border-line-strong bg-surface px-5 text-[0.9375rem] font-semibold text-ink",
              "hover:bg-sand focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-500",
              photoBusy && "opacity-60",
            )}
          >
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="sr-only"
              disabled={photoBusy}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = "";
                void decodePhoto(file);
              }}
            />
            {photoBusy ? "Reading photo…" : "Take a photo of the code"}
          </label>
          <div id={photoDecoderId} hidden />
        </div>
      ) : null}
    </div>
  );
}
