import en from "@/messages/en";
import { clientNamespaces, defaultLocale, type Locale } from "./config";

export type Messages = typeof en;

const catalogs: Record<Locale, Messages> = { en };

export function messagesFor(locale: Locale = defaultLocale): Messages {
  return catalogs[locale] ?? catalogs[defaultLocale];
}

/** The part of the catalog client components need (see clientNamespaces). */
export function clientMessages(locale: Locale = defaultLocale): Partial<Messages> {
  const all = messagesFor(locale);
  return Object.fromEntries(clientNamespaces.map((namespace) => [namespace, all[namespace]]));
}
