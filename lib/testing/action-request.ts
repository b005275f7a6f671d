import type { DatabaseHandle } from "@/lib/db";

/**
 * What a server action reads from its request, for tests that call real actions: the signed-in
 * user's session (next-auth's JWT, already decoded), the cookies and the headers. The tests mock
 * `next-auth`, `next/headers`, `next/cache` and `next/navigation` with these (see
 * lib/checkout/round-trips.test.ts); the database is a real one.
 */
export function actionRequest() {
  const state = {
    handle: null as DatabaseHandle | null,
    session: null as null | { user: { id: string }; sessionVersion: number; signedInAt: number },
    cookies: new Map<string, string>(),
    headers: new Headers({ "x-forwarded-for": "203.0.113.7" }),
  };
  const cookieStore = {
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void state.cookies.set(name, value),
    delete: (name: string) => void state.cookies.delete(name),
    has: (name: string) => state.cookies.has(name),
  };
  return {
    state,
    signIn(user: { id: string; sessionVersion?: number }) {
      state.session = { user: { id: user.id }, sessionVersion: user.sessionVersion ?? 1, signedInAt: Math.floor(Date.now() / 1000) };
    },
    cookieStore,
  };
}

/** The error `redirect()` throws under these mocks, with where it was going. */
export class RedirectSignal extends Error {
  constructor(readonly location: string) {
    super(`redirect ${location}`);
  }
}
