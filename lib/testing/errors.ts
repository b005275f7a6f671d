import { isAppError, type AppError, type ErrorCode } from "@/lib/errors";

/** What `promise` rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("Expected the promise to reject.");
}

/** The AppError `promise` rejected with; fails the test if it resolved or failed otherwise. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await rejection(promise);
  if (!isAppError(error, code)) throw new Error(`Expected ${code}, got ${String((error as Error)?.message ?? error)}`);
  return error;
}

/** The code of the AppError `promise` was refused with, or "allowed" when it resolved. */
export async function refusalCode(promise: Promise<unknown>): Promise<ErrorCode | "allowed"> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return "allowed";
}
