import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/errors/error-page";
import { buttonClasses } from "@/components/ui/button";
import { translator } from "@/lib/i18n/translator";

export const metadata: Metadata = { title: translator("errors")("notFound.metaTitle") };

/**
 * Static: prerendered once (as /_not-found) and rendered inside the dynamic part of a page that
 * calls notFound() at request time. Its actions are plain links, so it works without scripts.
 */
export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  return (
    <ErrorPage
      code={t("code")}
      title={t("title")}
      description={t("description")}
      actions={
        <>
          {/* A full page load out of the error screen. */}
          <a href="/" className={buttonClasses({ size: "lg" })}>
            {t("goToShop")}
          </a>
          {/* A full page load out of the error screen. */}
          <a href="/stores" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            {t("findStore")}
          </a>
        </>
      }
    />
  );
}
