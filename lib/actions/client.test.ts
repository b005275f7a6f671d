import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/service";
import type { DatabaseHandle } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStore } from "@/lib/testing/builders";
import { createTestDatabase } from "@/lib/testing/test-db";

// The caller and the database are the two things an action client resolves from the request:
// the database is a real one; the caller is whoever the test says is signed in.
let handle: DatabaseHandle;
let signedIn: SessionUser | null = null;
vi.mock("@/lib/db", async (importOriginal) => ({ ...(await importOriginal<object>()), getDb: async () => handle.db }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));

const { adminAction, publicAction, shopperAction, staffAction } = await import("./client");

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const checkoutLike = { contactName: "Ada Shopper", cardNumber: "4242 4242 4242 4242", cardExpiry: "12 / 30", cardCvc: "123", password: "aisle-demo" };
const person = (role: SessionUser["role"], storeId: string | null = null): SessionUser => ({
  id: crypto.randomUUID(),
  email: `${role}@t.example`,
  name: role,
  role,
  storeId,
});

let store: { id: string; code: string };
let otherStore: { id: string; code: string };
beforeAll(async () => {
  handle = await createTestDatabase();
  store = await createStore(handle.db);
  otherStore = await createStore(handle.db);
});
afterAll(async () => handle.close());
beforeEach(() => {
  signedIn = null;
});

describe("action clients: input", () => {
  it("parses a form once with its schema and hands the handler the parsed input", async () => {
    const action = publicAction("test")
      .input(z.object({ quantity: z.coerce.number().int().min(1) }))
      .action(async ({ input }) => input.quantity * 2);
    expect(await action(form({ quantity: "3" }))).toEqual({ ok: true, data: 6 });
    expect(await action(null, form({ quantity: "4" }))).toEqual({ ok: true, data: 8 });
    expect(await action({ quantity: 5 })).toEqual({ ok: true, data: 10 });
  });

  it("answers bad input with field errors and the typed values, never secrets, without running the handler", async () => {
    const handler = vi.fn(async () => "ran");
    const action = publicAction("test")
      .input(z.object({ contactName: z.string().min(50, "Too short.") }))
      .action(handler);
    const result = await action(null, form(checkoutLike));
    expect(result).toMatchObject({ ok: false, code: "invalid_input", message: "Please check the highlighted fields." });
    expect(result.ok === false && result.fieldErrors?.contactName).toEqual(["Too short."]);
    expect(result.ok === false && result.values).toEqual({ contactName: "Ada Shopper" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("keeps a field sent several times (checkboxes) as a list", async () => {
    const action = publicAction("test")
      .input(z.object({ tag: z.array(z.string()) }))
      .action(async ({ input }) => input.tag);
    expect(await action(form({ tag: ["a", "b"] }))).toEqual({ ok: true, data: ["a", "b"] });
  });

  it("refuses a NUL character as bad input before the handler (PostgreSQL text can't hold it)", async () => {
    const handler = vi.fn(async () => "ran");
    const action = publicAction("test")
      .input(z.object({ name: z.string() }))
      .action(handler);
    for (const payload of [form({ name: "a\u0000b" }), { name: "a\u0000b" }]) {
      const result = await action(payload);
      expect(result.ok === false && result.fieldErrors?.name).toEqual(["This contains a character we can't accept."]);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers a clear error, not a crash, when the input is not a form or an object (a hand-made call)", async () => {
    const handler = vi.fn(async () => "ran");
    const action = publicAction("test").input(z.object({})).action(handler);
    for (const junk of ["' OR 1=1 --", 42, ["a", "b"]]) {
      expect(await action(junk as never)).toMatchObject({
        ok: false,
        code: "invalid_input",
        message: "We couldn't read this form. Reload the page and try again.",
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("action clients: errors", () => {
  it("maps a typed error to its code and message, keeping what was typed minus card details", async () => {
    const action = publicAction("test").action(async () => {
      throw new AppError("payment_declined", "Your card was declined.", { cardNumber: ["Declined."] });
    });
    expect(await action(form(checkoutLike))).toEqual({
      ok: false,
      code: "payment_declined",
      message: "Your card was declined.",
      fieldErrors: { cardNumber: ["Declined."] },
      values: { contactName: "Ada Shopper" },
    });
  });

  it("logs an unexpected error with a request id and answers that id, never the error itself", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = publicAction("test").action(async () => {
      throw new Error("boom at 4242");
    });
    const result = await action(form(checkoutLike));
    expect(result).toMatchObject({ ok: false, code: "server_error" });
    if (result.ok) throw new Error("expected a failure");
    expect(result.requestId).toMatch(/^[0-9a-f]{8}$/);
    expect(result.message).toContain(result.requestId);
    expect(JSON.stringify(result)).not.toMatch(/boom|123|aisle-demo|4242 4242/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(result.requestId!), expect.any(Error));
    log.mockRestore();
  });
});

describe("action clients: who is calling", () => {
  it("shopperAction refuses a guest and hands a signed-in person to the handler", async () => {
    const action = shopperAction("test").action(async ({ actor }) => actor.user.id);
    expect(await action({})).toMatchObject({ ok: false, code: "unauthorized" });
    signedIn = person("shopper");
    expect(await action({})).toEqual({ ok: true, data: signedIn.id });
  });

  it("staffAction resolves the input's store and checks the permission there, before parsing the rest", async () => {
    const handler = vi.fn(async ({ actor }: { actor: { store: { id: string } } }) => actor.store.id);
    const action = staffAction("orders:cancel")
      .input(z.object({ storeCode: z.string(), reason: z.string().min(3) }))
      .action(handler);

    expect(await action({ storeCode: store.code, reason: "x" })).toMatchObject({ ok: false, code: "unauthorized" });
    signedIn = person("associate", store.id);
    expect(await action({ storeCode: store.code, reason: "broken" }), "an associate may not cancel").toMatchObject({ ok: false, code: "forbidden" });
    signedIn = person("manager", store.id);
    expect(await action({ storeCode: otherStore.code, reason: "broken" }), "not their store").toMatchObject({ ok: false, code: "forbidden" });
    expect(await action({ storeCode: "no-such", reason: "broken" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await action({ storeCode: "bad\u0001code", reason: "broken" })).toMatchObject({ ok: false, code: "not_found" });
    expect(handler).not.toHaveBeenCalled();
    expect(await action({ storeCode: store.code, reason: "broken" })).toEqual({ ok: true, data: store.id });
    signedIn = person("admin");
    expect(await action({ storeCode: otherStore.code, reason: "broken" }), "admins act in every store").toEqual({ ok: true, data: otherStore.id });
  });

  it("adminAction lets only admins through", async () => {
    const action = adminAction("admin:catalog").action(async ({ actor }) => actor.user.role);
    signedIn = person("manager", store.id);
    expect(await action({})).toMatchObject({ ok: false, code: "forbidden" });
    signedIn = person("admin");
    expect(await action({})).toEqual({ ok: true, data: "admin" });
  });
});
