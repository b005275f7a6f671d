import path from "node:path";

/** The production build under test, on its own port and its own fresh embedded database. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://localhost:${e2ePort}`;
export const e2eDataDir = path.join(process.cwd(), ".data", "e2e");
