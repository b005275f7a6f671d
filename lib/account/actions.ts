"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction, shopperAction } from "@/lib/actions/client";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { bumpSessionVersion } from "@/lib/auth/session-version";
import { signUpSchema } from "@/lib/auth/schemas";
import { clientAddressOf } from "@/lib/security/client-address";
import { signUpShopper } from "./sign-up";

/**
 * Creates a shopper account; the form then signs in with the same credentials. A taken e-mail is
 * answered exactly as a new one (its owner is told by e-mail), so sign-up doesn't reveal accounts.
 * Limited per client and globally; a full password pool answers "unavailable" (try again shortly).
 */
export const signUpAction = publicAction("auth.signUp")
  .input(signUpSchema)
  .action(async ({ input, db }): Promise<void> => {
    await signUpShopper(db, input, { clientAddress: clientAddressOf(await headers()) });
  });

const signOutSchema = z.object({ callbackUrl: z.string().optional() });

/**
 * Signs out: with JWT sessions the session *is* the cookie, so forgetting it (and its chunks,
 * for large tokens) is what next-auth's own sign-out does. Lands on a same-site path only.
 */
export const signOutAction = publicAction("auth.signOut")
  .input(signOutSchema)
  .action(async ({ input }): Promise<never> => {
    await forgetSessionCookie();
    redirect(safeCallbackUrl(input.callbackUrl) ?? "/");
  });

/** The form says which sign-out it is, so a stray post (or the authorization matrix) cannot end every session. */
const signOutEverywhereSchema = z.object({ confirm: z.literal("everywhere") });

/**
 * Signs the caller out on every device, staff too: bumping the session version ends every token
 * issued so far (each request and each open stream checks it, lib/auth/session-version.ts).
 */
export const signOutEverywhereAction = shopperAction("auth.signOutEverywhere")
  .input(signOutEverywhereSchema)
  .action(async ({ actor, db }): Promise<never> => {
    await bumpSessionVersion(db, { userId: actor.user.id });
    await forgetSessionCookie();
    redirect("/sign-in");
  });

async function forgetSessionCookie() {
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (!/next-auth\.session-token(\.\d+)?$/.test(name)) continue;
    // A __Secure- cookie can only be replaced by a Secure one.
    jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
