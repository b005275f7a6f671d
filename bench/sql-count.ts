import net from "node:net";

/** One statement a client asked PostgreSQL to run: a simple Query or an extended-protocol Execute. */
export type Statement = { at: number; text: string };

const TRANSACTION_CONTROL = /^\s*(begin|start\s+transaction|commit|end|rollback|savepoint|release)\b/i;
export const isTransactionControl = (statement: Statement) => TRANSACTION_CONTROL.test(statement.text);

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

function cstring(buffer: Buffer, offset: number): [string, number] {
  const end = buffer.indexOf(0, offset);
  return [buffer.toString("utf8", offset, end), end + 1];
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements its clients send, read from the
 * wire protocol: each simple-protocol Query ('Q') and each extended-protocol Execute ('E', with
 * the text of the statement its portal was bound to). BEGIN/COMMIT count as statements (they are
 * round trips); isTransactionControl tells them apart. Needs no server privileges, and counts
 * exactly one app instance's traffic (the one whose DATABASE_URL points here), nothing else's.
 */
export class StatementCounter {
  readonly statements: Statement[] = [];
  private server: net.Server;

  private constructor(server: net.Server) {
    this.server = server;
  }

  static async start(upstream: { host: string; port: number }): Promise<StatementCounter> {
    const server = net.createServer();
    const counter = new StatementCounter(server);
    server.on("connection", (client) => counter.relay(client, upstream));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return counter;
  }

  get port() {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Resolves once no statement has arrived for `quietMs` (or after `maxMs`). */
  async quiet(quietMs = 60, maxMs = 3000) {
    const deadline = performance.now() + maxMs;
    for (;;) {
      const last = this.statements.at(-1)?.at ?? 0;
      const now = performance.now();
      if (now - last >= quietMs || now > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(5, quietMs - (now - last))));
    }
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: net.Socket, upstream: { host: string; port: number }) {
    const server = net.connect(upstream.port, upstream.host);
    server.pipe(client);
    client.on("error", () => server.destroy());
    server.on("error", () => client.destroy());
    client.on("close", () => server.destroy());
    server.on("close", () => client.destroy());

    const statementText = new Map<string, string>();
    const portalText = new Map<string, string>();
    let started = false;
    let pending: Buffer = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      server.write(chunk);
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      for (;;) {
        if (!started) {
          // Untyped start-up packets: length, then the protocol code (or an SSL/GSS/cancel request).
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          if (code !== SSL_REQUEST && code !== GSS_REQUEST && code !== CANCEL_REQUEST) started = true;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, 1 + length);
        pending = pending.subarray(1 + length);
        this.read(type, body, statementText, portalText);
      }
    });
  }

  private read(type: string, body: Buffer, statementText: Map<string, string>, portalText: Map<string, string>) {
    const at = performance.now();
    if (type === "Q") {
      this.statements.push({ at, text: cstring(body, 0)[0] });
    } else if (type === "P") {
      const [name, next] = cstring(body, 0);
      statementText.set(name, cstring(body, next)[0]);
    } else if (type === "B") {
      const [portal, next] = cstring(body, 0);
      portalText.set(portal, statementText.get(cstring(body, next)[0]) ?? "");
    } else if (type === "E") {
      this.statements.push({ at, text: portalText.get(cstring(body, 0)[0]) ?? "" });
    }
  }
}
