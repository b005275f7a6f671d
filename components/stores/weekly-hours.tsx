import { useTranslations } from "next-intl";
import type { OpeningHours } from "@/lib/stores/hours";
import { cn } from "@/components/ui/cn";
import { weeklyHours, type IsoWeekday } from "@/lib/stores/hours";

/** Monday-to-Sunday hours, with today (in the store's time zone) marked. */
export function WeeklyHours({ hours, today }: { hours: OpeningHours; today: IsoWeekday }) {
  const t = useTranslations("stores.weeklyHours");
  return (
    <table className="w-full text-left">
      <caption className="sr-only">{t("caption")}</caption>
      <tbody className="divide-y divide-line">
        {weeklyHours(hours).map((day) => {
          const isToday = day.day === today;
          return (
            <tr key={day.day} className={cn(isToday && "font-semibold")} aria-current={isToday ? "date" : undefined}>
              <th scope="row" className="py-2.5 pr-4 font-[inherit]">
                {day.name}
                {isToday ? (
                  <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("today")}</span>
                ) : null}
              </th>
              <td className={cn("py-2.5 text-right tabular", !day.hours && "text-ink-muted")}>{day.label}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
