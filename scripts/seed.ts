/**
 * Seeds the demo data into the configured database (PGlite by default, PostgreSQL when
 * DATABASE_URL is set) and prints what it did. Safe to run again: it changes nothing then.
 *   tsx scripts/seed.ts
 */
import { openDatabase } from "@/lib/db";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";
import { seedDemoData } from "@/lib/demo/seed";

async function main() {
  const database = await openDatabase();
  try {
    const summary = await seedDemoData(database.db);
    const inserted = Object.entries(summary.inserted)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table} ${n}`)
      .join(", ");
    console.log(`[seed] ${database.kind} — ${summary.historySeeded ? "demo history written" : "demo history already present"} in ${summary.ms} ms`);
    console.log(`[seed] inserted: ${inserted || "nothing (already seeded)"}`);
    console.log(
      `[seed] totals: ${Object.entries(summary.totals)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    console.log(`[seed] demo accounts, password "${DEMO_PASSWORD}":`);
    for (const account of demoAccounts) {
      console.log(`[seed]   ${account.email.padEnd(28)} ${account.role}${account.storeCode ? ` · store ${account.storeCode}` : ""}`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error("[seed] failed:", error);
  process.exit(1);
});
