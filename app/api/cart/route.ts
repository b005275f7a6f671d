import { NextResponse } from "next/server";
import { getCurrentCart } from "@/lib/cart/current-cart";
import { getCartCount } from "@/lib/cart/queries";
import { getDb } from "@/lib/db";
import { errorResponse } from "@/lib/http/errors";

/** The header badge's data: units in the caller's own cart (account or guest cookie) and their subtotal. */
export async function GET() {
  try {
    const { cart, store, user } = await getCurrentCart();
    const body = await getCartCount(await getDb(), { cartId: cart?.id ?? null, storeId: store?.id ?? null, userId: user?.id ?? null });
    return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[api/cart] failed:", error);
    return errorResponse({ code: "internal", message: "We couldn't load your cart." }, { headers: { "Cache-Control": "no-store" } });
  }
}
