import { expect, test } from "@playwright/test";
import { buildActions, Client, placeOrderOverHttp, stockedSkuId } from "./fixtures/actions";
import { signUpShopperOverHttp } from "./fixtures/shoppers";
import { e2eBaseUrl } from "./server";

/**
 * Abuse limits over HTTP, against the production build. Pickup codes are short enough to
 * guess, so refused codes are limited per staff member and store (lib/fulfilment/handover.ts:
 * 8 refusals per 10 minutes); after that even the right code is refused for that person, while a
 * colleague can still hand over. Works in store "pdx", where no other spec hands over.
 * (Sign-in limits: e2e/sign-in.spec.ts and lib/auth; the 50-way coupon race:
 * lib/checkout/coupon-race.hostile.test.ts.)
 */

const STORE = "pdx";
const LIMIT = 8;

test("guessing pickup codes is cut off after 8 wrong codes, for that staff member only", async () => {
  const actions = buildActions();
  const [guesser, colleague, shopper] = await Promise.all([
    Client.signIn(e2eBaseUrl, `manager.${STORE}@example.com`, actions),
    Client.signIn(e2eBaseUrl, `associate.${STORE}@example.com`, actions),
    signUpShopperOverHttp(e2eBaseUrl, actions),
  ]);
  const { skuId } = await stockedSkuId(shopper, STORE, 10, 90);
  const { orderId } = await placeOrderOverHttp(shopper, { store: STORE, skuId });
  const code = /data-qr-payload="([^"]+)"/.exec(await shopper.html(`/orders/${orderId}`))?.[1]?.replace(/&amp;/g, "&");
  expect(code).toBeTruthy();

  const lookup = async (client: Client, text: string) =>
    (await client.action("lib/fulfilment/actions.ts#lookupPickupAction", [{ storeCode: STORE, code: text }])).result as {
      ok: boolean;
      message?: string;
    };

  // Wrong (well-formed) codes: refused one by one, then the limit. An already used-up window
  // (a reused local server) starts limited; never more than LIMIT refusals get through.
  const answers: string[] = [];
  for (let i = 0; i <= LIMIT; i++) {
    const answer = await lookup(guesser, `WRONG-${String(i).padStart(5, "0")}`);
    expect(answer.ok).toBe(false);
    answers.push(answer.message ?? "");
    if (/too many wrong codes/i.test(answer.message ?? "")) break;
  }
  expect(answers.at(-1)).toMatch(/too many wrong codes/i);
  expect(answers.filter((a) => !/too many wrong codes/i.test(a)).length).toBeLessThanOrEqual(LIMIT);
  for (const refused of answers.slice(0, -1)) expect(refused).toMatch(/no order matches/i);

  // While limited, even the right code is refused for the guesser…
  expect((await lookup(guesser, code!)).message).toMatch(/too many wrong codes/i);
  // …but not for a colleague at the same store: they get the order (not ready yet).
  const colleagues = await lookup(colleague, code!);
  expect(colleagues.message ?? "").not.toMatch(/too many/i);
  expect(colleagues.message).toMatch(/isn't ready yet/);
});
