import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import {
  adminActor,
  publicActor,
  shopperActor,
  staffActor,
  type AdminActor,
  type PublicActor,
  type ShopperActor,
  type StaffActor,
} from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { fieldErrorsOf } from "@/lib/validation";
import type { ActionFailure, ActionResult, ServerAction } from "./result";

/**
 * The action clients: every server action is built with one of them, so each resolves its
 * caller once, parses its input once and answers one `ActionResult` shape.
 *
 *   export const markReadyAction = staffAction("pickups:work")
 *     .input(orderRefSchema)
 *     .action(async ({ actor, input, db }) => markReady(db, { actor, orderId: input.orderId }));
 *
 * - `publicAction`: anyone (actor.user may be null);
 * - `shopperAction`: signed in;
 * - `staffAction(permission)`: signed in, the input's `storeCode` names a store where the
 *   caller's role and store allow `permission` (the actor carries that store);
 * - `adminAction(permission)`: a retailer admin with `permission`.
 */

export type ActionContext<A, In> = {
  actor: A;
  input: In;
  db: Db;
  /** The submitted form, when the action was called with one. */
  formData: FormData | null;
  requestId: string;
};

type Resolve<A> = (db: Db, raw: Record<string, unknown>) => Promise<A>;

/** Fields whose values never travel back to the browser: passwords, card number/expiry/CVC, tokens. */
const SECRET_FIELD = /password|^card|cvc|cvv|secret|token/i;

/** The submitted text fields minus secrets and React's own `$ACTION…` keys. */
export function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string" && !SECRET_FIELD.test(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

/** A form as a plain object; a field sent several times (checkboxes) becomes an array. */
function formObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

export { fieldErrorsOf };

function failure(code: ActionFailure["code"], message: string, extra: Omit<ActionFailure, "ok" | "code" | "message"> = {}): ActionFailure {
  return { ok: false, code, message, ...extra };
}

class ActionBuilder<A, S extends z.ZodType | undefined> {
  constructor(
    private readonly name: string,
    private readonly resolve: Resolve<A>,
    private readonly schema: S,
  ) {}

  /** The zod schema of the input (a form's fields or a plain call's object). */
  input<Next extends z.ZodType>(schema: Next): ActionBuilder<A, Next> {
    return new ActionBuilder(this.name, this.resolve, schema);
  }

  action<T>(
    handler: (context: ActionContext<A, S extends z.ZodType ? z.infer<S> : undefined>) => Promise<T>,
  ): ServerAction<S extends z.ZodType ? z.input<S> : Record<string, unknown> | void, T> {
    const { resolve, schema, name } = this;
    async function run(...args: unknown[]): Promise<ActionResult<T>> {
      const t = translator("actions");
      const payload = args.length >= 2 ? args[1] : args[0];
      const formData = payload instanceof FormData ? payload : null;
      if (payload !== undefined && payload !== null && !formData && (typeof payload !== "object" || Array.isArray(payload))) {
        // A server action is a public endpoint: its input can be anything a client encodes.
        return failure("invalid_input", t("unreadableForm"));
      }
      const raw = formData ? formObject(formData) : ((payload as Record<string, unknown> | null | undefined) ?? {});
      // NUL can't be stored in PostgreSQL text (the query would fail): refuse it as bad input.
      const withNul = Object.entries(raw).filter(([, value]) => [value].flat().some((v) => typeof v === "string" && v.includes("\u0000")));
      if (withNul.length) {
        return failure("invalid_input", t("checkFields"), {
          fieldErrors: Object.fromEntries(withNul.map(([key]) => [key, [t("badCharacter")]])),
          values: echoValues(raw),
        });
      }
      const requestId = randomUUID().slice(0, 8);
      try {
        const db = await getDb();
        const actor = await resolve(db, raw);
        let input: unknown = undefined;
        if (schema) {
          const parsed = schema.safeParse(raw);
          if (!parsed.success) {
            return failure("invalid_input", t("checkFields"), { fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(raw) });
          }
          input = parsed.data;
        }
        const data = await handler({ actor, input: input as never, db, formData, requestId });
        return { ok: true, data };
      } catch (error) {
        unstable_rethrow(error); // redirect(), notFound() and forbidden() work by throwing
        if (isAppError(error)) return failure(error.code, error.message, { fieldErrors: error.fieldErrors, values: echoValues(raw) });
        console.error(`[action ${name}] request ${requestId} failed:`, error);
        return failure("server_error", t("unexpected", { requestId }), { requestId, values: echoValues(raw) });
      }
    }
    return run as ServerAction<S extends z.ZodType ? z.input<S> : Record<string, unknown> | void, T>;
  }
}

function client<A>(name: string, resolve: Resolve<A>) {
  return new ActionBuilder<A, undefined>(name, resolve, undefined);
}

/** Anyone, signed in or not. */
export function publicAction(name: string) {
  return client<PublicActor>(name, async () => publicActor(await getCurrentUser()));
}

/** A signed-in person acting for themselves. */
export function shopperAction(name: string, { signInMessage }: { signInMessage?: string } = {}) {
  return client<ShopperActor>(name, async () => shopperActor(await getCurrentUser(), signInMessage));
}

/** Store staff allowed `permission` in the store the input's `storeCode` names. */
export function staffAction(permission: Permission) {
  return client<StaffActor>(permission, async (db, raw) => staffActor(db, { user: await getCurrentUser(), storeCode: raw.storeCode, permission }));
}

/** A retailer admin allowed `permission`. */
export function adminAction(permission: Permission) {
  return client<AdminActor>(permission, async () => adminActor(await getCurrentUser(), permission));
}
