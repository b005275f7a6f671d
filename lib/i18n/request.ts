import { getRequestConfig } from "next-intl/server";
import { defaultLocale } from "./config";
import { messagesFor } from "./messages";

// next-intl's request configuration (aliased as `next-intl/config` in next.config.ts). One
// language for now; the languages issue picks the locale from the store and the shopper.
// Dates and times are always formatted with the store's time zone passed explicitly.
export default getRequestConfig(async () => ({
  locale: defaultLocale,
  messages: messagesFor(defaultLocale),
  timeZone: "UTC",
}));
