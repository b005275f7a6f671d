import { NextResponse } from "next/server";
import { getHeaderPersonal } from "@/lib/account/header";
import { errorResponse } from "@/lib/http/errors";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * The per-person part of the storefront header (account menu, cart badge): the catalog pages
 * around it are cached for every shopper of a store, so the header asks for this once loaded.
 */
export async function GET() {
  try {
    const { user, cartCount } = await getHeaderPersonal();
    return NextResponse.json({ user, cartCount }, { headers: PRIVATE });
  } catch (error) {
    console.error("[api/me] failed:", error);
    return errorResponse({ code: "internal", message: "We couldn't load your account." }, { headers: PRIVATE });
  }
}
