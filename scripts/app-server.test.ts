import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientAddressOf } from "@/lib/security/client-address";
import { proxy } from "@/proxy";
import { createAppServer } from "./app-server.mjs";

/**
 * The app's own HTTP layer (what scripts/serve.mjs listens with) around a stand-in for Next's
 * handler, over real sockets: the stand-in fills the x-forwarded-* defaults and builds the
 * request URL as Next's server does (next-server.js attachRequestMeta, base-server.js), runs the
 * app's proxy.ts on it, and answers what the app would see plus the proxy's security headers.
 */
async function nextLikeHandler(req: http.IncomingMessage, res: http.ServerResponse) {
  const headers = req.headers;
  headers["x-forwarded-host"] ??= headers.host;
  headers["x-forwarded-proto"] ??= "http";
  headers["x-forwarded-for"] ??= req.socket.remoteAddress;
  const protocol = String(headers["x-forwarded-proto"]).includes("https") ? "https" : "http";
  const request = new NextRequest(`${protocol}://${headers.host}${req.url}`, {
    method: req.method,
    headers: Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)] as [string, string]])),
  });
  const answer = await proxy(request);
  res.writeHead(200, {
    "content-type": "application/json",
    ...Object.fromEntries([...answer.headers].filter(([name]) => !name.startsWith("x-middleware"))),
  });
  res.end(
    JSON.stringify({
      clientAddress: clientAddressOf(request.headers),
      forwardedFor: request.headers.get("x-forwarded-for"),
      forwardedHost: request.headers.get("x-forwarded-host"),
      forwardedProto: request.headers.get("x-forwarded-proto"),
      protocol: request.nextUrl.protocol,
    }),
  );
}

type Seen = { clientAddress: string | null; forwardedFor: string; forwardedHost: string; forwardedProto: string; protocol: string };

async function listening(hops: number) {
  const server = createAppServer(nextLikeHandler, { hops });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** One request over a real socket to the server on `port`, with the headers a client (or a proxy) sends. */
function send(port: number, headers: Record<string, string>, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; seen: Seen | null }>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: "/some/page", method, headers: { host: "shop.example.com", ...headers } },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("end", () => {
          const body = Buffer.concat(parts).toString("utf8");
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            seen: response.headers["content-type"] === "application/json" ? JSON.parse(body) : null,
          });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const FORGED = {
  "x-forwarded-for": "203.0.113.66",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-real-ip": "203.0.113.66",
  forwarded: "for=203.0.113.66;host=evil.example;proto=https",
};

let direct: Awaited<ReturnType<typeof listening>>;
let behindOne: Awaited<ReturnType<typeof listening>>;
beforeAll(async () => {
  // The public origin is not configured: HTTPS and the host come only from the request.
  vi.stubEnv("APP_URL", "");
  direct = await listening(0);
  behindOne = await listening(1);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  for (const { server } of [direct, behindOne]) await new Promise((resolve) => server.close(resolve));
});

describe("without TRUST_PROXY, the socket is the client (real sockets, the app's own server)", () => {
  it("a forged X-Forwarded-For, -Host and -Proto are ignored: the peer's address, the Host header, plain http and no HSTS", async () => {
    const { status, headers, seen } = await send(direct.port, FORGED);
    expect(status).toBe(200);
    expect(seen).toEqual({
      clientAddress: "127.0.0.1",
      forwardedFor: "127.0.0.1",
      forwardedHost: "shop.example.com",
      forwardedProto: "http",
      protocol: "http:",
    });
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(headers["content-security-policy"]).not.toMatch(/upgrade-insecure-requests/);
  });

  it("TRACE is refused with 405 before anything runs", async () => {
    const { status, headers } = await send(direct.port, {}, "TRACE");
    expect(status).toBe(405);
    expect(headers.allow).toMatch(/GET/);
  });
});

describe("behind TRUST_PROXY=1, what the one proxy reported — the last hop — is honoured", () => {
  it("the address the proxy appended, whatever the client put before it", async () => {
    const { seen } = await send(behindOne.port, { "x-forwarded-for": "203.0.113.66, 198.51.100.23" });
    expect(seen).toMatchObject({ clientAddress: "198.51.100.23", forwardedFor: "198.51.100.23" });
  });

  it("the proxy says https: the app sees https and sends HSTS", async () => {
    const { headers, seen } = await send(behindOne.port, {
      "x-forwarded-for": "198.51.100.23",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "shop.example.com",
    });
    expect(seen).toMatchObject({ forwardedProto: "https", forwardedHost: "shop.example.com", protocol: "https:" });
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  });

  it("a proxy that appends to the client's own X-Forwarded-Host/-Proto: its value (the last) counts, not the client's", async () => {
    const { headers, seen } = await send(behindOne.port, {
      "x-forwarded-for": "203.0.113.66, 198.51.100.23",
      "x-forwarded-host": "evil.example, shop.example.com",
      "x-forwarded-proto": "https, http",
    });
    expect(seen).toMatchObject({ clientAddress: "198.51.100.23", forwardedHost: "shop.example.com", forwardedProto: "http", protocol: "http:" });
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  it("the headers only a proxy may send are still dropped when the proxy didn't send them well formed", async () => {
    const { seen } = await send(behindOne.port, { "x-forwarded-host": "evil.example/path?x", "x-forwarded-proto": "gopher" });
    expect(seen).toMatchObject({ forwardedHost: "shop.example.com", forwardedProto: "http", clientAddress: "127.0.0.1" });
  });
});
