import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAppSecret } from "@/lib/auth/secret";
import { decideRouteAccess, isGuardedPath, type RouteClaims } from "@/lib/auth/route-access";
import { catalogPathFor, isCatalogPath, isInternalStorePath } from "@/lib/cache/store-routes";
import { fetchActionProblem, formActionProblem } from "@/lib/security/action-body";
import { bodyOverLimit } from "@/lib/security/body-size";
import { configuredOrigin } from "@/lib/security/deployment";
import { securityHeaders } from "@/lib/security/headers";
import { sameOriginRedirect } from "@/lib/security/redirect";
import { STORE_COOKIE, storeCodeFromCookie } from "@/lib/stores/cookie";

/**
 * Before anything renders: refuses what can't be a real request, adds the HTTPS headers, gives
 * staff and admin URLs their first answer (sign in, or 403) while a status can still be set, and
 * rewrites catalog URLs to their store's cached pages. Authorization is never only decided here:
 * every page, action and route checks the caller on the server.
 */
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Next.js's own limit for a server action's body. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/** The first value of a header that proxies may repeat or append to. */
const firstValue = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * Writes sent by a browser from another site (or from an opaque `Origin: null` context) are
 * refused with a clear 403 before anything runs: a CSRF guard for every route, and the
 * answer server actions get instead of Next's generic 500. Callers without an Origin header
 * (servers, curl) are left to each route's own authentication. Same site means APP_URL's
 * origin, or the host this request was sent to: the Host header or, behind a trusted proxy,
 * its X-Forwarded-Host (scripts/serve.mjs drops that header from anyone else).
 */
function crossSiteWrite(request: NextRequest): boolean {
  if (!WRITE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return true; // "null" or garbage
  }
  if (from.origin === configuredOrigin()) return false;
  return from.host !== (firstValue(request.headers.get("x-forwarded-host")) ?? request.headers.get("host"));
}

/**
 * A server action call: the `Next-Action` header, or a form posted without JavaScript to a page
 * (its action id travels in the form). Both are read by Next's action handler.
 */
function actionCall(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const type = request.headers.get("content-type") ?? "";
  return !request.nextUrl.pathname.startsWith("/api/") && /^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(type);
}

/** `%E0%A4%A`-style broken percent-encoding makes route params undecodable. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

type ActionManifest = { actions: Set<string>; cachedReads: Set<string> };
let actionManifest: ActionManifest | null | undefined;
/**
 * The build's server references (null in dev or when unreadable: then only their shape is
 * checked): the server actions, and the "use cache" functions Next lists beside them.
 */
function buildActionManifest(): ActionManifest | null {
  if (actionManifest !== undefined) return actionManifest;
  try {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
      node?: Record<string, { exportedName?: string }>;
    };
    const entries = Object.entries(manifest.node ?? {});
    const isCachedRead = (name: string | undefined) => name?.startsWith("$$RSC_SERVER_CACHE_") === true;
    actionManifest = {
      actions: new Set(entries.filter(([, entry]) => !isCachedRead(entry.exportedName)).map(([id]) => id)),
      cachedReads: new Set(entries.filter(([, entry]) => isCachedRead(entry.exportedName)).map(([id]) => id)),
    };
  } catch {
    actionManifest = null;
  }
  return actionManifest;
}

/**
 * Next registers every "use cache" function as a server reference, and its action handler would
 * run one for anyone who posts its id, with whatever arguments they send: cached reads are never
 * actions, so such a call is refused before it runs.
 */
function cachedReadCall(request: NextRequest): boolean {
  const id = request.method === "POST" ? request.headers.get("next-action") : null;
  return id !== null && buildActionManifest()?.cachedReads.has(id) === true;
}

/**
 * Next.js answers a server action body it cannot decode (and a no-JavaScript form post naming
 * an unknown action) with a bare 500 before any app code runs: check the shape here instead.
 */
async function undecodableAction(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return (await fetchActionProblem(request.clone())) !== null;
  const type = request.headers.get("content-type") ?? "";
  if (request.nextUrl.pathname.startsWith("/api/") || !/^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(type)) return false;
  try {
    return formActionProblem(await request.clone().formData(), buildActionManifest()?.actions ?? null) !== null;
  } catch {
    return type.startsWith("multipart/form-data");
  }
}

/**
 * next-auth reads its `callback-url` cookie on every session check and refuses the whole request
 * (a 500 on every page) when it is no URL. A value that is not a same-site target is dropped from
 * the request before next-auth sees it; null when the header needs no change.
 */
function withoutBadCallbackCookie(header: string | null, origin: string): string | null {
  if (!header || !header.includes("callback-url")) return null;
  const parts = header.split(/;\s*/);
  const kept = parts.filter((part) => {
    const [name, ...rest] = part.split("=");
    if (!/next-auth\.callback-url$/.test(name.trim())) return true;
    let value: string;
    try {
      value = decodeURIComponent(rest.join("="));
    } catch {
      return false;
    }
    return sameOriginRedirect({ url: value, baseUrl: origin }) !== origin || value === origin || value === `${origin}/`;
  });
  return kept.length === parts.length ? null : kept.join("; ");
}

/** The session token's claims proxy.ts decides on (unchecked against the database: pages do that). */
async function routeClaims(request: NextRequest): Promise<RouteClaims> {
  try {
    const token = await getToken({ req: request, secret: getAppSecret() });
    return token?.uid ? { role: token.role, storeCode: token.storeCode ?? null } : null;
  } catch {
    return null;
  }
}

let refusedPage: string | null | undefined;
/** The prerendered 403 page (app/(errors)/access-refused), read once; null in dev or when missing. */
function refusedPageHtml(): string | null {
  if (refusedPage !== undefined) return refusedPage;
  try {
    refusedPage = readFileSync(join(process.cwd(), ".next/server/app/access-refused.html"), "utf8");
  } catch {
    refusedPage = null;
  }
  return refusedPage;
}

function withHeaders(response: NextResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest) {
  // A NUL byte is never part of a real URL, and PostgreSQL refuses it in text: answer here
  // instead of letting every page's queries fail on it.
  // eslint-disable-next-line no-control-regex -- the NUL byte is exactly what this check looks for
  if (/%00|\u0000/i.test(request.url)) {
    return new Response("Bad request: the address contains an invalid character.", { status: 400 });
  }
  if (!decodable(request.nextUrl.pathname)) {
    return new Response("Bad request: the address is not valid (broken %-encoding).", { status: 400 });
  }
  if (crossSiteWrite(request)) {
    return Response.json({ error: "forbidden", message: "This request came from another website and was refused." }, { status: 403 });
  }
  // Declared or chunked: a body over Next's limit would get a bare 500 from its action handler.
  if (actionCall(request) && (await bodyOverLimit(request, ACTION_BODY_LIMIT))) {
    return Response.json({ error: "too_large", message: "That request is too large." }, { status: 413 });
  }
  if (cachedReadCall(request)) {
    return Response.json({ error: "not_found", message: "There is no such action." }, { status: 404 });
  }
  if (await undecodableAction(request)) {
    return Response.json({ error: "invalid_input", message: "That request could not be read." }, { status: 400 });
  }
  // HTTPS when the public site is (APP_URL), or a trusted proxy says so (serve.mjs drops a client's own X-Forwarded-Proto).
  const https =
    configuredOrigin()?.startsWith("https:") === true ||
    request.nextUrl.protocol === "https:" ||
    firstValue(request.headers.get("x-forwarded-proto")) === "https";
  const headers = securityHeaders({ https, development: process.env.NODE_ENV === "development" });
  const { pathname, search } = request.nextUrl;

  // The internal catalog URLs are only ever reached through the rewrite below.
  if (isInternalStorePath(pathname)) {
    return withHeaders(NextResponse.rewrite(new URL("/_not-a-page", request.url)), headers);
  }

  if (request.method === "GET" && isGuardedPath(pathname)) {
    const decision = decideRouteAccess(pathname, search, await routeClaims(request));
    if (decision.kind === "sign-in") {
      const to = new URL("/sign-in", request.url);
      to.searchParams.set("callbackUrl", decision.callbackUrl);
      return withHeaders(NextResponse.redirect(to, 307), headers);
    }
    if (decision.kind === "forbidden") {
      const html = refusedPageHtml();
      const body = html ?? "403: this account can't open this page.";
      const response = new NextResponse(body, {
        status: 403,
        headers: { "content-type": html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8" },
      });
      return withHeaders(response, headers);
    }
  }

  const requestHeaders = new Headers(request.headers);
  const cookie = withoutBadCallbackCookie(request.headers.get("cookie"), request.nextUrl.origin);
  if (cookie !== null) requestHeaders.set("cookie", cookie);

  if (isCatalogPath(pathname)) {
    const store = storeCodeFromCookie(request.cookies.get(STORE_COOKIE)?.value);
    const target = new URL(catalogPathFor(pathname, request.nextUrl.searchParams, store), request.url);
    return withHeaders(NextResponse.rewrite(target, { request: { headers: requestHeaders } }), headers);
  }
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  // Static files need none of this. Prefetches do: they are rewritten to the same cached pages.
  matcher: ["/((?!_next/static|_next/image|images/products|icon.svg|favicon.ico).*)"],
};
