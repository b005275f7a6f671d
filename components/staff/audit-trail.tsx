import { formatStoreShortDateTime } from "@/lib/format";
import type { PickList } from "@/lib/fulfilment/queries";
import { formatMoney } from "@/lib/pricing/money";

const roleLabel: Record<string, string> = { shopper: "shopper", associate: "associate", manager: "manager", admin: "admin" };

function describe(action: string, data: Record<string, unknown>) {
  const line = typeof data.line === "string" ? data.line : "";
  switch (action) {
    case "order.placed":
      return "Order placed";
    case "order.picking":
      return "Started picking";
    case "order.ready":
      return "Marked ready";
    case "order.partially_ready":
      return data.short === undefined ? "Marked partially ready" : `Marked partially ready (${data.short} short)`;
    case "order.collected":
      return "Handed over";
    case "order.cancelled":
      return `Cancelled${data.reason ? `: ${String(data.reason)}` : ""}`;
    case "order.uncollected_flagged":
      return `Not collected after ${String(data.days ?? "several")} days — will be cancelled tomorrow`;
    case "line.picked":
      return `Picked ${line}`;
    case "line.short":
      return `Short: ${line} — found ${data.found} of ${data.ordered}`;
    case "stock.short_pick": {
      const delta = Number(data.onHandDelta ?? 0);
      return delta < 0
        ? `Stock corrected: ${-delta} ${line} not on the shelf (on hand −${-delta})`
        : `Stock correction undone: ${delta} ${line} found after all (on hand +${delta})`;
    }
    case "payment.capture_differs": {
      const currency = typeof data.currency === "string" ? data.currency : "USD";
      return `Charged ${formatMoney(Number(data.capturedCents), currency)}, but the order changed to ${formatMoney(Number(data.totalCents), currency)} during the handover — a manager should refund the difference`;
    }
    case "line.substituted":
      return `Substituted ${line} with ${String(data.substitute ?? "another product")}`;
    case "substitution.accepted":
      return `Shopper accepted the substitute for ${line}`;
    case "substitution.rejected":
      return `Shopper rejected the substitute for ${line}`;
    case "curbside.arrived":
      return `Shopper arrived at curbside${data.parkingSpot ? `, spot ${String(data.parkingSpot)}` : ""}`;
    case "curbside.spot_changed":
      return `Shopper moved to spot ${String(data.parkingSpot ?? "?")}`;
    case "curbside.acknowledged":
      return "Told the shopper we're on the way";
    default:
      return action;
  }
}

/** Who did what and when, newest first: every transition and pick is here. */
export function AuditTrail({ entries, timeZone }: { entries: PickList["audit"]; timeZone: string }) {
  if (entries.length === 0) return <p className="text-sm text-ink-muted">Nothing yet.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex gap-3 text-sm">
          <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-500" />
          <div className="min-w-0">
            <p className="font-medium text-ink">{describe(entry.action, entry.data)}</p>
            <p className="text-ink-muted">
              {entry.actor ? `${entry.actor} (${roleLabel[entry.actorRole ?? ""] ?? "staff"})` : "System"} · <time dateTime={new Date(entry.at).toISOString()}>{formatStoreShortDateTime(entry.at, timeZone)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
