"use client";

import { loadScannerLibrary, supportedFormats, type ScanFormats } from "./library";

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

/**
 * The code in a photo: html5-qrcode first (it renders into the hidden element `elementId`),
 * then jsQR for QR symbols zxing misses; null when neither reads one.
 */
export async function decodePhoto(file: File, { formats, elementId }: { formats: ScanFormats; elementId: string }): Promise<string | null> {
  try {
    const { Html5Qrcode } = await loadScannerLibrary();
    const decoder = new Html5Qrcode(elementId, { verbose: false, formatsToSupport: await supportedFormats(formats) });
    try {
      return await decoder.scanFile(file, false);
    } finally {
      try {
        decoder.clear();
      } catch {
        /* nothing rendered */
      }
    }
  } catch {
    return decodeImageWithJsQr(file).catch(() => null);
  }
}
