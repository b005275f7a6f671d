import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getCurrentStore } from "@/lib/stores/current-store";

export const dynamic = "force-dynamic";

/** The installed app's start URL: the in-store home of the shopper's store. */
export default async function InStoreStartPage() {
  const store = await getCurrentStore(await getDb());
  redirect(store ? `/in-store/${store.code}` : "/stores");
}
