import { createTranslator } from "next-intl";
import { defaultLocale, type Locale } from "./config";
import { messagesFor, type Messages } from "./messages";

/**
 * Catalog text for code outside React (action results, e-mails, route handlers, services):
 * the same messages and ICU rules as `useTranslations`, without a request context.
 */
export function translator<N extends keyof Messages>(namespace: N, locale: Locale = defaultLocale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}
