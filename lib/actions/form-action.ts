import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { AppError, type FieldErrors, isAppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";

export type FormState = {
  ok?: boolean;
  error?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, so a refused form keeps its values (never passwords or card details). */
  values?: Record<string, string>;
};

/** The answer to a call whose form isn't a form at all (a hand-made request, never the app's own). */
export const UNREADABLE_FORM = "We couldn't read this form. Reload the page and try again.";

/** Fields whose values never travel back to the browser: passwords, card number/expiry/CVC, tokens. */
const SECRET_FIELD = /password|^card|cvc|cvv|secret|token/i;

/** The submitted text fields minus secrets and React's own `$ACTION…` keys. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/**
 * Wraps a form's server action for `useActionState`: parses the form with `schema`,
 * returns field errors for bad input (nothing written), maps typed errors to their
 * message, and never lets a stack trace reach the user.
 */
export function formAction<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, formData: FormData) => Promise<FormState | void>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    // A server action is a public endpoint: its "form" can be anything a client encodes.
    if (!(formData instanceof FormData)) return { error: UNREADABLE_FORM };
    // NUL can't be stored in PostgreSQL text (the query would fail): refuse it as bad input.
    const withNul = [...formData].filter(([, value]) => typeof value === "string" && value.includes("\u0000")).map(([key]) => key);
    if (withNul.length) {
      const fieldErrors: FieldErrors = Object.fromEntries(withNul.map((key) => [key, ["This contains a character we can't accept."]]));
      return { error: "Please check the highlighted fields.", fieldErrors, values: echoValues(formData) };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return { error: "Please check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(formData) };
    }
    try {
      return (await handler(parsed.data, formData)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() work by throwing
      if (isAppError(error)) {
        return { error: error.message, fieldErrors: error.fieldErrors, values: echoValues(formData) };
      }
      console.error("[action] unexpected error:", error);
      return { error: "Something went wrong on our side. Please try again.", values: echoValues(formData) };
    }
  };
}

export { AppError };
