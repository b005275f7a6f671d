/** Stable error codes, mapped to a clear message at the edge; never a stack trace to users. */
export type ErrorCode =
  "invalid_input" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "out_of_stock" | "payment_declined" | "rate_limited" | "unavailable";

export type FieldErrors = Partial<Record<string, string[]>>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

export const httpStatusFor: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  out_of_stock: 409,
  payment_declined: 402,
  rate_limited: 429,
  unavailable: 503,
};
