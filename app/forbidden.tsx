import type { Metadata } from "next";
import { ErrorPage } from "@/components/errors/error-page";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "No access" };

/** Rendered by `forbidden()` (requireStaff / requireAdmin) when the signed-in account may not act here. */
export default function Forbidden() {
  return (
    <ErrorPage
      code="403 · No access"
      title="This aisle is staff only"
      description="Your account can't open this page: it belongs to another store or needs another role. Switch to the right account, or head back to the shop."
      actions={
        <>
          {/* The sign-in page offers "sign out and use another account" to a signed-in visitor. */}
          <a href="/sign-in" className={buttonClasses({ size: "lg" })}>
            Switch account
          </a>
          <a href="/" className={buttonClasses({ variant: "secondary", size: "lg" })}>
            Go to the shop
          </a>
        </>
      }
    />
  );
}
