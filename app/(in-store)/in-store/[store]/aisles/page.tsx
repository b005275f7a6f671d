import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/lib/db";
import { getStoreByCode, listAisleDirectory } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { Suspense } from "react";
import { InStorePageSkeleton } from "@/components/in-store/in-store-skeleton";

type Props = { params: Promise<{ store: string }> };

export default function AisleDirectoryPage(props: Props) {
  return (
    <Suspense fallback={<InStorePageSkeleton />}>
      <AisleDirectoryPageContent {...props} />
    </Suspense>
  );
}

async function AisleDirectoryPageContent({ params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const code = storeCodeSchema.safeParse((await params).store);
  const db = await getDb();
  const store = code.success ? await getStoreByCode(db, { code: code.data }) : null;
  if (!store) notFound();
  const directory = await listAisleDirectory(db, { storeId: store.id });
  const t = await getTranslations("inStore.aisles");

  return (
    <div>
      <section aria-labelledby="aisles-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h1 id="aisles-heading" className="text-2xl font-extrabold text-ink">
            {t("heading")}
          </h1>
          <p className="text-sm text-ink-muted">{t("departments", { count: directory.length })}</p>
        </div>
        {directory.length === 0 ? (
          <EmptyState title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
            {directory.map((entry) => (
              <li key={entry.category.slug} className="flex items-center gap-4 px-4 py-3.5">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-ink">{entry.category.name}</p>
                  <p className="text-sm text-ink-muted tabular">{t("products", { count: entry.productCount })}</p>
                </div>
                <p className="flex shrink-0 flex-wrap justify-end gap-1.5">
                  <span className="sr-only">{t("aislesLabel", { count: entry.aisles.length })}</span>
                  {entry.aisles.map((aisle) => (
                    <span
                      key={aisle}
                      className="inline-flex h-9 min-w-12 flex-col items-center justify-center rounded-md bg-brand-50 px-2 leading-none font-bold text-brand-800 ring-1 ring-brand-200 ring-inset"
                    >
                      <span aria-hidden="true" className="text-[0.625rem] font-semibold tracking-wide text-brand-700 uppercase">
                        {t("aisle")}
                      </span>
                      <span className="tabular">{aisle}</span>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
