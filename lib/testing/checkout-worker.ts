/**
 * A stand-in for an app instance placing web orders as fast as it can, for fault tests that
 * SIGKILL it mid-way (lib/checkout/checkout.faults.test.ts). Run with tsx:
 *   tsx lib/testing/checkout-worker.ts <postgres url> <storeId> <slot ISO> <couponCode> <skuId,skuId,…>
 * Prints "ready", then one JSON line per finished checkout: `{ placed: orderId }` or
 * `{ refused: code, planned }`, each with the card references the processor `authorized` and
 * `voided` for that checkout (a recording provider per checkout). Every fifth pickup asks for a
 * time that isn't one of the store's windows, so it is refused inside its transaction, after the
 * card was authorised (`planned: true`): that authorisation must be voided.
 */
import { openDatabase } from "@/lib/db";
import { placeOrder } from "@/lib/checkout/service";
import { isAppError } from "@/lib/errors";
import { checkoutForm, createCart, createShopper } from "./builders";
import { recordingProvider } from "./payments";

const [url, storeId, slot, couponCode, skuList] = process.argv.slice(2);
if (!url || !storeId || !slot || !skuList) {
  console.error("usage: checkout-worker <url> <storeId> <slot> <couponCode> <skuIds>");
  process.exit(2);
}
const skuIds = skuList.split(",");
const LANES = 6;

const handle = await openDatabase({ url });
const db = handle.db;

function pick<T>(items: T[], count: number): T[] {
  return [...items].sort(() => Math.random() - 0.5).slice(0, count);
}

async function lane(index: number) {
  for (let round = 0; ; round++) {
    const shopper = await createShopper(db, `Worker ${index}-${round}`);
    const lines = pick(skuIds, 1 + (round % 3)).map((skuId) => ({ skuId, quantity: 1 + ((round + index) % 2) }));
    const cart = await createCart(db, { userId: shopper.id, lines });
    const pickup = (round + index) % 2 === 0;
    const planned = pickup && round % 5 === 1;
    const pickupSlot = planned ? new Date(Date.parse(slot) + 60_000).toISOString() : slot;
    const input = checkoutForm({
      storeId,
      ...(pickup
        ? { fulfilment: "pickup", slot: pickupSlot }
        : { fulfilment: "delivery", addressLine1: "1 Pike St", city: "Seattle", region: "WA", postalCode: "98101" }),
      ...(round % 4 === 0 ? { couponCode } : {}),
    });
    const { provider, authorized, voided } = recordingProvider();
    try {
      const placed = await placeOrder(db, { userId: shopper.id, cartId: cart.id, input, provider });
      process.stdout.write(`${JSON.stringify({ placed: placed.orderId, authorized, voided })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ refused: isAppError(error) ? error.code : String(error), planned, authorized, voided })}\n`);
    }
  }
}

process.stdout.write("ready\n");
await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
