"use client";

/** Which symbols to look for: QR and retail barcodes, or QR only (faster for pickup codes and exit passes). */
export type ScanFormats = "all" | "qr";

/** html5-qrcode, loaded only when the camera or the photo decoder is first needed. */
export function loadScannerLibrary() {
  return import("html5-qrcode");
}

export async function supportedFormats(formats: ScanFormats) {
  const { Html5QrcodeSupportedFormats: F } = await loadScannerLibrary();
  return formats === "qr" ? [F.QR_CODE] : [F.QR_CODE, F.EAN_13, F.EAN_8, F.UPC_A, F.UPC_E];
}
