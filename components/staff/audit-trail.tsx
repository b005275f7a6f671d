import { getTranslations } from "next-intl/server";
import { formatStoreShortDateTime } from "@/lib/format";
import type { PickList } from "@/lib/fulfilment/queries";
import { formatMoney } from "@/lib/pricing/money";

type AuditT = Awaited<ReturnType<typeof getTranslations<"pickups.audit">>>;

function describe(t: AuditT, action: string, data: Record<string, unknown>) {
  const line = typeof data.line === "string" ? data.line : "";
  switch (action) {
    case "order.placed":
      return t("actions.orderPlaced");
    case "order.picking":
      return t("actions.orderPicking");
    case "order.ready":
      return t("actions.orderReady");
    case "order.partially_ready":
      return data.short === undefined ? t("actions.orderPartiallyReady") : t("actions.orderPartiallyReadyShort", { short: String(data.short) });
    case "order.collected":
      return t("actions.orderCollected");
    case "order.cancelled":
      return data.reason ? t("actions.orderCancelledReason", { reason: String(data.reason) }) : t("actions.orderCancelled");
    case "order.uncollected_flagged":
      return t("actions.orderUncollected", { days: String(data.days ?? t("actions.several")) });
    case "line.picked":
      return t("actions.linePicked", { line });
    case "line.short":
      return t("actions.lineShort", { line, found: String(data.found), ordered: String(data.ordered) });
    case "stock.short_pick": {
      const delta = Number(data.onHandDelta ?? 0);
      return delta < 0 ? t("actions.stockCorrected", { count: -delta, line }) : t("actions.stockUndone", { count: delta, line });
    }
    case "payment.capture_differs": {
      const currency = typeof data.currency === "string" ? data.currency : "USD";
      return t("actions.captureDiffers", {
        captured: formatMoney(Number(data.capturedCents), currency),
        total: formatMoney(Number(data.totalCents), currency),
      });
    }
    case "line.substituted":
      return t("actions.lineSubstituted", { line, substitute: String(data.substitute ?? t("actions.anotherProduct")) });
    case "substitution.accepted":
      return t("actions.substitutionAccepted", { line });
    case "substitution.rejected":
      return t("actions.substitutionRejected", { line });
    case "curbside.arrived":
      return data.parkingSpot ? t("actions.curbsideArrivedSpot", { spot: String(data.parkingSpot) }) : t("actions.curbsideArrived");
    case "curbside.spot_changed":
      return t("actions.curbsideMoved", { spot: String(data.parkingSpot ?? "?") });
    case "curbside.acknowledged":
      return t("actions.curbsideAcknowledged");
    default:
      return action;
  }
}

const ROLES = ["shopper", "associate", "manager", "admin"] as const;

/** The actor's role as a catalog key ("staff" when the row doesn't say). */
function roleKey(role: string | null): (typeof ROLES)[number] | "staff" {
  return ROLES.find((known) => known === role) ?? "staff";
}

/** Who did what and when, newest first: every transition and pick is here. */
export async function AuditTrail({ entries, timeZone }: { entries: PickList["audit"]; timeZone: string }) {
  const t = await getTranslations("pickups.audit");
  if (entries.length === 0) return <p className="text-sm text-ink-muted">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="flex gap-3 text-sm">
          <span aria-hidden="true" className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-500" />
          <div className="min-w-0">
            <p className="font-medium text-ink">{describe(t, entry.action, entry.data)}</p>
            <p className="text-ink-muted">
              {entry.actor ? t("by", { name: entry.actor, role: t(`roles.${roleKey(entry.actorRole)}`) }) : t("system")} ·{" "}
              <time dateTime={new Date(entry.at).toISOString()}>{formatStoreShortDateTime(entry.at, timeZone)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
