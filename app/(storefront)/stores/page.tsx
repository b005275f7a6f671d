import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StoreCard } from "@/components/stores/store-card";
import { EmptyState } from "@/components/ui/empty-state";
import { StoreIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/db";
import { getCurrentStore } from "@/lib/stores/current-store";
import { getOpeningStatus } from "@/lib/stores/hours";
import { listStores } from "@/lib/stores/queries";

// "My store" comes from a cookie and hours from the clock: rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stores.finder");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function StoresPage() {
  const db = await getDb();
  const t = await getTranslations("stores.finder");
  const [stores, current] = await Promise.all([listStores(db), getCurrentStore(db)]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader title={t("title")} description={t("description")} />
      {stores.length === 0 ? (
        <EmptyState className="mt-8" icon={<StoreIcon />} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2 lg:grid-cols-3 lg:gap-6">
          {stores.map((store) => (
            <li key={store.id}>
              <StoreCard store={store} status={getOpeningStatus(store.openingHours, store.timezone, now)} isCurrent={store.id === current?.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
