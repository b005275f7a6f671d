"use client";

import { useEffect } from "react";
import { ErrorPage } from "@/components/errors/error-page";
import { Button, buttonClasses } from "@/components/ui/button-base";

/** Any unexpected error below the root layout: an apology and a retry, never a stack trace. */
export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: string }).digest ?? "") : "";
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorPage
      code="Something went wrong"
      title="Sorry, that didn't work"
      description={
        <>
          <p>Something went wrong on our side. Please try again in a moment.</p>
          {digest ? <p className="mt-3 text-sm">Reference: <span className="font-mono">{digest}</span></p> : null}
        </>
      }
      actions={
        <>
          <Button size="lg" onClick={() => retry()}>
            Try again
          </Button>
          <a href="/" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            Go to the shop
          </a>
        </>
      }
    />
  );
}
