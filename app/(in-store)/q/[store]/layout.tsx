import type { Viewport } from "next";
import { InStoreShell } from "@/components/in-store/in-store-shell";
import { getDb } from "@/lib/db";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";

export const dynamic = "force-dynamic";
export const viewport: Viewport = { themeColor: "#124c30" };
export const metadata = { manifest: "/manifest.webmanifest" };

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

/** Shelf-label scans land in the in-store shell of the label's store; an unknown store still gets a page. */
export default async function ShelfLabelLayout({ children, params }: Props) {
  const code = storeCodeSchema.safeParse((await params).store.toLowerCase());
  const store = code.success ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  if (!store)
    return (
      <main id="main" className="mx-auto min-h-dvh max-w-lg bg-canvas px-4 py-8">
        {children}
      </main>
    );
  return <InStoreShell store={store}>{children}</InStoreShell>;
}
