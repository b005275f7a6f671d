import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Logo } from "@/components/brand/logo";
import { SideNav, type NavItem } from "./side-nav";

const ROLES = ["associate", "manager", "admin", "shopper"] as const;

/**
 * The shell shared by the staff dashboard and admin: a sidebar on desktop (workspace name,
 * nav, who is signed in, sign out) and a compact top bar with tab navigation on tablets.
 */
export function DashboardShell({
  workspaceLabel,
  workspaceName,
  homeHref,
  nav,
  user,
  children,
}: {
  /** Small line above the name, e.g. "Staff" or "Admin". */
  workspaceLabel: string;
  workspaceName: string;
  homeHref: string;
  nav: NavItem[];
  user: { name: string; role: string };
  children: ReactNode;
}) {
  const t = useTranslations("nav");
  const role = ROLES.find((r) => r === user.role);
  const roleLabel = role ? t(`roles.${role}`) : user.role;
  const navLabel = t("navigation", { workspace: workspaceLabel });
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="hidden border-r border-line bg-surface lg:sticky lg:top-0 lg:flex lg:h-dvh lg:flex-col">
        <div className="px-5 pt-6 pb-5">
          <Link href={homeHref} className="block w-fit rounded-md">
            <Logo className="h-8" />
          </Link>
          <div className="mt-6 rounded-lg bg-sand px-3 py-2.5">
            <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{workspaceLabel}</p>
            <p className="truncate font-bold text-ink">{workspaceName}</p>
          </div>
        </div>
        <div className="flex-1 overflow-y-auto px-3">
          <SideNav items={nav} label={navLabel} orientation="column" />
        </div>
        <div className="border-t border-line p-3">
          <div className="flex items-center gap-3 px-2 py-2">
            <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-800">
              {initials}
            </span>
            <div className="min-w-0">
              <p className="truncate text-sm font-semibold text-ink">{user.name}</p>
              <p className="truncate text-xs text-ink-muted">{roleLabel}</p>
            </div>
          </div>
          <SignOutButton fullWidth className="mt-1 justify-start rounded-md px-3" />
        </div>
      </aside>

      <div className="min-w-0">
        <header className="border-b border-line bg-surface lg:hidden">
          <div className="flex h-14 items-center gap-3 px-4 sm:px-6">
            <Link href={homeHref} className="shrink-0 rounded-md">
              <Logo showWordmark={false} className="h-8" />
            </Link>
            <div className="min-w-0 flex-1 leading-tight">
              <p className="text-xs font-semibold text-ink-muted">{workspaceLabel}</p>
              <p className="truncate font-bold text-ink">{workspaceName}</p>
            </div>
            <p className="hidden text-right text-sm leading-tight sm:block">
              <span className="block font-semibold text-ink">{user.name}</span>
              <span className="block text-xs text-ink-muted">{roleLabel}</span>
            </p>
            <SignOutButton />
          </div>
          <div className="px-3 pb-2 sm:px-5">
            <SideNav items={nav} label={navLabel} orientation="row" />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-10 lg:py-10">
          {children}
        </main>
      </div>
    </div>
  );
}
