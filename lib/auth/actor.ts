import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { can, type Permission } from "./permissions";
import { authorizeAdmin, authorizeStaff, type SessionUser, type StaffStore } from "./service";

const t = translator("failures");

/**
 * A caller that has been checked. Services take one of these instead of a raw user, so a
 * service cannot run for someone nobody checked: the brand is only given out by the functions
 * below, which the action clients (lib/actions), the page guards (lib/auth/session) and the
 * route-handler guards call. Tests build actors through the same functions.
 */
declare const checked: unique symbol;
type Checked<T> = T & { readonly [checked]: true };

/** Anyone, signed in or not (a guest cart, choosing a store). */
export type PublicActor = Checked<{ kind: "public"; user: SessionUser | null }>;
/** A signed-in person acting for themselves (their orders, reviews, account). */
export type ShopperActor = Checked<{ kind: "shopper"; user: SessionUser }>;
/** Store staff (or an admin) allowed `permission` in `store`. */
export type StaffActor = Checked<{ kind: "staff"; user: SessionUser; store: StaffStore; permission: Permission }>;
/** A retailer admin allowed `permission`. */
export type AdminActor = Checked<{ kind: "admin"; user: SessionUser; permission: Permission }>;

const brand = <T>(actor: T) => actor as Checked<T>;

export function publicActor(user: SessionUser | null): PublicActor {
  return brand({ kind: "public" as const, user });
}

export function shopperActor(user: SessionUser | null, message = t("auth.signIn")): ShopperActor {
  if (!user) throw new AppError("unauthorized", message);
  return brand({ kind: "shopper" as const, user });
}

export async function staffActor(
  db: Db,
  { user, storeCode, permission }: { user: SessionUser | null; storeCode: unknown; permission: Permission },
): Promise<StaffActor> {
  const store = await authorizeStaff(db, { user, storeCode: typeof storeCode === "string" ? storeCode : "", permission });
  return brand({ kind: "staff" as const, user: user as SessionUser, store, permission });
}

export function adminActor(user: SessionUser | null, permission: Permission): AdminActor {
  return brand({ kind: "admin" as const, user: authorizeAdmin(user, permission), permission });
}

/**
 * A service's own check that the actor it was handed may do this act here: the client checked
 * `actor.permission`; an act that needs a different one (cancelling needs more than picking) says so,
 * with a refusal that names who may (`message`).
 */
export function assertStaffCan(actor: StaffActor, permission: Permission, message = t("auth.noStoreAccess")): void {
  if (!can(actor.user, permission, { storeId: actor.store.id })) {
    throw new AppError("forbidden", message);
  }
}
