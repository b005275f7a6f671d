import type { Db } from "@/lib/db";
import { registerShopper } from "@/lib/auth/service";
import type { SignUpInput } from "@/lib/auth/schemas";
import { translator } from "@/lib/i18n/translator";
import { enqueueNotification } from "@/lib/notifications/outbox";

/**
 * Sign-up answers the same whether or not the e-mail already has an account (as Shopify does):
 * a new e-mail gets its account; a taken one gets nothing written but an e-mail to its owner —
 * "someone tried to sign up with your address; sign in or reset your password". The work is the
 * same (argon2 runs either way), so neither the answer nor its timing tells them apart.
 */
export async function signUpShopper(db: Db, input: SignUpInput, { clientAddress }: { clientAddress: string | null }): Promise<void> {
  const registration = await registerShopper(db, input, { clientAddress });
  if (!registration.taken) return;
  const owner = registration.taken;
  const t = translator("emails");
  await enqueueNotification(db, {
    kind: "sign_up_attempt",
    userId: owner.id,
    orderId: null,
    email: owner.email,
    inApp: false,
    subject: t("signUpAttempt.subject"),
    body: t("signUpAttempt.body", { name: owner.name.trim().split(/\s+/)[0] ?? owner.name, email: owner.email }),
  });
}
