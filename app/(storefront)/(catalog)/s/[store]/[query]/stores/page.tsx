import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StoreCard } from "@/components/stores/store-card";
import { EmptyState } from "@/components/ui/empty-state";
import { StoreIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { cachedNow } from "@/lib/cache/clock";
import { cachedStores } from "@/lib/stores/cached";
import { getOpeningStatus } from "@/lib/stores/hours";
import { catalogStore, type CatalogSegments } from "../catalog-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("stores.finder");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** The store finder, cached per "my store" and refreshed each minute for the hours. */
export default async function StoresPage({ params }: { params: Promise<CatalogSegments> }) {
  const segments = await params;
  const t = await getTranslations("stores.finder");
  const current = await catalogStore(segments); // first: a 404 for the build's placeholder
  const [stores, now] = await Promise.all([cachedStores(), cachedNow()]);
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
