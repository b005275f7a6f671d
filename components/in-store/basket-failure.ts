import type { ActionFailure } from "@/lib/actions/result";

/** What a refused basket change says: the first field's message ("You can have up to 99 of one item.") or the failure's. */
export function basketFailureText(failure: ActionFailure): string {
  return Object.values(failure.fieldErrors ?? {})[0]?.[0] ?? failure.message;
}
