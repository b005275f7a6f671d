import type { ErrorCode, FieldErrors } from "@/lib/errors";

/**
 * What every server action answers, to `useActionState` and to plain calls alike.
 * A failure carries a stable code, a message for people, the fields at fault and what the
 * user typed (never secrets), so a refused form keeps its values.
 */
export type ActionFailure = {
  ok: false;
  code: ErrorCode | "server_error";
  message: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  /** Set on unexpected errors: the id the server log carries, to quote to support. */
  requestId?: string;
};
export type ActionSuccess<T> = { ok: true; data: T };
export type ActionResult<T = void> = ActionSuccess<T> | ActionFailure;

/** `useActionState`'s state before the first submit is `null`. */
export type ActionState<T = void> = ActionResult<T> | null;

/**
 * The one callable shape of an action: `action(input)` for plain calls (and `<form action>`),
 * `action(previous, input)` for `useActionState`.
 */
export type ServerAction<In, T> = {
  (input: In | FormData): Promise<ActionResult<T>>;
  (previous: ActionState<T>, input: In | FormData): Promise<ActionResult<T>>;
};

export function failureOf<T>(state: ActionState<T> | undefined): ActionFailure | null {
  return state && !state.ok ? state : null;
}

/** The first message for `field` in a failed state, for the text under that field. */
export function fieldError<T>(state: ActionState<T> | undefined, field: string): string | undefined {
  return failureOf(state)?.fieldErrors?.[field]?.[0];
}

/** What the user typed in `field` before a refused submit (for `defaultValue`). */
export function echoedValue<T>(state: ActionState<T> | undefined, field: string): string | undefined {
  return failureOf(state)?.values?.[field];
}
