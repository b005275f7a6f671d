import type { FrontendResult } from "./frontend";
import type { LoadResult } from "./load";

/** Suffix of the signed-in variant of a page's row; the variant has the page's targets. */
export const SIGNED_IN = ", signed in";

/** A target and whether the run met it (null: not measured). */
export type Target = { text: string; met: boolean | null; missed?: string[] };

const check = (value: number, ok: (value: number) => boolean) => (Number.isFinite(value) ? ok(value) : null);

/**
 * The targets for one row of the requests table: pages at 10 connections against the
 * bare route, every page's p95 at 50 connections, place-order against pgbench at 10 and its
 * p50 at 1, add-to-cart's p50 at 1. `share` is req/s over the row's ceiling at that concurrency.
 */
export function requestTarget(name: string, result: LoadResult, share: number): Target | null {
  const base = name.endsWith(SIGNED_IN) ? name.slice(0, -SIGNED_IN.length) : name;
  const { connections } = result;
  if (base === "add-to-cart") return connections === 1 ? { text: "p50 ≤ 6 ms", met: check(result.p50, (v) => v <= 6) } : null;
  if (base.startsWith("place-order")) {
    if (connections === 1) return { text: "p50 ≤ 20 ms", met: check(result.p50, (v) => v <= 20) };
    if (connections === 10) return { text: "≥ 5 % of pgbench tps", met: check(share, (v) => v >= 0.05) };
    return null;
  }
  if (connections === 50) return { text: "p95 ≤ 300 ms", met: check(result.p95, (v) => v <= 300) };
  if (connections !== 10) return null;
  const minimum = base === "product" || base.startsWith("scan") ? 0.25 : 0.15;
  return { text: `≥ ${minimum * 100} % of bare route`, met: check(share, (v) => v >= minimum) };
}

/** SQL statements per place-order request (every statement it sends, BEGIN and COMMIT included). */
export function statementTarget(name: string, perRequest: number): Target | null {
  return name.startsWith("place-order") ? { text: "≤ 12", met: check(perRequest, (v) => v <= 12) } : null;
}

export const FRONTEND_TARGETS =
  "performance ≥ 95, accessibility 100, CLS ≤ 0.05; first-load JS ≤ the floor + 10 KB on storefront pages, ≤ the floor + 6 KB on the in-store product view";

/** First-load JS budget above the floor (KB), and which of a page's front-end targets it missed. */
export function frontendTarget(page: FrontendResult, floorKb: number | undefined): Target {
  const budgetKb = page.page.startsWith("in-store") ? 6 : 10;
  const above = page.buildKb !== undefined && floorKb !== undefined ? page.buildKb - floorKb : NaN;
  const missed = [
    check(page.performance, (v) => v >= 95) === false && "performance",
    check(page.accessibility, (v) => v >= 100) === false && "accessibility",
    check(page.cls, (v) => v <= 0.05) === false && "CLS",
    check(above, (v) => v <= budgetKb) === false && "JS",
  ].filter((item): item is string => typeof item === "string");
  return { text: `floor + ${budgetKb} KB`, met: Number.isFinite(above) ? missed.length === 0 : null, missed };
}

export const metText = (target: Target | null) =>
  !target || target.met === null ? "–" : target.met ? "yes" : target.missed?.length ? `**no** (${target.missed.join(", ")})` : "**no**";
