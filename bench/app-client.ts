import fs from "node:fs";
import path from "node:path";
// React's own reply encoder: the exact wire format a browser uses to call a server action.
import { encodeReply } from "next/dist/compiled/react-server-dom-turbopack/client.node.js";
import { root } from "./servers";

/** Server action ids from the build's manifest, by exported name and source file. */
export function actionId(name: string, file: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  for (const [id, entry] of Object.entries<{ exportedName?: string; filename?: string }>(manifest.node)) {
    if (entry.exportedName === name && entry.filename === file) return id;
  }
  throw new Error(`server action ${name} (${file}) not found in the build`);
}

const cookiePairs = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the Cookie header. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiePairs(response).find((pair) => pair.includes("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email} (${response.status})`);
  return session;
}

/** Calls a server action the way the browser's client does (POST to the page, Next-Action header). */
export async function callAction(base: string, page: string, id: string, cookie: string, args: unknown[]) {
  const body = await encodeReply(args);
  return fetch(base + page, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": id,
      accept: "text/x-component",
      origin: base,
      cookie,
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    },
    body: body as BodyInit,
  });
}

/** Whether a place-order answer placed an order: the action answers `{ ok: true, data: { orderId, number } }`. */
export function orderPlacedIn(answer: string): boolean {
  return answer.includes('"ok":true') && /"orderId":"[0-9a-f-]{36}"/.test(answer);
}
