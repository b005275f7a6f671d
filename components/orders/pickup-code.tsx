import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { pickupQrPayload } from "@/lib/orders/pickup-code";

function spaced(code: string) {
  return code.replace(/(.{5})(?=.)/g, "$1 ");
}

/**
 * The code the associate scans or types at handover: large and monospaced, with its QR drawn
 * on the server (a signed payload, so a made-up QR is refused at the counter).
 */
export async function PickupCode({ orderNumber, code }: { orderNumber: string; code: string }) {
  const t = await getTranslations("orders.pickupCode");
  const svg = await QRCode.toString(pickupQrPayload(orderNumber, code), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 1,
    color: { dark: "#1d1b17", light: "#ffffff" },
  });
  return (
    <div className="flex flex-col items-center gap-4 text-center sm:flex-row sm:items-center sm:text-left">
      <div
        role="img"
        aria-label={t("qrLabel", { number: orderNumber })}
        data-qr-payload={pickupQrPayload(orderNumber, code)}
        className="size-44 shrink-0 rounded-lg border border-line bg-white p-2 [&>svg]:size-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <div>
        <p className="text-sm font-semibold text-ink-muted">{t("label")}</p>
        <p className="font-mono text-3xl font-bold tracking-[0.12em] text-ink sm:text-4xl">
          <span aria-hidden="true">{spaced(code)}</span>
          {/* Read out one character at a time, as it would be at the counter. */}
          <span className="sr-only">{code.split("").join(" ")}</span>
        </p>
        <p className="mt-2 max-w-xs text-sm text-ink-muted">{t("instructions")}</p>
      </div>
    </div>
  );
}
