import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isProductionDeployment } from "@/lib/security/deployment";

/**
 * The secret that signs sessions and QR tokens. Production sets AUTH_SECRET; a local or
 * demo install gets a random one, kept under .data so sessions survive restarts.
 */
export function getAppSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (isProductionDeployment()) {
    throw new Error("Set AUTH_SECRET (e.g. `openssl rand -base64 32`) before starting Aisle in production.");
  }
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      // Another process wrote it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
