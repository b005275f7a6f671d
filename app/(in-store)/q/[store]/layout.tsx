import type { Viewport } from "next";
import { InStoreShell } from "@/components/in-store/in-store-shell";
import { placeholderParams, realSegment } from "@/lib/cache/placeholders";
import { cachedStoreForCode } from "@/lib/stores/cached";
import { storeCodeSchema } from "@/lib/stores/schemas";

export const viewport: Viewport = { themeColor: "#124c30" };
export const metadata = { manifest: "/manifest.webmanifest" };

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

/** Prerendered with a placeholder only, so each store's label pages are kept once first rendered. */
export function generateStaticParams() {
  return placeholderParams("store");
}

/** Shelf-label scans land in the in-store shell of the label's store; an unknown store still gets a page. */
export default async function ShelfLabelLayout({ children, params }: Props) {
  const code = storeCodeSchema.safeParse(realSegment((await params).store).toLowerCase());
  const store = code.success ? await cachedStoreForCode(code.data) : null;
  if (!store)
    return (
      <main id="main" className="mx-auto min-h-dvh max-w-lg bg-canvas px-4 py-8">
        {children}
      </main>
    );
  return <InStoreShell store={store}>{children}</InStoreShell>;
}
