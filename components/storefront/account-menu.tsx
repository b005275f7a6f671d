"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { HeaderUser } from "@/lib/account/header";
import { ChevronDownIcon, DashboardIcon, ReceiptIcon, UserIcon } from "@/components/ui/icons";

export type AccountMenuUser = HeaderUser;

/** A disclosure (works without JS); JS only adds closing on outside click and Escape. */
export function AccountMenu({ user }: { user: AccountMenuUser }) {
  const t = useTranslations("storefrontClient.accountMenu");
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointer = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  const firstName = user.name.split(/\s+/)[0] || user.name;
  return (
    <details ref={ref} className="group relative">
      <summary className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-full px-3 font-semibold text-ink hover:bg-sand [&::-webkit-details-marker]:hidden">
        <UserIcon className="size-6" />
        <span className="hidden max-w-32 truncate text-sm lg:inline">{firstName}</span>
        <span className="sr-only lg:hidden">{t("account")}</span>
        <ChevronDownIcon className="hidden size-4 text-ink-subtle transition-transform group-open:rotate-180 lg:block" />
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-72 rounded-lg border border-line bg-surface p-2 shadow-raised">
        <div className="px-3 py-2">
          <p className="truncate font-semibold text-ink">{user.name}</p>
          <p className="truncate text-sm text-ink-muted">{user.email}</p>
        </div>
        <Link href="/account" className="flex items-center gap-3 rounded-md px-3 py-2.5 text-sm font-semibold text-ink hover:bg-sand">
          <ReceiptIcon className="size-5 text-brand-700" />
          {t("accountAndOrders")}
        </Link>
        {user.workspace ? (
          <Link href={user.workspace.href} className="flex items-center gap-3 rounded-md px-3 py-2.5 text-sm font-semibold text-ink hover:bg-sand">
            <DashboardIcon className="size-5 text-brand-700" />
            <span className="min-w-0">
              <span className="block">{user.workspace.label}</span>
              {user.workspace.detail ? <span className="block truncate text-xs font-normal text-ink-muted">{user.workspace.detail}</span> : null}
            </span>
          </Link>
        ) : null}
        <div className="mt-1 border-t border-line pt-1">
          <SignOutButton fullWidth className="justify-start rounded-md px-3" />
        </div>
      </div>
    </details>
  );
}
