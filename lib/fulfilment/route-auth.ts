import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { authorizeStaff, type StaffStore } from "@/lib/auth/service";
import type { Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { httpStatusFor, isAppError } from "@/lib/errors";

/** For staff route handlers: the store if the caller may use `permission` there, else a JSON error Response. */
export async function staffRouteStore(storeCode: string, permission: Permission): Promise<StaffStore | Response> {
  try {
    return await authorizeStaff(await getDb(), { user: await getCurrentUser(), storeCode, permission });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor[error.code] });
    throw error;
  }
}
