import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type TestCard = { number: string; outcome: string };

function groups(number: string) {
  return number.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** Demo mode only: which card numbers do what, so anyone can try a decline. */
export function TestCardsHint({ cards, className }: { cards: TestCard[]; className?: string }) {
  const t = useTranslations("payment.testCards");
  return (
    <div className={cn("rounded-lg border border-dashed border-info-fg/30 bg-info-bg/60 px-4 py-3 text-sm text-info-fg", className)}>
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-0.5">{t("intro")}</p>
      <ul className="mt-2 space-y-1">
        {cards.map((card) => (
          <li key={card.number} className="flex flex-wrap items-baseline gap-x-2">
            <code className="font-mono font-semibold tracking-wide text-ink">{groups(card.number)}</code>
            <span>{card.outcome}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
