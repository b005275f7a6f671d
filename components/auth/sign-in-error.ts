/**
 * The sign-in form's message (authClient.signIn) for the `error` next-auth answers: the
 * attempt limit, a full password pool ("busy, try again in a moment": nothing was checked), or
 * a wrong e-mail or password. Client-safe: the names match lib/auth (RATE_LIMITED_SIGN_IN, BUSY_SIGN_IN).
 */
export type SignInErrorMessage = "tooManyAttempts" | "busy" | "wrongCredentials";

export function signInErrorMessage(error: string | null | undefined): SignInErrorMessage {
  if (error === "TooManyAttempts") return "tooManyAttempts";
  if (error === "Busy") return "busy";
  return "wrongCredentials";
}
