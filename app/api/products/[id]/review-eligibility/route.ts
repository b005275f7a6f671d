import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { errorResponse } from "@/lib/http/errors";
import { getReviewEligibility } from "@/lib/reviews/queries";
import { uuidSchema } from "@/lib/validation";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** Whether the caller may review this product (the product page is cached for everyone; this is theirs). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = uuidSchema().safeParse((await params).id);
  if (!id.success) return errorResponse({ code: "not_found", message: "No such product." }, { headers: PRIVATE });
  const user = await getCurrentUser();
  const eligibility = await getReviewEligibility(await getDb(), { userId: user?.id ?? null, productId: id.data });
  return NextResponse.json({ eligibility }, { headers: PRIVATE });
}
