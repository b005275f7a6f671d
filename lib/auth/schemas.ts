import { z } from "zod";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, t("auth.emailTooLong"))
  .pipe(z.email(t("auth.emailInvalid")));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, t("auth.passwordRequired")).max(200, t("auth.passwordTooLong")),
});

export const signUpSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, t("auth.nameRequired"))
    .max(80, t("auth.nameTooLong", { max: 80 })),
  email: emailSchema,
  password: z
    .string()
    .min(8, t("auth.passwordTooShort", { min: 8 }))
    .max(200, t("auth.newPasswordTooLong", { max: 200 })),
});

export type SignUpInput = z.infer<typeof signUpSchema>;
