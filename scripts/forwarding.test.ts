import { describe, expect, it } from "vitest";
import { clientAddressOf } from "@/lib/security/client-address";
import { forwardedHeaders, parseTrustProxy, refusedMethod } from "./forwarding.mjs";

describe("without a trusted proxy, the client's address is the socket's", () => {
  it("ignores a forged X-Forwarded-For (a fresh rate-limit bucket per value, or someone else's)", () => {
    const headers = forwardedHeaders({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }, "::ffff:198.51.100.7", 0);
    expect(headers["x-forwarded-for"]).toBe("198.51.100.7");
    expect(clientAddressOf(headers)).toBe("198.51.100.7");
  });

  it("drops forwarded host, proto, port and Forwarded: only a trusted proxy may say them", () => {
    const headers = forwardedHeaders(
      {
        host: "shop.example.com",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-forwarded-port": "443",
        forwarded: "for=1.2.3.4;host=evil.example",
        "x-real-ip": "1.2.3.4",
      },
      "127.0.0.1",
      0,
    );
    expect(headers).toEqual({ host: "shop.example.com", "x-forwarded-for": "127.0.0.1" });
  });

  it("keeps an IPv6 peer as it is", () => {
    expect(forwardedHeaders({}, "2001:db8::5", 0)["x-forwarded-for"]).toBe("2001:db8::5");
  });
});

describe("behind TRUST_PROXY=<hops>, the address that many hops from the right", () => {
  it("one proxy: the address it appended (the last X-Forwarded-For entry), whatever the client put before it", () => {
    const headers = forwardedHeaders(
      { "x-forwarded-for": "6.6.6.6, 203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "shop.example.com" },
      "10.0.0.2",
      1,
    );
    expect(headers).toMatchObject({ "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "shop.example.com" });
  });

  it("two proxies: the entry before the inner proxy's", () => {
    expect(forwardedHeaders({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" }, "10.0.0.2", 2)["x-forwarded-for"]).toBe("203.0.113.9");
  });

  it("fewer hops than configured (a request that skipped a proxy): the furthest address known", () => {
    expect(forwardedHeaders({ "x-forwarded-for": "203.0.113.9" }, "10.0.0.2", 3)["x-forwarded-for"]).toBe("203.0.113.9");
    expect(forwardedHeaders({}, "10.0.0.2", 1)["x-forwarded-for"]).toBe("10.0.0.2");
  });

  it("reads repeated headers and ports as a proxy writes them, and falls back to the peer on garbage", () => {
    expect(forwardedHeaders({ "x-forwarded-for": ["6.6.6.6", "203.0.113.9:51234"] }, "10.0.0.2", 1)["x-forwarded-for"]).toBe("203.0.113.9");
    expect(forwardedHeaders({ "x-forwarded-for": "[2001:db8::9]:443" }, "10.0.0.2", 1)["x-forwarded-for"]).toBe("2001:db8::9");
    expect(forwardedHeaders({ "x-forwarded-for": "unknown" }, "10.0.0.2", 1)["x-forwarded-for"]).toBe("10.0.0.2");
  });

  it("a proxy that appends to the client's own X-Forwarded-Host/-Proto: the last value is the proxy's, the rest the client's", () => {
    const headers = forwardedHeaders({ "x-forwarded-host": "evil.example, shop.example.com", "x-forwarded-proto": ["https", "http"] }, "10.0.0.2", 1);
    expect(headers).toMatchObject({ "x-forwarded-host": "shop.example.com", "x-forwarded-proto": "http" });
  });

  it("drops a malformed forwarded host or proto even from the proxy", () => {
    const headers = forwardedHeaders({ "x-forwarded-host": "shop.example.com/evil?x", "x-forwarded-proto": "gopher" }, "10.0.0.2", 1);
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
  });
});

describe("TRUST_PROXY", () => {
  it("is a hop count: unset, empty or 0 trusts nobody", () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("")).toBe(0);
    expect(parseTrustProxy("0")).toBe(0);
    expect(parseTrustProxy(" 2 ")).toBe(2);
  });

  it("refuses anything else at start-up rather than guessing", () => {
    for (const value of ["true", "-1", "1.5", "loopback", "99"]) expect(() => parseTrustProxy(value), value).toThrow(/TRUST_PROXY/);
  });
});

describe("methods", () => {
  it("TRACE, TRACK and CONNECT are refused (405), everything else reaches the app", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT"]) expect(refusedMethod(method)).toBe(true);
    for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) expect(refusedMethod(method)).toBe(false);
  });
});
