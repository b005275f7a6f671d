import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { BagIcon } from "@/components/ui/icons";

/** The header's cart link with its count (the badge's markup, live or as the server rendered it). */
export function CartLink({ count, className }: { count: number; className?: string }) {
  const t = useTranslations("cartClient.link");
  return (
    <Link
      href="/cart"
      aria-label={t("label", { count })}
      className={cn("relative inline-flex h-11 items-center gap-2 rounded-full px-3 font-semibold text-ink hover:bg-sand", className)}
    >
      <BagIcon className="size-6" />
      <span className="hidden text-sm lg:inline">{t("text")}</span>
      {count > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-0.5 left-6 grid h-5 min-w-5 place-items-center rounded-full bg-paprika-600 px-1 text-[0.6875rem] font-bold text-white tabular ring-2 ring-canvas"
        >
          {count > 99 ? t("overflow") : count}
        </span>
      ) : null}
    </Link>
  );
}
