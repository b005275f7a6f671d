import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

/**
 * The Aisle logo: a mark (an "A" that is also an aisle running away from you, with a shelf
 * line across it) and a geometric lowercase wordmark whose i-dot is the paprika accent.
 * Drawn as paths, so it never depends on an installed font.
 */
export function Logo({
  className,
  showWordmark = true,
  inverse = false,
}: {
  className?: string;
  showWordmark?: boolean;
  /** For dark backgrounds. */
  inverse?: boolean;
}) {
  const t = useTranslations("ui");
  const width = showWordmark ? 100 : 32;
  return (
    <svg role="img" aria-label={t("logo")} viewBox={`0 0 ${width} 32`} className={cn("h-8 w-auto", className)} fill="none">
      <LogoMark inverse={inverse} />
      {showWordmark ? (
        <g
          transform="translate(40 3)"
          stroke={inverse ? "#ffffff" : "var(--color-ink, #1d1b17)"}
          strokeWidth="3.3"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {/* a */}
          <circle cx="6.6" cy="17" r="5.3" />
          <path d="M11.9 11.7v11" />
          {/* i */}
          <path d="M18 11.7v11" />
          {/* s */}
          <path d="M29.6 13.1c-1.1-1.1-2.4-1.6-3.9-1.6-2.1 0-3.4 1.1-3.4 2.6 0 3.5 7.6 2 7.6 5.7 0 1.7-1.5 2.9-3.9 2.9-1.8 0-3.3-.6-4.2-1.8" />
          {/* l */}
          <path d="M35 4.3v18.4" />
          {/* e */}
          <path d="M39.6 17h10.6a5.3 5.3 0 1 0-1.5 3.75" />
        </g>
      ) : null}
      {showWordmark ? <circle cx="58" cy="8.2" r="2.1" fill="var(--color-paprika-500, #e0622e)" /> : null}
    </svg>
  );
}

function LogoMark({ inverse }: { inverse: boolean }) {
  return (
    <g>
      <rect width="32" height="32" rx="9" fill={inverse ? "#ffffff" : "var(--color-brand-700, #17603c)"} />
      <path
        d="M8.6 25 16 7.2 23.4 25"
        stroke={inverse ? "var(--color-brand-700, #17603c)" : "#ffffff"}
        strokeWidth="3.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M11.6 18.6h8.8" stroke="var(--color-paprika-500, #e0622e)" strokeWidth="3" strokeLinecap="round" />
    </g>
  );
}
