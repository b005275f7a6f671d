import { translator } from "@/lib/i18n/translator";

/** Copy for order notifications (the "emails" catalog): short, specific, no jargon. */

type OrderInfo = { number: string; contactName: string; storeName: string; pickupCode: string | null; fulfilment: string | null };

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function readyMessage(order: OrderInfo, { short, substituted }: { short: number; substituted: number }) {
  const t = translator("emails");
  const partial = short > 0;
  const where = order.fulfilment === "curbside" ? t("ready.curbside", { store: order.storeName }) : t("ready.counter", { store: order.storeName });
  const extra = [
    short > 0 ? t("ready.short", { count: short }) : null,
    substituted > 0 ? t("ready.substituted", { count: substituted }) : null,
  ].filter(Boolean);
  return {
    subject: partial ? t("ready.subjectPartial", { number: order.number }) : t("ready.subject", { number: order.number }),
    body: [
      t("ready.greeting", { name: firstName(order.contactName), number: order.number }),
      where,
      order.pickupCode ? t("ready.pickupCode", { code: order.pickupCode }) : null,
      ...extra,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export function shortageMessage(order: OrderInfo, lines: { name: string; ordered: number; found: number; substitute?: string | null }[]) {
  const t = translator("emails");
  const items = lines.map((line) =>
    line.substitute
      ? t("shortage.substitute", { name: line.name, substitute: line.substitute })
      : t("shortage.found", { name: line.name, found: line.found, ordered: line.ordered }),
  );
  const review = lines.some((line) => line.substitute);
  return {
    subject: review ? t("shortage.subjectReview", { number: order.number }) : t("shortage.subject", { number: order.number }),
    body:
      t("shortage.body", { name: firstName(order.contactName), items: items.join("; ") }) +
      (review ? t("shortage.review") : t("shortage.payForCollected")),
  };
}

export function cancelledMessage(order: OrderInfo, reason: string | null) {
  const t = translator("emails");
  const values = { name: firstName(order.contactName), number: order.number, store: order.storeName };
  return {
    subject: t("cancelled.subject", { number: order.number }),
    body: reason ? t("cancelled.bodyReason", { ...values, reason }) : t("cancelled.body", values),
  };
}

export function curbsideAcknowledgedMessage(order: OrderInfo, { staffName, parkingSpot }: { staffName: string; parkingSpot: string | null }) {
  const t = translator("emails");
  const values = { name: firstName(order.contactName), staff: firstName(staffName) };
  return {
    subject: t("curbsideAcknowledged.subject", { number: order.number }),
    body: parkingSpot ? t("curbsideAcknowledged.bodySpot", { ...values, spot: parkingSpot }) : t("curbsideAcknowledged.bodyCar", values),
  };
}

export function collectedMessage(order: OrderInfo, amount: string) {
  const t = translator("emails");
  return {
    subject: t("collected.subject", { number: order.number }),
    body: t("collected.body", { number: order.number, store: order.storeName, amount }),
  };
}

/** The web order's confirmation; `total` is already formatted. */
export function orderPlacedMessage(order: { number: string; contactName: string }, total: string) {
  const t = translator("emails");
  return {
    subject: t("orderPlaced.subject", { number: order.number }),
    body: t("orderPlaced.body", { name: order.contactName, number: order.number, total }),
  };
}

/** To the store: the curbside shopper is here, or moved to another spot. */
export function curbsideArrivedMessage(
  order: { number: string; contactName: string },
  { parkingSpot, moved }: { parkingSpot: string; moved: boolean },
) {
  const t = translator("emails");
  const values = { name: order.contactName, spot: parkingSpot };
  return {
    subject: t("curbsideArrived.subject", { number: order.number }),
    body: moved ? t("curbsideArrived.bodyMoved", values) : t("curbsideArrived.bodyWaiting", values),
  };
}

/** The in-store sale's receipt; `total` is already formatted. */
export function receiptMessage(order: { number: string; contactName: string }, total: string) {
  const t = translator("emails");
  return {
    subject: t("receipt.subject", { number: order.number }),
    body: t("receipt.body", { name: order.contactName, number: order.number, total }),
  };
}

/** The alt text of the pickup QR inlined in a "ready" e-mail. */
export function pickupQrAlt(orderNumber: string) {
  return translator("emails")("pickupQrAlt", { number: orderNumber });
}
