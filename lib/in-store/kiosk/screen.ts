import "server-only";
import { eq } from "drizzle-orm";
import { carts } from "@/db/schema";
import { getCartView } from "@/lib/cart/queries";
import type { PriceSummary } from "@/lib/cart/types";
import type { Db } from "@/lib/db";
import { getKioskHandover } from "./service";

export type KioskScreenState =
  | { status: "idle" }
  | {
      status: "basket";
      shopperName: string;
      /** The short code the shopper's phone shows too. */
      matchCode: string;
      lines: { skuId: string; name: string; variant: string | null; quantity: number; lineTotalCents: number; imageUrl: string }[];
      summary: PriceSummary;
    }
  | { status: "paid"; shopperName: string; orderNumber: string; totalCents: number; currency: string };

/** Everything the kiosk screen shows, as plain data: the handed-over basket priced for the kiosk channel. */
export async function getKioskScreenState(
  db: Db,
  { store, kioskCode }: { store: { id: string; name: string }; kioskCode: string },
): Promise<KioskScreenState> {
  const handover = await getKioskHandover(db, { storeId: store.id, kioskCode });
  if (handover.status !== "basket") return handover;
  const [cart] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, handover.userId));
  const view = await getCartView(db, { cartId: cart?.id ?? null, store, userId: handover.userId, fulfilment: null, channel: "kiosk" });
  return {
    status: "basket",
    shopperName: handover.shopperName,
    matchCode: handover.matchCode,
    lines: view.lines.map((line) => ({
      skuId: line.skuId,
      name: line.productName,
      variant: line.variant,
      quantity: line.quantity,
      lineTotalCents: line.lineTotalCents,
      imageUrl: line.imageUrl,
    })),
    summary: view.summary,
  };
}
