import { connection } from "next/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InStoreShell } from "@/components/in-store/in-store-shell";
import { JoinKioskForm } from "@/components/in-store/join-kiosk-form";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { KIOSK_CODE } from "@/lib/in-store/kiosk/channels";
import { verifyKioskToken } from "@/lib/in-store/kiosk/token";
import { getStoreByCode } from "@/lib/stores/queries";
import { storeCodeSchema } from "@/lib/stores/schemas";
import { Suspense } from "react";
import { InStoreShellSkeleton } from "@/components/in-store/in-store-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kiosk.metadata");
  return { title: t("join"), robots: { index: false } };
}

type Props = { params: Promise<{ store: string; kiosk: string }>; searchParams: Promise<{ t?: string }> };

/** Where the kiosk's QR leads on the shopper's phone: confirm, then pay on the phone. */
export default function JoinKioskPage(props: Props) {
  return (
    <Suspense fallback={<InStoreShellSkeleton />}>
      <JoinKioskPageContent {...props} />
    </Suspense>
  );
}

async function JoinKioskPageContent({ params, searchParams }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store: storeCode, kiosk } = await params;
  const token = (await searchParams).t ?? "";
  const code = storeCodeSchema.safeParse(storeCode);
  const store = code.success && KIOSK_CODE.test(kiosk) ? await getStoreByCode(await getDb(), { code: code.data }) : null;
  if (!store) notFound();
  await requireUser(`/kiosk/${store.code}/${kiosk}/join?t=${encodeURIComponent(token)}`);
  const valid = verifyKioskToken(store.code, kiosk, token);
  const t = await getTranslations("kiosk.join");
  return (
    <InStoreShell store={store}>
      <div className="space-y-4">
        <h1 className="text-[1.625rem] leading-tight font-extrabold text-ink">{t("title", { kiosk })}</h1>
        {valid ? (
          <>
            <p className="text-ink-muted">{t("intro")}</p>
            <JoinKioskForm storeCode={store.code} kioskCode={kiosk} token={token} />
          </>
        ) : (
          <>
            <p className="rounded-lg bg-warning-bg px-3 py-2.5 font-semibold text-warning-fg">{t("expired")}</p>
            <ButtonLink href={`/in-store/${store.code}`} size="lg" fullWidth>
              {t("scanAgain")}
            </ButtonLink>
          </>
        )}
      </div>
    </InStoreShell>
  );
}
