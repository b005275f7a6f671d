import { randomUUID } from "node:crypto";
import { actionId, callAction, orderPlacedIn } from "./app-client";
import type { BenchData } from "./data";
import { httpLoad, journeyLoad, type LoadResult } from "./load";
import { SIGNED_IN } from "./targets";

/** Runs the measured part of one request: the statement count brackets it (bench/statements.ts). */
export type Measure = (request: () => Promise<Response>) => Promise<Response>;

/** One row group of the report: a page or an action, loadable at any concurrency and callable once. */
export type Cell = {
  name: string;
  kind: "page" | "write";
  /** Closed-loop load against `base`; `requests` counts completed requests (or journeys). */
  load: (base: string, connections: number, seconds: number) => Promise<LoadResult>;
  /** Request number `i` on its own, its measured part inside `measure`; true when it succeeded. */
  once: (base: string, i: number, measure: Measure) => Promise<boolean>;
  /** Before each load (empties the bench shoppers' carts). */
  reset?: () => Promise<unknown>;
};

const STORE = "aisle_store=sea";

/** The pages and the two writes, each page also as a signed-in shopper (one session per connection). */
export function benchCells(data: BenchData): Cell[] {
  const shopper = (i: number) => `${data.shopperCookies[i % data.shopperCookies.length]}; ${STORE}`;
  const addToCart = actionId("addToCartAction", "lib/cart/actions.ts");
  const placeOrder = actionId("placeOrderAction", "lib/checkout/actions.ts");
  const pages: Array<[string, string]> = [
    ["home", "/"],
    ["category", `/c/${data.categorySlug}`],
    ["search", `/search?q=${encodeURIComponent(data.searchTerm)}`],
    ["product", `/p/${data.productSlug}`],
  ];

  const cells: Cell[] = [];
  for (const signedIn of [false, true]) {
    const cookie = (i: number) => (signedIn ? shopper(i) : STORE);
    for (const [name, pathname] of pages) {
      cells.push({
        name: signedIn ? name + SIGNED_IN : name,
        kind: "page",
        load: (base, connections, seconds) =>
          httpLoad(
            signedIn ? { url: base + pathname, headersFor: (i) => ({ cookie: shopper(i) }) } : { url: base + pathname, headers: { cookie: STORE } },
            connections,
            seconds,
          ),
        once: async (base, i, measure) => (await measure(() => fetch(base + pathname, { headers: { cookie: cookie(i) } }))).ok,
      });
    }
    // The in-store view through the QR code's URL, its redirect followed as a phone does.
    const scan = `/q/sea/${data.gtin}`;
    cells.push({
      name: "scan (/q → in-store view)" + (signedIn ? SIGNED_IN : ""),
      kind: "page",
      load: (base, connections, seconds) =>
        journeyLoad(connections, seconds, async (worker) => {
          const started = performance.now();
          const response = await fetch(base + scan, { headers: { cookie: cookie(worker) } });
          await response.arrayBuffer();
          return response.ok ? performance.now() - started : null;
        }),
      once: async (base, i, measure) => (await measure(() => fetch(base + scan, { headers: { cookie: cookie(i) } }))).ok,
    });
  }

  const addToCartArgs = (i: number) => [{ skuId: data.skuIds[i % data.skuIds.length], quantity: 1 }];
  cells.push({
    name: "add-to-cart",
    kind: "write",
    reset: data.emptyCarts,
    load: (base, connections, seconds) =>
      httpLoad(
        {
          url: `${base}/p/${data.productSlug}`,
          method: "POST",
          headers: { "next-action": addToCart, accept: "text/x-component", origin: base, "content-type": "text/plain;charset=UTF-8" },
          headersFor: (i) => ({ cookie: shopper(i) }),
          bodyFor: (i) => JSON.stringify(addToCartArgs(i)),
        },
        connections,
        seconds,
      ),
    once: async (base, i, measure) =>
      (await measure(() => callAction(base, `/p/${data.productSlug}`, addToCart, shopper(i), addToCartArgs(i)))).status < 400,
  });

  /** Puts one item in the shopper's cart, then places the order; only the place-order call is timed. */
  const order = async (base: string, i: number, measure: Measure) => {
    const added = await callAction(base, `/p/${data.productSlug}`, addToCart, shopper(i), addToCartArgs(i));
    await added.arrayBuffer();
    const form = new FormData();
    for (const [key, value] of Object.entries(data.checkoutFields())) form.set(key, value);
    form.set("idempotencyKey", randomUUID());
    // The timed call reads the whole answer; it is kept here to see whether an order was placed.
    let answer = "";
    const response = await measure(async () => {
      const sent = await callAction(base, "/checkout", placeOrder, shopper(i), [{}, form]);
      answer = await sent.text();
      return new Response(answer, { status: sent.status });
    });
    return response.status === 200 && orderPlacedIn(answer);
  };
  cells.push({
    name: "place-order (pickup)",
    kind: "write",
    reset: data.emptyCarts,
    load: (base, connections, seconds) =>
      journeyLoad(connections, seconds, async (worker) => {
        let elapsed = 0;
        const ok = await order(base, worker, async (request) => {
          const started = performance.now();
          const response = await request();
          await response.arrayBuffer();
          elapsed = performance.now() - started;
          return response;
        });
        return ok ? elapsed : null;
      }),
    once: order,
  });
  return cells;
}
