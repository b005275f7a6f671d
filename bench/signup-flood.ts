/**
 * A storefront page's latency alone and during a sign-up flood (issue 10, "Work before
 * identity"): argon2 runs in a small pool (lib/auth/password.ts), so 40 parallel sign-ups should
 * cost other pages little beyond it. Against a running server (`npm start` or the e2e server):
 *
 *   npx tsx bench/signup-flood.ts http://localhost:3000 [page=/] [samples=60]
 *
 * The server's build must be the current one (action ids come from .next). Sign-ups are counted
 * per client address: run it against a server with SIGN_UP_LIMIT_PER_CLIENT raised (or expect
 * most of the flood to be answered "rate_limited", which is cheap and measures less).
 */
import { randomUUID } from "node:crypto";
import { actionId, callAction } from "./app-client";

const [base = "http://localhost:3000", page = "/", samplesArg = "60"] = process.argv.slice(2);
const samples = Number(samplesArg);
const FLOOD = 40;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timePage(): Promise<number> {
  const started = performance.now();
  const response = await fetch(base + page);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${page} answered ${response.status}`);
  return performance.now() - started;
}

async function measure(count: number, during?: () => boolean) {
  const times: number[] = [];
  while (times.length < count && (times.length === 0 || (during?.() ?? true))) times.push(await timePage());
  const sorted = times.sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function main() {
  const signUp = actionId("signUpAction", "lib/account/actions.ts");
  for (let i = 0; i < 5; i++) await timePage(); // warm up
  const alone = await measure(samples);

  const outcomes = new Map<string, number>();
  let flooding = true;
  const form = (email: string) => {
    const data = new FormData();
    data.append("name", "Flood Shopper");
    data.append("email", email);
    data.append("password", "flood-password-1");
    return data;
  };
  const flood = Promise.all(
    Array.from({ length: FLOOD }, async () => {
      const response = await callAction(base, "/sign-up", signUp, "", [{}, form(`flood-${randomUUID()}@example.com`)]);
      const text = await response.text();
      const code =
        response.status !== 200 ? `http_${response.status}` : /"ok":true/.test(text) ? "ok" : (/"code":"([a-z_]+)"/.exec(text)?.[1] ?? "other");
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }),
  ).finally(() => {
    flooding = false;
  });
  const during = await measure(samples, () => flooding);
  await flood;

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`${page} on ${base}`);
  console.log(`  alone:                 p50 ${ms(alone.p50)}  p95 ${ms(alone.p95)}  (${alone.n} requests)`);
  console.log(`  during ${FLOOD} sign-ups:   p50 ${ms(during.p50)}  p95 ${ms(during.p95)}  (${during.n} requests while the flood ran)`);
  console.log(`  sign-up answers: ${[...outcomes].map(([code, n]) => `${code} ×${n}`).join(", ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
