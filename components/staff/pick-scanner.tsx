"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Scanner } from "@/components/scanner";
import { pickLineAction } from "@/lib/fulfilment/actions";

type Line = { id: string; gtin: string; skuCode: string; productName: string; status: string };

/** Scan a product's barcode to mark its line picked (the typed code works too). */
export function PickScanner({ storeCode, orderId, lines }: { storeCode: string; orderId: string; lines: Line[] }) {
  const t = useTranslations("pickupsClient.scanner");
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  async function onScan(text: string) {
    const code = text.trim().toUpperCase();
    const line =
      lines.find((l) => (l.gtin === code || l.skuCode.toUpperCase() === code) && l.status === "pending") ??
      lines.find((l) => l.gtin === code || l.skuCode.toUpperCase() === code);
    if (!line) {
      setMessage({ tone: "error", text: t("notOnOrder", { code: text }) });
      return;
    }
    const result = await pickLineAction({ storeCode, orderId, lineId: line.id, outcome: "picked" });
    setMessage(result.ok ? { tone: "ok", text: t("picked", { name: line.productName }) } : { tone: "error", text: result.message });
  }
  return (
    <div className="space-y-2">
      <Scanner
        onScan={onScan}
        scanLabel={t("scan")}
        continuous
        manualLabel={t("manualLabel")}
        manualPlaceholder={t("manualPlaceholder")}
        manualButtonLabel={t("manualButton")}
        showPhotoFallback={false}
      />
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-sm font-medium text-danger-fg" : "text-sm font-medium text-success-fg"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
