import path from "node:path";

/** Migrations ship with the app and are applied on every start before it serves. */
export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function defaultPgliteDir() {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
}
