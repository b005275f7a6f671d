/**
 * The first answer for a staff or admin URL, decided in proxy.ts from the session token
 * alone, before a page starts streaming (a streamed page can only answer 200): send the signed-out
 * to sign in, and refuse with 403 a role or store that can never open it. The page and every
 * action still check the caller in full (session version, permission, store) on the server.
 */
export type RouteClaims = { role: string; storeCode: string | null } | null;
export type RouteDecision = { kind: "allow" } | { kind: "sign-in"; callbackUrl: string } | { kind: "forbidden" };

const STAFF_ROLES = new Set(["associate", "manager", "admin"]);

/** `/staff/sea/...` → "sea"; `/admin...` → "admin"; else null (not ours to decide). */
function areaOf(pathname: string): { kind: "store"; code: string } | { kind: "admin" } | null {
  const store = /^\/staff\/([^/]+)/.exec(pathname);
  if (store) return { kind: "store", code: decodeURIComponent(store[1]) };
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return { kind: "admin" };
  return null;
}

/** Whether proxy.ts decides this URL at all (so it reads the session token only for these). */
export function isGuardedPath(pathname: string): boolean {
  return areaOf(pathname) !== null;
}

export function decideRouteAccess(pathname: string, search: string, claims: RouteClaims): RouteDecision {
  const area = areaOf(pathname);
  if (!area) return { kind: "allow" };
  if (!claims) return { kind: "sign-in", callbackUrl: `${pathname}${search}` };
  if (area.kind === "admin") return claims.role === "admin" ? { kind: "allow" } : { kind: "forbidden" };
  if (!STAFF_ROLES.has(claims.role)) return { kind: "forbidden" };
  if (claims.role !== "admin" && claims.storeCode !== area.code) return { kind: "forbidden" };
  return { kind: "allow" };
}
