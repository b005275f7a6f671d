import type { Metadata } from "next";
import { connection } from "next/server";
import { ErrorPage } from "@/components/errors/error-page";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  // Rendered per request (never prerendered) so its scripts carry the request's CSP nonce.
  await connection();
  return (
    <ErrorPage
      code="404 · Not found"
      title="This shelf is empty"
      description="We couldn't find the page you were looking for. It may have moved, or the link may be mistyped."
      actions={
        <>
          <a href="/" className={buttonClasses({ size: "lg" })}>
            Go to the shop
          </a>
          <a href="/stores" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            Find a store
          </a>
        </>
      }
    />
  );
}
