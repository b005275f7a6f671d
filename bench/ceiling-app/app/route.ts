import { readFile } from "node:fs/promises";

// The framework's ceiling: a bare route answering the same bytes as Aisle's home page, from
// memory (read once), with no database, session, layout or proxy. Used only by `npm run bench`.
let body: Promise<Buffer> | undefined;

export const dynamic = "force-dynamic";

export async function GET() {
  body ??= readFile(/*turbopackIgnore: true*/ process.env.CEILING_BODY_FILE ?? "");
  return new Response(new Uint8Array(await body), { headers: { "content-type": "text/html; charset=utf-8" } });
}
