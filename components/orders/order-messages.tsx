import { useTranslations } from "next-intl";
import { formatStoreShortDateTime } from "@/lib/format";
import type { InAppNotification } from "@/lib/notifications/queries";

/** Messages the store sent about this order (ready, shortages, curbside…), newest first. */
export function OrderMessages({ messages, timeZone }: { messages: InAppNotification[]; timeZone: string }) {
  const t = useTranslations("orders.messages");
  return (
    <ul className="mt-3 space-y-3" aria-label={t("listLabel")}>
      {messages.map((message) => (
        <li key={message.id} className="rounded-lg border border-line bg-sand/50 px-3 py-2.5">
          <p className="text-sm font-semibold text-ink">{message.subject}</p>
          <p className="mt-0.5 text-sm text-ink-muted">{message.body}</p>
          <p className="mt-1 text-xs text-ink-subtle">
            <time dateTime={new Date(message.createdAt).toISOString()}>{formatStoreShortDateTime(message.createdAt, timeZone)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
