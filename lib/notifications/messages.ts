/** Copy for order notifications: short, specific, no jargon. */

type OrderInfo = { number: string; contactName: string; storeName: string; pickupCode: string | null; fulfilment: string | null };

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function readyMessage(order: OrderInfo, { short, substituted }: { short: number; substituted: number }) {
  const partial = short > 0;
  const where = order.fulfilment === "curbside" ? `Park at ${order.storeName} and tap "I'm here" on your order page.` : `Come to the pickup counter at ${order.storeName}.`;
  const extra = [
    short > 0 ? `${short} ${short === 1 ? "item was" : "items were"} short — you won't be charged for ${short === 1 ? "it" : "them"}.` : null,
    substituted > 0 ? `${substituted} ${substituted === 1 ? "item has a substitute" : "items have substitutes"} for you to review.` : null,
  ].filter(Boolean);
  return {
    subject: partial ? `Order ${order.number} is ready (some items short)` : `Order ${order.number} is ready to collect`,
    body: [
      `Hi ${firstName(order.contactName)}, your order ${order.number} is ready.`,
      where,
      order.pickupCode ? `Your pickup code: ${order.pickupCode} (or show the QR code on your order page).` : null,
      ...extra,
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export function shortageMessage(order: OrderInfo, lines: { name: string; ordered: number; found: number; substitute?: string | null }[]) {
  const items = lines.map((line) =>
    line.substitute ? `${line.name}: we suggest ${line.substitute} instead` : `${line.name}: ${line.found} of ${line.ordered} found`,
  );
  const review = lines.some((line) => line.substitute);
  return {
    subject: review ? `Please review a substitution for order ${order.number}` : `Some items in order ${order.number} are short`,
    body: `Hi ${firstName(order.contactName)}, ${items.join("; ")}.${review ? " Accept or reject on your order page." : " You'll only pay for what you collect."}`,
  };
}

export function cancelledMessage(order: OrderInfo, reason: string | null) {
  return {
    subject: `Order ${order.number} was cancelled`,
    body: `Hi ${firstName(order.contactName)}, we've cancelled order ${order.number} from ${order.storeName}${reason ? ` (${reason})` : ""}. The payment authorization on your card has been released; you haven't been charged.`,
  };
}

export function curbsideAcknowledgedMessage(order: OrderInfo, { staffName, parkingSpot }: { staffName: string; parkingSpot: string | null }) {
  return {
    subject: `We're bringing order ${order.number} out`,
    body: `Thanks, ${firstName(order.contactName)}. ${firstName(staffName)} is on the way to ${parkingSpot ? `spot ${parkingSpot}` : "your car"} with your order.`,
  };
}

export function collectedMessage(order: OrderInfo, amount: string) {
  return {
    subject: `Receipt for order ${order.number}`,
    body: `Thanks for collecting order ${order.number} at ${order.storeName}. We charged ${amount} to your card.`,
  };
}
