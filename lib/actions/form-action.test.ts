import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, formAction } from "./form-action";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const checkoutLike = {
  contactName: "Ada Shopper",
  cardNumber: "4242 4242 4242 4242",
  cardExpiry: "12 / 30",
  cardCvc: "123",
  password: "aisle-demo",
  $ACTION_ID_abc: "",
};

describe("formAction", () => {
  it("keeps what was typed after a refusal, but never passwords or card details", async () => {
    const action = formAction(z.object({ contactName: z.string().min(50, "Too short.") }), async () => undefined);
    const state = await action({}, form(checkoutLike));
    expect(state.fieldErrors?.contactName).toEqual(["Too short."]);
    expect(state.values).toEqual({ contactName: "Ada Shopper" });
  });

  it("does not echo card details when the handler refuses or fails either", async () => {
    const refused = formAction(z.object({}), async () => {
      throw new AppError("payment_declined", "Your card was declined.");
    });
    expect(await refused({}, form(checkoutLike))).toEqual({ error: "Your card was declined.", values: { contactName: "Ada Shopper" } });

    const broken = formAction(z.object({}), async () => {
      throw new Error("boom");
    });
    const state = await broken({}, form(checkoutLike));
    expect(state.error).toMatch(/something went wrong/i);
    expect(JSON.stringify(state)).not.toMatch(/4242|123|aisle-demo|boom/);
  });
});
