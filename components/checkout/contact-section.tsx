"use client";

import { useTranslations } from "next-intl";
import { Card, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";

export type CheckoutProfile = { name: string; email: string; phone: string | null };

/** Who the order is for: filled from the account, sent with the order. */
export function ContactSection({ profile, errors }: { profile: CheckoutProfile; errors: FieldErrors }) {
  const t = useTranslations("checkoutClient.contact");
  return (
    <Card as="section" aria-labelledby="contact-heading">
      <CardTitle id="contact-heading">{t("heading")}</CardTitle>
      <p className="mt-1 text-sm text-ink-muted">{t("intro")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <TextField
          fieldClassName="sm:col-span-2"
          label={t("name")}
          name="contactName"
          autoComplete="name"
          defaultValue={profile.name}
          errors={errors.contactName}
        />
        <TextField
          label={t("email")}
          name="contactEmail"
          type="email"
          autoComplete="email"
          inputMode="email"
          defaultValue={profile.email}
          errors={errors.contactEmail}
        />
        <TextField
          label={t("phone")}
          name="contactPhone"
          type="tel"
          autoComplete="tel"
          defaultValue={profile.phone ?? ""}
          errors={errors.contactPhone}
        />
      </div>
    </Card>
  );
}
