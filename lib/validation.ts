import { createTranslator } from "next-intl";
import { z } from "zod";
import { defaultLocale } from "@/lib/i18n/config";
import failures from "@/messages/en/failures.json";

// Client-safe (zod and the failures catalog only): the one spelling of each input rule shared
// across domains. Not lib/i18n/translator: lib/in-store/scan-code.ts (client) imports this module,
// and the whole catalog must not travel with it.
const t = createTranslator({ locale: defaultLocale, messages: { failures }, namespace: "failures" });

/** A store's code: the same rule as the `stores_code_format` CHECK in db/schema/stores.ts. */
export const STORE_CODE = /^[a-z0-9-]{2,16}$/;

/** STORE_CODE without anchors, for patterns that embed a store code (QR and kiosk links). */
export const STORE_CODE_PART = STORE_CODE.source.slice(1, -1);

export function isStoreCode(value: unknown): value is string {
  return typeof value === "string" && STORE_CODE.test(value);
}

/** A store code from a form or a URL: trimmed and lower-cased before the check. */
export const storeCodeSchema = z.string().trim().toLowerCase().regex(STORE_CODE, t("validation.chooseStore"));

/** A row id (uuid); with a message for the field it fills. */
export function uuidSchema(message?: string) {
  return z.uuid(message);
}

const anyUuid = uuidSchema();

/** True for a well-formed uuid: check ids from URLs before they reach a uuid column. */
export function isUuid(value: unknown): value is string {
  return anyUuid.safeParse(value).success;
}

/** A zod failure as field errors: each issue's message under its top-level field ("form" for the whole input). */
export function fieldErrorsOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}
