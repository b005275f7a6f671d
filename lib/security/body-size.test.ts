import { describe, expect, it } from "vitest";
import { bodyOverLimit } from "./body-size";

const LIMIT = 1024;

/** A request whose body arrives in chunks with no Content-Length (Transfer-Encoding: chunked). */
function chunked(sizes: number[]) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = sizes[pulled++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  const request = new Request("http://localhost/sign-in", { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("bodyOverLimit: a server action body over the limit is refused before Next reads it (a bare 500)", () => {
  it("trusts a declared Content-Length", async () => {
    const request = new Request("http://localhost/", {
      method: "POST",
      body: "x".repeat(LIMIT + 1),
      headers: { "content-length": String(LIMIT + 1) },
    });
    expect(await bodyOverLimit(request, LIMIT)).toBe(true);
  });

  it("counts a chunked body as it streams, and stops reading once it is over", async () => {
    const big = chunked([600, 600, 600, 600, 600]);
    expect(await bodyOverLimit(big.request, LIMIT)).toBe(true);
    expect(big.pulled()).toBeLessThan(5);
  });

  it("lets a chunked body within the limit through, and leaves the request's own body unread", async () => {
    const small = chunked([500, 500]);
    expect(await bodyOverLimit(small.request, LIMIT)).toBe(false);
    expect((await small.request.arrayBuffer()).byteLength).toBe(1000);
  });

  it("is false for a request without a body", async () => {
    expect(await bodyOverLimit(new Request("http://localhost/", { method: "POST" }), LIMIT)).toBe(false);
  });
});
