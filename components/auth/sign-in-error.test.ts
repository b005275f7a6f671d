import { describe, expect, it } from "vitest";
import { BUSY_SIGN_IN } from "@/lib/auth/busy-sign-in";
import { RATE_LIMITED_SIGN_IN } from "@/lib/auth/options";
import messages from "@/messages/en/authClient.json";
import { signInErrorMessage } from "./sign-in-error";

const text = (key: string) => (messages.signIn as Record<string, unknown>)[key];

describe("the sign-in form says why it refused", () => {
  it("a full password pool is 'busy, try again in a moment', never 'wrong password'", () => {
    const key = signInErrorMessage(BUSY_SIGN_IN);
    expect(key).toBe("busy");
    expect(text(key)).toMatch(/busy/i);
    expect(text(key)).toMatch(/in a moment/i);
    expect(text(key)).not.toMatch(/wrong/i);
  });

  it("the attempt limit and a wrong password keep their own messages", () => {
    expect(signInErrorMessage(RATE_LIMITED_SIGN_IN)).toBe("tooManyAttempts");
    expect(signInErrorMessage("CredentialsSignin")).toBe("wrongCredentials");
    expect(signInErrorMessage(undefined)).toBe("wrongCredentials");
    for (const key of ["tooManyAttempts", "wrongCredentials"]) expect(text(key)).toEqual(expect.any(String));
  });
});
