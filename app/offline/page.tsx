import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/brand/logo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pwa.offline");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** What the in-store app shows when the phone has no connection and no saved copy of a page. */
export default function OfflinePage() {
  const t = useTranslations("pwa.offline");
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-5 px-6 text-center">
      <Logo className="h-10" />
      <h1 className="text-2xl font-extrabold text-ink">{t("title")}</h1>
      <p className="text-ink-muted">{t("description")}</p>
      <ul className="space-y-1.5 text-left text-sm text-ink-muted">
        <li>{t("tips.wifi")}</li>
        <li>{t("tips.prices")}</li>
        <li>{t("tips.help")}</li>
      </ul>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load: it is the retry once the connection is back */}
      <a href="/in-store" className="inline-flex h-12 items-center rounded-full bg-brand-700 px-6 font-semibold text-white">
        {t("retry")}
      </a>
    </main>
  );
}
