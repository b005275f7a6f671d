import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, echoValues, formAction, UNREADABLE_FORM } from "./form-action";

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

  it("answers a clear error, not a crash, when the 'form' is not a FormData (a hand-made call)", async () => {
    let ran = false;
    const action = formAction(z.object({}), async () => {
      ran = true;
    });
    for (const notAForm of ["' OR 1=1 --", null, undefined, 42, { contactName: "x" }, ["a", "b"]]) {
      expect(await action({}, notAForm as unknown as FormData)).toEqual({ error: UNREADABLE_FORM });
    }
    expect(ran).toBe(false);
    expect(echoValues({ cardNumber: "4242" } as unknown as FormData)).toEqual({});
  });

  it("refuses a NUL character as bad input before the handler (PostgreSQL text can't hold it)", async () => {
    let ran = false;
    const action = formAction(z.object({ name: z.string() }), async () => {
      ran = true;
    });
    const state = await action({}, form({ name: "a\u0000b" }));
    expect(state.fieldErrors?.name).toEqual(["This contains a character we can't accept."]);
    expect(ran).toBe(false);
  });
});
