import type { Metadata } from "next";
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

export const metadata: Metadata = {
  title: "Find a store",
  description: "Aisle stores, their opening hours today and pickup details.",
};

export default async function StoresPage() {
  const db = await getDb();
  const [stores, current] = await Promise.all([listStores(db), getCurrentStore(db)]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
      <PageHeader
        title="Find a store"
        description="Choose your store to see its prices and what's on its shelves, and to pick up your orders there."
      />
      {stores.length === 0 ? (
        <EmptyState className="mt-8" icon={<StoreIcon />} title="No stores yet" description="Stores will be listed here as soon as they open." />
      ) : (
        <ul className="mt-8 grid gap-4 md:grid-cols-2 lg:grid-cols-3 lg:gap-6">
          {stores.map((store) => (
            <li key={store.id}>
              <StoreCard
                store={store}
                status={getOpeningStatus(store.openingHours, store.timezone, now)}
                isCurrent={store.id === current?.id}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
