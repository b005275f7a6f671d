import { connection } from "next/server";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InStoreShell } from "@/components/in-store/in-store-shell";
import { getDb } from "@/lib/db";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { Suspense } from "react";
import { InStoreShellSkeleton } from "@/components/in-store/in-store-skeleton";

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

export const viewport: Viewport = { themeColor: "#124c30" };

export async function generateMetadata({ params }: { params: Promise<{ store: string }> }): Promise<Metadata> {
  const code = storeCodeSchema.safeParse((await params).store);
  const store = code.success ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  const t = await getTranslations("inStore.metadata");
  return { title: store ? t("store", { store: store.name }) : t("noStore") };
}

export default function InStoreLayout(props: Props) {
  return (
    <>
      {/* In the static shell, so React puts it in <head> at once: the page's metadata is
          streamed later (it reads the store), and Chrome looks for the manifest in <head>. */}
      <link rel="manifest" href="/manifest.webmanifest" />
      <Suspense fallback={<InStoreShellSkeleton />}>
        <InStoreLayoutContent {...props} />
      </Suspense>
    </>
  );
}

async function InStoreLayoutContent({ children, params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const code = storeCodeSchema.safeParse((await params).store);
  const store = code.success ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  if (!store) notFound();
  return <InStoreShell store={store}>{children}</InStoreShell>;
}
