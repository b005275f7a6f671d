// Which forwarding headers the app may believe, for scripts/serve.mjs. Pure functions, so the
// hop arithmetic has its own tests (forwarding.test.ts).
import { isIP } from "node:net";

/** The most proxies a request could plausibly pass through; a larger TRUST_PROXY is a typo. */
const MAX_HOPS = 10;
/** Headers that only a proxy may send: from anyone else they are dropped. */
const PROXY_ONLY = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];
/** Methods no page or route answers; Next would answer TRACE with a 500. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/**
 * TRUST_PROXY: how many proxies in front of the app append to X-Forwarded-For (0, unset or
 * empty: none, the app faces the clients itself).
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  const text = (value ?? "").trim();
  if (text === "") return 0;
  if (!/^\d+$/.test(text) || Number(text) > MAX_HOPS) {
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (0–${MAX_HOPS}), not "${value}".`);
  }
  return Number(text);
}

/**
 * One address as an IP, or null: strips a port ("1.2.3.4:5678", "[2001:db8::1]:443") and the
 * IPv4-mapped prefix a dual-stack socket reports ("::ffff:127.0.0.1").
 * @param {string | undefined} value
 * @returns {string | null}
 */
export function normalizeAddress(value) {
  let text = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(text)) text = text.slice(7);
  return isIP(text) ? text : null;
}

/** @param {string | string[] | undefined} value */
const listOf = (value) =>
  (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * The request's headers with X-Forwarded-For replaced by exactly one address the app trusts:
 * the socket's peer, or, behind `hops` proxies, the address `hops` entries from the right of
 * the chain "X-Forwarded-For entries, then the peer" (each proxy appends the address it saw).
 * Forwarded host, proto and port are kept only behind a trusted proxy; host and proto as their
 * last value (the one the nearest proxy wrote, appended or set), and only when well formed.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} peer
 * @param {number} hops
 * @returns {Record<string, string | string[] | undefined>}
 */
export function forwardedHeaders(headers, peer, hops) {
  const next = { ...headers };
  const chain = hops > 0 ? [...listOf(headers["x-forwarded-for"]), peer ?? ""] : [peer ?? ""];
  const candidate = chain[Math.max(0, chain.length - 1 - hops)];
  const address = normalizeAddress(candidate) ?? normalizeAddress(peer);
  if (address) next["x-forwarded-for"] = address;
  else delete next["x-forwarded-for"];

  if (hops === 0) {
    for (const name of PROXY_ONLY) delete next[name];
    return next;
  }
  // A proxy that appends (rather than sets) these puts its value last: anything before it is the client's.
  const host = listOf(headers["x-forwarded-host"]).at(-1);
  if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) next["x-forwarded-host"] = host;
  else delete next["x-forwarded-host"];
  const proto = listOf(headers["x-forwarded-proto"]).at(-1)?.toLowerCase();
  if (proto === "http" || proto === "https") next["x-forwarded-proto"] = proto;
  else delete next["x-forwarded-proto"];
  return next;
}

/** @param {string | undefined} method */
export function refusedMethod(method) {
  return REFUSED_METHODS.has((method ?? "").toUpperCase());
}
