import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ErrorPage } from "@/components/errors/error-page";
import { buttonClasses } from "@/components/ui/button";
import { translator } from "@/lib/i18n/translator";

export const metadata: Metadata = { title: translator("errors")("forbidden.metaTitle") };

/** Rendered by `forbidden()` (requireStaff / requireAdmin) when the signed-in account may not act here. */
export default async function Forbidden() {
  const t = await getTranslations("errors.forbidden");
  return (
    <ErrorPage
      code={t("code")}
      title={t("title")}
      description={t("description")}
      actions={
        <>
          {/* The sign-in page offers "sign out and use another account" to a signed-in visitor. */}
          <a href="/sign-in" className={buttonClasses({ size: "lg" })}>
            {t("switchAccount")}
          </a>
          {/* A full page load out of the error screen. */}
          <a href="/" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            {t("goToShop")}
          </a>
        </>
      }
    />
  );
}
