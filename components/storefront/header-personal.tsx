"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { CartBadge } from "@/components/cart/cart-badge";
import { UserIcon } from "@/components/ui/icons";
import { AccountMenu } from "./account-menu";
import type { HeaderPersonalData } from "@/lib/account/header";

/**
 * The account menu and cart badge. On cached pages (the same for every shopper) `initial` is
 * undefined and this asks /api/me once mounted; on per-person pages the server passes it in.
 * Until it knows, it shows "Sign in" and an empty bag, the signed-out header.
 */
export function HeaderPersonal({ initial }: { initial?: HeaderPersonalData }) {
  const t = useTranslations("storefrontClient.header");
  const [data, setData] = useState<HeaderPersonalData | null>(initial ?? null);
  useEffect(() => {
    if (initial) return;
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<HeaderPersonalData>) : null))
      .then((body) => {
        if (body) setData(body);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [initial]);

  return (
    <>
      {data?.user ? (
        <AccountMenu user={data.user} />
      ) : (
        <Link href="/sign-in" className="inline-flex h-11 items-center gap-2 rounded-full px-3 text-sm font-semibold text-ink hover:bg-sand">
          <UserIcon className="size-6" />
          {t("signIn")}
        </Link>
      )}
      {/* Keyed: the badge starts from the count once it is known. */}
      <CartBadge key={data ? "known" : "unknown"} initialCount={data?.cartCount ?? 0} />
    </>
  );
}
