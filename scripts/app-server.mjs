// The HTTP layer of the app's own server (scripts/serve.mjs), apart from Next so a test can start
// it around a tiny handler: TRACE and the like refused, the forwarding headers normalised
// (scripts/forwarding.mjs) before the handler sees the request, no upgrades.
import http from "node:http";
import { forwardedHeaders, refusedMethod } from "./forwarding.mjs";

/**
 * An http.Server (not yet listening) that hands each request to `handle` with its X-Forwarded-*
 * headers replaced by the ones the app may believe: the socket's peer, or behind `hops` trusted
 * proxies (TRUST_PROXY) what they reported.
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<unknown>} handle
 * @param {{ hops: number }} options
 * @returns {http.Server}
 */
export function createAppServer(handle, { hops }) {
  const server = http.createServer((req, res) => {
    if (refusedMethod(req.method)) {
      res.writeHead(405, {
        allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff",
      });
      res.end("Method not allowed.");
      return;
    }
    const trusted = forwardedHeaders(req.headers, req.socket.remoteAddress, hops);
    for (const name of Object.keys(req.headers)) if (!(name in trusted)) delete req.headers[name];
    Object.assign(req.headers, trusted);
    handle(req, res).catch((error) => {
      console.error("[aisle] request failed:", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Next uses upgrades only for its development server's hot reload; in production nothing does.
  server.on("upgrade", (_req, socket) => socket.destroy());
  return server;
}
