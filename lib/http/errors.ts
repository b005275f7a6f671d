import { httpStatusFor, isAppError, type AppError, type ErrorCode } from "@/lib/errors";

/** Codes only a route handler answers with: the service itself failed, not the request. */
export type HttpErrorCode = ErrorCode | "unavailable" | "internal";

/** The one JSON error body every route handler answers with. */
export type ErrorBody = { error: { code: HttpErrorCode; message: string } };

const statusFor: Record<HttpErrorCode, number> = { ...httpStatusFor, unavailable: 503, internal: 500 };

/** `{ error: { code, message } }` with the status the code maps to (lib/errors.ts httpStatusFor). */
export function errorResponse(error: AppError | { code: HttpErrorCode; message: string }, init: { headers?: HeadersInit } = {}): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  return Response.json(body, { status: statusFor[error.code], headers: init.headers });
}

/** For a route handler's catch: an AppError becomes its response; anything else is rethrown. */
export function appErrorResponse(error: unknown): Response {
  if (isAppError(error)) return errorResponse(error);
  throw error;
}
