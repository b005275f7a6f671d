import type http from "node:http";

export function createAppServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<unknown>,
  options: { hops: number },
): http.Server;
