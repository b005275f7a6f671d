"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ErrorPage } from "@/components/errors/error-page";
import { Button, buttonClasses } from "@/components/ui/button-base";

/** Any unexpected error below the root layout: an apology and a retry, never a stack trace. */
export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorsClient.error");
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: string }).digest ?? "") : "";
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorPage
      code={t("code")}
      title={t("title")}
      description={
        <>
          <p>{t("description")}</p>
          {digest ? (
            <p className="mt-3 text-sm">{t.rich("reference", { digest, code: (chunks) => <span className="font-mono">{chunks}</span> })}</p>
          ) : null}
        </>
      }
      actions={
        <>
          <Button size="lg" onClick={() => retry()}>
            {t("retry")}
          </Button>
          {/* A full page load: the client router may be what failed. */}
          <a href="/" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            {t("goToShop")}
          </a>
        </>
      }
    />
  );
}
