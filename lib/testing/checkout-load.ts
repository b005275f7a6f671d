import { placeOrder } from "@/lib/checkout/service";
import type { Db } from "@/lib/db";
import { checkoutForm, createCart, createShopper } from "./builders";

/**
 * Shoppers checking out one unit of `skuId` for pickup, `lanes` at a time, until stopped: the
 * load the fault tests break the database under. Failures are counted, not thrown.
 */
export function startCheckoutLoad(db: Db, { storeId, skuId, slot, lanes = 4 }: { storeId: string; skuId: string; slot: string; lanes?: number }) {
  const load = { ok: 0, failed: 0, stop: async () => {} };
  let stopped = false;
  const running = Array.from({ length: lanes }, async () => {
    while (!stopped) {
      try {
        const shopper = await createShopper(db);
        const cart = await createCart(db, { userId: shopper.id, lines: [{ skuId, quantity: 1 }] });
        await placeOrder(db, { userId: shopper.id, cartId: cart.id, input: checkoutForm({ storeId, slot }) });
        load.ok++;
      } catch {
        load.failed++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  load.stop = async () => {
    stopped = true;
    await Promise.all(running);
  };
  return load;
}

/** Polls until `condition` holds; throws `gave up waiting: <what>` after `ms`. */
export async function waitFor(condition: () => boolean, what: string, ms: number) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
