import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { ClockIcon, ScanIcon } from "@/components/ui/icons";
import { getDb } from "@/lib/db";
import { getOpeningStatus, getStoreClock } from "@/lib/stores/hours";
import { getStoreByCode, listAisleDirectory } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";

// Opening status and greeting follow the clock; stock follows the shelf: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ store: string }> };

function greeting(hour: number) {
  if (hour < 12) return "Good morning";
  if (hour < 18) return "Good afternoon";
  return "Good evening";
}

export default async function InStoreHomePage({ params }: Props) {
  const code = storeCodeSchema.safeParse((await params).store);
  const db = await getDb();
  const store = code.success ? await getStoreByCode(db, { code: code.data }) : null;
  if (!store) notFound();
  const directory = await listAisleDirectory(db, { storeId: store.id });
  const status = getOpeningStatus(store.openingHours, store.timezone);
  const clock = getStoreClock(store.timezone);

  return (
    <div className="space-y-6">
      <section aria-labelledby="welcome">
        <p className="text-sm font-semibold text-brand-700">{greeting(clock.hour)}</p>
        <h1 id="welcome" className="mt-0.5 text-[1.75rem] leading-tight font-extrabold text-ink">
          Welcome to {store.name}
        </h1>
        <p className="mt-2 flex items-center gap-2 text-ink-muted">
          <ClockIcon className="size-[1.125rem] text-brand-700" />
          <span>
            <span className={status.isOpen ? "font-semibold text-success-fg" : "font-semibold text-ink"}>{status.label}</span>
            <span> · Today {status.todayLabel}</span>
          </span>
        </p>
      </section>

      <section aria-labelledby="scan-hint" className="flex gap-4 rounded-xl bg-brand-800 p-4 text-white">
        <span aria-hidden="true" className="grid size-11 shrink-0 place-items-center rounded-full bg-white/15">
          <ScanIcon className="size-6" />
        </span>
        <div>
          <h2 id="scan-hint" className="font-bold">
            Scan a shelf label
          </h2>
          <p className="mt-0.5 text-sm text-brand-100">
            Point your camera at the QR code on any shelf label for the price, what&apos;s in stock and reviews.
          </p>
        </div>
      </section>

      <section aria-labelledby="aisles-heading">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="aisles-heading" className="text-xl font-extrabold text-ink">
            Aisle directory
          </h2>
          <p className="text-sm text-ink-muted">{directory.length} departments</p>
        </div>
        {directory.length === 0 ? (
          <EmptyState title="No aisles mapped yet" description="Ask a team member and they'll point you the right way." />
        ) : (
          <ul className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
            {directory.map((entry) => (
              <li key={entry.category.slug} className="flex items-center gap-4 px-4 py-3.5">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold text-ink">{entry.category.name}</p>
                  <p className="text-sm text-ink-muted tabular">
                    {entry.productCount} {entry.productCount === 1 ? "product" : "products"}
                  </p>
                </div>
                <p className="flex shrink-0 flex-wrap justify-end gap-1.5">
                  <span className="sr-only">{entry.aisles.length === 1 ? "Aisle" : "Aisles"}</span>
                  {entry.aisles.map((aisle) => (
                    <span
                      key={aisle}
                      className="inline-flex h-9 min-w-12 flex-col items-center justify-center rounded-md bg-brand-50 px-2 leading-none font-bold text-brand-800 ring-1 ring-brand-200 ring-inset"
                    >
                      <span aria-hidden="true" className="text-[0.625rem] font-semibold tracking-wide text-brand-700 uppercase">
                        Aisle
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
