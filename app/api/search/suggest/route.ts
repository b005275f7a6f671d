import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { MAX_QUERY_LENGTH, suggestSearch } from "@/lib/catalog/search";
import { getDb } from "@/lib/db";
import { errorResponse } from "@/lib/http/errors";

const querySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`).default(""),
});

/**
 * GET /api/search/suggest?q=head → { suggestions: [...] }: up to six categories and products
 * for the search box. Public catalog data only; an empty query gets an empty list.
 */
export async function GET(request: NextRequest) {
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? undefined });
  if (!parsed.success) {
    return errorResponse({ code: "invalid_input", message: parsed.error.issues[0].message });
  }
  if (!parsed.data.q) return NextResponse.json({ suggestions: [] });
  try {
    const suggestions = await suggestSearch(await getDb(), { query: parsed.data.q });
    // Short, shared caching: the catalog changes rarely and typing repeats prefixes.
    return NextResponse.json({ suggestions }, { headers: { "Cache-Control": "public, max-age=30, stale-while-revalidate=300" } });
  } catch (error) {
    console.error("[search] suggestions failed:", error);
    return errorResponse({ code: "unavailable", message: "Suggestions are unavailable right now." });
  }
}
