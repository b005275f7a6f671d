"use client";

import "./globals.css";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import { ErrorPage } from "@/components/errors/error-page";
import { Button, buttonClasses } from "@/components/ui/button-base";
import { defaultLocale } from "@/lib/i18n/config";
import errorsClient from "@/messages/en/errorsClient.json";
import ui from "@/messages/en/ui.json";

// Outside the root layout there is no provider: this page brings the two namespaces it reads.
const messages = { errorsClient, ui };

/** When even the root layout fails: its own document, same calm message, no details. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={defaultLocale}>
      <body className="bg-canvas text-ink">
        <NextIntlClientProvider locale={defaultLocale} messages={messages}>
          <GlobalErrorPage retry={retry} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorPage({ retry }: { retry: () => void }) {
  const t = useTranslations("errorsClient.globalError");
  return (
    <>
      <title>{t("documentTitle")}</title>
      <ErrorPage
        code={t("code")}
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Button size="lg" onClick={() => retry()}>
              {t("retry")}
            </Button>
            {/* A full page load: the root layout and router failed. */}
            <a href="/" className={buttonClasses({ variant: "secondary", size: "lg" })}>
              {t("goToShop")}
            </a>
          </>
        }
      />
    </>
  );
}
