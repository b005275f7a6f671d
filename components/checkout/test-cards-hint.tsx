import { cn } from "@/components/ui/cn";

export type TestCard = { number: string; outcome: string };

function groups(number: string) {
  return number.replace(/(\d{4})(?=\d)/g, "$1 ");
}

/** Demo mode only: which card numbers do what, so anyone can try a decline. */
export function TestCardsHint({ cards, className }: { cards: TestCard[]; className?: string }) {
  return (
    <div className={cn("rounded-lg border border-dashed border-info-fg/30 bg-info-bg/60 px-4 py-3 text-sm text-info-fg", className)}>
      <p className="font-semibold">Demo mode — no real payments are taken.</p>
      <p className="mt-0.5">Use any future date and any 3-digit CVC with a test card:</p>
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
