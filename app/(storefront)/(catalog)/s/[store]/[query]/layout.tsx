import { StorefrontFrame } from "@/components/storefront/storefront-frame";
import { catalogStore, placeholderParams, type CatalogSegments } from "./catalog-params";

export function generateStaticParams() {
  return placeholderParams("store", "query");
}

/** The catalog's frame, cached with its pages: the same for every shopper of the store. */
export default async function CatalogLayout({ children, params }: { children: React.ReactNode; params: Promise<CatalogSegments> }) {
  const store = await catalogStore(await params);
  return <StorefrontFrame store={store}>{children}</StorefrontFrame>;
}
