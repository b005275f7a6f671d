import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InStoreShell } from "@/components/in-store/in-store-shell";
import { getDb } from "@/lib/db";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";

// Opening status and greeting follow the clock; stock follows the shelf: never cached.
export const dynamic = "force-dynamic";

type Props = { children: React.ReactNode; params: Promise<{ store: string }> };

export const viewport: Viewport = { themeColor: "#124c30" };

export async function generateMetadata({ params }: { params: Promise<{ store: string }> }): Promise<Metadata> {
  const code = storeCodeSchema.safeParse((await params).store);
  const store = code.success ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  const t = await getTranslations("inStore.metadata");
  return { title: store ? t("store", { store: store.name }) : t("noStore"), manifest: "/manifest.webmanifest" };
}

export default async function InStoreLayout({ children, params }: Props) {
  const code = storeCodeSchema.safeParse((await params).store);
  const store = code.success ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  if (!store) notFound();
  return <InStoreShell store={store}>{children}</InStoreShell>;
}
