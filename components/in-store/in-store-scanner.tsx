"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Scanner } from "@/components/scanner/scanner";
import { parseScannedCode } from "@/lib/in-store/scan-code";

/**
 * The in-store "Scan" button: a shelf label opens that product in its store, a product
 * barcode opens it in this store, a kiosk QR hands the basket over. The camera library loads
 * only when the shopper presses "Scan".
 */
export function InStoreScanner({ storeCode }: { storeCode: string }) {
  const t = useTranslations("inStoreClient.scanner");
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);

  function handle(text: string) {
    const code = parseScannedCode(text);
    setProblem(null);
    if (code.kind === "label") router.push(`/q/${code.storeCode}/${code.gtin}`);
    else if (code.kind === "gtin") router.push(`/q/${storeCode}/${code.gtin}`);
    else if (code.kind === "kiosk") router.push(code.path);
    else setProblem(t("notOurs"));
  }

  return (
    <div>
      <Scanner onScan={handle} manualLabel={t("manualLabel")} manualPlaceholder={t("manualPlaceholder")} />
      {problem ? (
        <p role="alert" className="mt-3 rounded-lg bg-warning-bg px-3 py-2 text-sm font-semibold text-warning-fg">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
