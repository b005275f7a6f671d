import { redirect } from "next/navigation";
import { Suspense } from "react";
import { InStoreShellSkeleton } from "@/components/in-store/in-store-skeleton";
import { getDb } from "@/lib/db";
import { getCurrentStore } from "@/lib/stores/current-store";

/** The installed app's start URL: the in-store home of the shopper's store. */
export default function InStoreStartPage() {
  return (
    <Suspense fallback={<InStoreShellSkeleton />}>
      <GoToCurrentStore />
    </Suspense>
  );
}

/** Reads the shopper's store (a cookie) at request time, then sends them on. */
async function GoToCurrentStore(): Promise<never> {
  const store = await getCurrentStore(await getDb());
  redirect(store ? `/in-store/${store.code}` : "/stores");
}
