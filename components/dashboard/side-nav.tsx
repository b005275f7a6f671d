"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { BoxIcon, DashboardIcon, ExternalIcon, ScanIcon, StoreIcon, TagIcon } from "@/components/ui/icons";

const icons = { dashboard: DashboardIcon, orders: BoxIcon, store: StoreIcon, external: ExternalIcon, scan: ScanIcon, tag: TagIcon };

export type NavItem = { href: string; label: string; icon: keyof typeof icons; exact?: boolean };

/** Dashboard navigation: a column on desktop, a scrollable row of tabs on tablets. */
export function SideNav({ items, label, orientation }: { items: NavItem[]; label: string; orientation: "column" | "row" }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={orientation === "column" ? "space-y-1" : "scrollbar-none flex gap-1 overflow-x-auto"}>
        {items.map((item) => {
          const active = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          const Icon = icons[item.icon];
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-3 rounded-md font-semibold transition-colors",
                  orientation === "column" ? "h-11 px-3" : "h-10 px-3.5 text-sm",
                  active ? "bg-brand-700 text-white" : "text-ink-muted hover:bg-sand hover:text-ink",
                )}
              >
                <Icon className={orientation === "column" ? "size-5" : "size-[1.125rem]"} />
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
