"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { GridIcon, HomeIcon, ScanIcon, StoreIcon } from "@/components/ui/icons";

const icons = { home: HomeIcon, store: StoreIcon, shop: GridIcon, scan: ScanIcon };

export type InStoreTab = { href: string; label: string; icon: keyof typeof icons; exact?: boolean };

/** The in-store app's bottom tabs, within thumb reach; safe-area aware on notched phones. */
export function InStoreTabBar({ tabs }: { tabs: InStoreTab[] }) {
  const t = useTranslations("inStoreClient");
  const pathname = usePathname();
  return (
    <nav
      aria-label={t("tabsLabel")}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur"
    >
      <ul className="mx-auto grid max-w-lg" style={{ gridTemplateColumns: `repeat(${tabs.length}, minmax(0, 1fr))` }}>
        {tabs.map((tab) => {
          const active = tab.exact ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          const Icon = icons[tab.icon];
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex h-16 flex-col items-center justify-center gap-1 text-xs font-semibold",
                  active ? "text-brand-700" : "text-ink-muted hover:text-ink",
                )}
              >
                <span className={cn("grid h-7 w-12 place-items-center rounded-full", active && "bg-brand-50")}>
                  <Icon className="size-[1.375rem]" />
                </span>
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
