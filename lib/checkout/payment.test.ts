import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { DatabaseHandle } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { luhnValid, TEST_CARDS } from "@/lib/payments/test-provider";
import { recordingProvider } from "@/lib/testing/payments";
import { createTestDatabase } from "@/lib/testing/test-db";
import { authorizeThenWrite } from "./payment";

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
beforeAll(async () => {
  handle = await createTestDatabase();
  const rows = await handle.db
    .insert(users)
    .values(["tester", "cards", "other", "racer"].map((name) => ({ email: `${name}@test.dev`, name, passwordHash: "x", role: "shopper" as const })))
    .returning({ id: users.id, name: users.name });
  for (const row of rows) ids[row.name] = row.id;
});
afterAll(() => handle.close());

const expiry = `12/${String((new Date().getUTCFullYear() + 2) % 100).padStart(2, "0")}`;
let attempt = 0;
/** One card attempt; the sale itself is a no-op. Resolves to "ok" or the refusal's code and message. */
async function pay(userId: string, cardNumber: string, clientAddress = "10.6.6.6", provider = recordingProvider().provider) {
  try {
    await authorizeThenWrite(
      handle.db,
      {
        provider,
        amountCents: 1000,
        currency: "USD",
        card: { cardNumber, cardCvc: "123", cardExpiry: expiry },
        idempotencyKey: `test-${++attempt}`,
        payer: { userId, clientAddress },
      },
      async () => "sold",
    );
    return { code: "ok", message: "" };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** A different mistyped (Luhn-invalid) card number each time: the processor's "incorrect number". */
const wrongNumber = (i: number) => {
  const number = `41111111111${String(10000 + i)}`;
  return luhnValid(number) ? `${number.slice(0, -1)}${(Number(number.at(-1)) + 1) % 10}` : number;
};

describe("card testing", () => {
  it("20 rapid declines on one card: the processor's reason for the first few only, then refused for a cool-down", async () => {
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await pay(ids.tester, TEST_CARDS.insufficientFunds));
    expect(answers.slice(0, 3).map((a) => a.message)).toEqual(Array(3).fill(expect.stringMatching(/insufficient funds/)));
    const declines = answers.filter((a) => a.code === "payment_declined");
    expect(declines.length).toBeLessThanOrEqual(5);
    for (const later of declines.slice(3)) expect(later.message).not.toMatch(/insufficient/);
    expect(answers.slice(5).every((a) => a.code === "rate_limited")).toBe(true);
  });

  it("20 rapid declines on one account with different cards: refused after the account's limit, generic after the first few", async () => {
    const recorder = recordingProvider();
    let calls = 0;
    const provider = {
      ...recorder.provider,
      authorize: (request: Parameters<typeof recorder.provider.authorize>[0]) => (calls++, recorder.provider.authorize(request)),
    };
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await pay(ids.cards, wrongNumber(i), `10.6.7.${i}`, provider));
    expect(calls).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.code === "payment_declined").length).toBeLessThanOrEqual(10);
    expect(answers.at(-1)?.code).toBe("rate_limited");
    expect(
      new Set(
        answers
          .slice(3)
          .filter((a) => a.code === "payment_declined")
          .map((a) => a.message),
      ).size,
    ).toBeLessThanOrEqual(1);
    // Another shopper is unaffected.
    expect((await pay(ids.other, TEST_CARDS.success, "10.6.8.1")).code).toBe("ok");
  });

  it("can't be raced: of 20 concurrent declined attempts on one account, at most the limit reach the processor", async () => {
    let calls = 0;
    const recorder = recordingProvider();
    const provider = {
      ...recorder.provider,
      authorize: (request: Parameters<typeof recorder.provider.authorize>[0]) => (calls++, recorder.provider.authorize(request)),
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => pay(ids.racer, wrongNumber(100 + i), `10.6.9.${i}`, provider)));
    expect(calls).toBeLessThanOrEqual(10);
  });

  it("successful payments don't count", async () => {
    for (let i = 0; i < 12; i++) expect((await pay(ids.other, TEST_CARDS.success, "10.6.8.2")).code).toBe("ok");
  });
});
