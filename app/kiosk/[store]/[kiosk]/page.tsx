import { connection } from "next/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KioskScreen } from "@/components/in-store/kiosk-screen";
import { requireStaff } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { payAtKioskAction } from "@/lib/in-store/kiosk/actions";
import { KIOSK_CODE } from "@/lib/in-store/kiosk/channels";
import { kioskHandoverQr } from "@/lib/in-store/kiosk/qr";
import { getKioskScreenState } from "@/lib/in-store/kiosk/screen";
import { TEST_CARD_HINTS } from "@/lib/payments/test-provider";
import { isDemoMode } from "@/lib/startup";
import { Suspense } from "react";
import { KioskScreenSkeleton } from "@/components/in-store/in-store-skeleton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("kiosk.metadata");
  return { title: t("screen"), robots: { index: false } };
}

type Props = { params: Promise<{ store: string; kiosk: string }> };

/** The self-checkout kiosk screen (a store device signed in by staff). */
export default function KioskPage(props: Props) {
  return (
    <Suspense fallback={<KioskScreenSkeleton />}>
      <KioskPageContent {...props} />
    </Suspense>
  );
}

async function KioskPageContent({ params }: Props) {
  await connection(); // per request: the session and the clock are read below
  const { store: storeCode, kiosk } = await params;
  if (!KIOSK_CODE.test(kiosk)) notFound();
  const { store } = await requireStaff(storeCode, "kiosk:operate");
  const [qr, state] = await Promise.all([kioskHandoverQr(store.code, kiosk), getKioskScreenState(await getDb(), { store, kioskCode: kiosk })]);
  return (
    <main id="main">
      <KioskScreen
        storeCode={store.code}
        storeName={store.name}
        kioskCode={kiosk}
        initialQr={qr}
        initialState={state}
        payAction={payAtKioskAction}
        testCards={isDemoMode() ? TEST_CARD_HINTS : null}
      />
    </main>
  );
}
