import "server-only";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { authorizeStaff, type StaffStore } from "@/lib/auth/service";
import type { Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appErrorResponse, errorResponse } from "@/lib/http/errors";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

/** For staff route handlers: the store if the caller may use `permission` there, else a JSON error Response. */
export async function staffRouteStore(storeCode: string, permission: Permission): Promise<StaffStore | Response> {
  try {
    return await authorizeStaff(await getDb(), { user: await getCurrentUser(), storeCode, permission });
  } catch (error) {
    return appErrorResponse(error);
  }
}

/** For shopper route handlers: the signed-in user, else a 401 JSON error Response. */
export async function shopperRouteUser(): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  return user ?? errorResponse(new AppError("unauthorized", t("auth.signIn")));
}
