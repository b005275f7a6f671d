import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ErrorPage } from "@/components/errors/error-page";
import { buttonClasses } from "@/components/ui/button";
import { translator } from "@/lib/i18n/translator";

export const metadata: Metadata = { title: translator("errors")("notFound.metaTitle") };

export default async function NotFound() {
  // Rendered per request (never prerendered) so its scripts carry the request's CSP nonce.
  await connection();
  const t = await getTranslations("errors.notFound");
  return (
    <ErrorPage
      code={t("code")}
      title={t("title")}
      description={t("description")}
      actions={
        <>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load out of the error screen */}
          <a href="/" className={buttonClasses({ size: "lg" })}>
            {t("goToShop")}
          </a>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load out of the error screen */}
          <a href="/stores" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            {t("findStore")}
          </a>
        </>
      }
    />
  );
}
