"use client";

import "./globals.css";
import { ErrorPage } from "@/components/errors/error-page";
import { Button, buttonClasses } from "@/components/ui/button-base";

/** When even the root layout fails: its own document, same calm message, no details. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="bg-canvas text-ink">
        <title>Something went wrong · Aisle</title>
        <ErrorPage
          code="Something went wrong"
          title="Sorry, Aisle is having trouble"
          description="We couldn't load this page. Please try again in a moment."
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
      </body>
    </html>
  );
}
