"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, Input, Label } from "@/components/ui/field";
import { CloseIcon, ScanIcon } from "@/components/ui/icons";
import { decodePhoto } from "./decode-photo";
import { signalScanSuccess } from "./feedback";
import type { ScanFormats } from "./library";
import { useCameraSession } from "./use-camera-session";

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
 * weighs on the page's first load. The camera session (start, stop, StrictMode, page hidden)
 * lives in useCameraSession; this component is the buttons, the typed code and the photo.
 */
export type ScannerProps = {
  onScan: (text: string) => void | Promise<void>;
  scanLabel?: string;
  formats?: ScanFormats;
  continuous?: boolean;
  autoStart?: boolean;
  manualLabel?: string;
  manualPlaceholder?: string;
  manualButtonLabel?: string;
  showPhotoFallback?: boolean;
  className?: string;
};

export function Scanner({
  onScan,
  scanLabel,
  formats = "all",
  continuous = false,
  autoStart = false,
  manualLabel,
  manualPlaceholder,
  manualButtonLabel,
  showPhotoFallback = true,
  className,
}: ScannerProps) {
  const t = useTranslations("scanner");
  const reactId = useId();
  const baseId = `scanner-${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const viewId = `${baseId}-view`;
  const photoDecoderId = `${baseId}-photo`;

  const [open, setOpen] = useState(autoStart);
  const [message, setMessage] = useState<string | null>(null);
  const [manualError, setManualError] = useState<string | undefined>();
  const [photoBusy, setPhotoBusy] = useState(false);

  const lastReadRef = useRef<{ text: string; at: number } | null>(null);
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
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

  const { phase, torch, toggleTorch } = useCameraSession({
    open,
    viewId,
    formats,
    continuous,
    onRead: (text) => {
      signalScanSuccess();
      void deliver(text);
    },
    onClose: () => setOpen(false),
    onStatus: (status) =>
      setMessage(status === "starting" ? t("starting") : status === "scanning" ? t("pointAt") : t(`cameraProblem.${status.problem}`)),
  });

  async function submitManual(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const value = String(new FormData(form).get("code") ?? "").trim();
    if (!value) {
      setManualError(t("manualEmpty"));
      return;
    }
    if (value.length > 200) {
      setManualError(t("manualTooLong"));
      return;
    }
    setManualError(undefined);
    lastReadRef.current = null; // a typed code is always deliberate
    await deliver(value);
    form.reset();
  }

  async function readPhoto(file: File | undefined) {
    if (!file) return;
    setPhotoBusy(true);
    setMessage(t("readingPhoto"));
    try {
      const text = await decodePhoto(file, { formats, elementId: photoDecoderId });
      if (!text) {
        setMessage(t("photoUnreadable"));
        return;
      }
      signalScanSuccess();
      setMessage(null);
      lastReadRef.current = null;
      await deliver(text);
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
            <div id={viewId} aria-hidden="true" className="absolute inset-0 [&_video]:!h-full [&_video]:!w-full [&_video]:object-cover" />
            {/* Aiming frame: decorative; the whole picture is searched. */}
            <div
              aria-hidden="true"
              className="pointer-events-none absolute inset-[12%] rounded-lg border-2 border-white/80 shadow-[0_0_0_100vmax_rgb(0_0_0/0.25)]"
            />
            {phase === "starting" ? (
              <p className="absolute inset-x-0 bottom-3 text-center text-sm font-semibold text-white">{t("starting")}</p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} icon={<CloseIcon className="size-4" />}>
              {t("closeCamera")}
            </Button>
            {torch.supported ? (
              <Button variant="secondary" aria-pressed={torch.on} onClick={() => void toggleTorch()}>
                {torch.on ? t("torchOff") : t("torchOn")}
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
          {scanLabel ?? t("scan")}
        </Button>
      )}

      <p role="status" aria-live="polite" className={cn("min-h-0 text-sm", phase === "error" ? "font-semibold text-danger-fg" : "text-ink-muted")}>
        {message}
      </p>

      <form onSubmit={(e) => void submitManual(e)} noValidate className="space-y-1.5">
        <Label htmlFor={manualFieldId}>{manualLabel ?? t("manualLabel")}</Label>
        <div className="flex gap-2">
          <Input
            id={manualFieldId}
            name="code"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder={manualPlaceholder ?? t("manualPlaceholder")}
            aria-invalid={manualError ? true : undefined}
            aria-describedby={manualError ? manualErrorId : undefined}
            className="min-w-0 flex-1"
          />
          <Button type="submit" variant="secondary" className="h-12">
            {manualButtonLabel ?? t("manualButton")}
          </Button>
        </div>
        <FieldError id={manualErrorId} errors={manualError} />
      </form>

      {showPhotoFallback ? (
        <div>
          <label
            className={cn(
              "inline-flex h-11 cursor-pointer items-center gap-2 rounded-full border border-line-strong bg-surface px-5 text-[0.9375rem] font-semibold text-ink",
              "focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-brand-500 hover:bg-sand",
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
                void readPhoto(file);
              }}
            />
            {photoBusy ? t("photoBusy") : t("takePhoto")}
          </label>
          <div id={photoDecoderId} hidden />
        </div>
      ) : null}
    </div>
  );
}
