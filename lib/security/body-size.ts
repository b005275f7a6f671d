/**
 * Whether a request's body is longer than `limit` bytes. A declared Content-Length is believed
 * (the server never reads past it); a chunked body (no Content-Length) is counted on a clone as
 * it streams, and reading stops as soon as it is over. Next.js answers a server action body
 * over its limit with a bare 500, so the proxy asks this first and answers 413.
 */
export async function bodyOverLimit(request: Request, limit: number): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > limit;
  if (!request.body) return false;
  const reader = request.clone().body!.getReader();
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      length += value.byteLength;
      if (length > limit) return true;
    }
  } catch {
    return false; // an aborted upload: nothing to refuse, Next sees the same broken body
  } finally {
    reader.cancel().catch(() => {});
  }
}
