"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { getDb } from "@/lib/db";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { signUpSchema } from "./schemas";
import { registerShopper } from "./service";

export type { FormState } from "@/lib/actions/form-action";

const signUp = formAction(signUpSchema, async (input) => {
  await registerShopper(await getDb(), input);
  return { ok: true };
});

/** Creates a shopper account; the form then signs in with the same credentials. */
export async function signUpAction(previous: FormState, formData: FormData): Promise<FormState> {
  return signUp(previous, formData);
}

/**
 * Signs out: with JWT sessions the session *is* the cookie, so forgetting it (and its chunks,
 * for large tokens) is what next-auth's own sign-out does. Lands on a same-site path only.
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!/next-auth\.session-token(\.\d+)?$/.test(name)) continue;
    // A __Secure- cookie can only be replaced by a Secure one.
    jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  // A hand-made call may send anything as the "form".
  const callbackUrl = formData instanceof FormData ? formData.get("callbackUrl")?.toString() : undefined;
  redirect(safeCallbackUrl(callbackUrl) ?? "/");
}
