import type { Locale } from "./config";
import type { Messages } from "./messages";

// Message keys are checked at compile time: a key missing from the English catalog fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
