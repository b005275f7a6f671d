/** The languages Aisle speaks. English is the source catalog; others are added as files. */
export const locales = ["en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/**
 * Namespaces that client components read with `useTranslations`: only these travel to the
 * browser (the rest stay on the server, out of every page's RSC payload).
 */
export const clientNamespaces = [
  "common",
  "actions",
  "ui",
  "errorsClient",
  "cartClient",
  "storefrontClient",
  "checkoutClient",
  "payment",
  "scanner",
  "ordersClient",
  "reviewsForm",
  "inStoreClient",
  "exitPassClient",
  "labelsClient",
  "kioskClient",
  "catalogClient",
  "searchClient",
  "orderStatus",
  "pickupsClient",
  "handoverClient",
  "authClient",
  "storesClient",
] as const;
