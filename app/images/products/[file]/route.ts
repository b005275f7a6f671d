import { createHash } from "node:crypto";
import { getProductArtSubject } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db";
import { renderProductArt } from "@/lib/demo/product-art";

type RouteContext = { params: Promise<{ file: string }> };

const SLUG_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.svg$/;

/**
 * /images/products/<slug>.svg — the product's illustration, drawn on the server. Public and
 * cacheable for a day; the ETag lets browsers revalidate cheaply after that.
 */
export async function GET(request: Request, context: RouteContext) {
  const { file } = await context.params;
  const slug = SLUG_FILE.exec(file)?.[1];
  if (!slug) return notFound();

  const db = await getDb();
  const product = await getProductArtSubject(db, { slug });
  if (!product) return notFound();

  const svg = renderProductArt({ slug, ...product });
  const etag = `"${createHash("sha1").update(svg).digest("base64url")}"`;
  const headers = {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Cache-Control": "public, max-age=86400",
    ETag: etag,
    // An SVG opened directly must not run anything.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(svg, { headers });
}

function notFound() {
  return new Response("No image for this product.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
