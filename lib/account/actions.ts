"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/client";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { signUpSchema } from "@/lib/auth/schemas";
import { registerShopper } from "@/lib/auth/service";

/** Creates a shopper account; the form then signs in with the same credentials. */
export const signUpAction = publicAction("auth.signUp")
  .input(signUpSchema)
  .action(async ({ input, db }): Promise<void> => {
    await registerShopper(db, input);
  });

const signOutSchema = z.object({ callbackUrl: z.string().optional() });

/**
 * Signs out: with JWT sessions the session *is* the cookie, so forgetting it (and its chunks,
 * for large tokens) is what next-auth's own sign-out does. Lands on a same-site path only.
 */
export const signOutAction = publicAction("auth.signOut")
  .input(signOutSchema)
  .action(async ({ input }): Promise<never> => {
    const jar = await cookies();
    for (const { name } of jar.getAll()) {
      if (!/next-auth\.session-token(\.\d+)?$/.test(name)) continue;
      // A __Secure- cookie can only be replaced by a Secure one.
      jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
    redirect(safeCallbackUrl(input.callbackUrl) ?? "/");
  });
