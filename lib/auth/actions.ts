"use server";

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
