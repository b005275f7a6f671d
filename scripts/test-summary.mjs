#!/usr/bin/env node
// Totals the JSON reports of vitest and Playwright into one line: "N passed, N failed, N skipped".
//   node scripts/test-summary.mjs vitest:test-results/vitest.json playwright:test-results/playwright.json
// A report that is missing or unreadable (its run never got that far) counts as one failure,
// so the line can never look green when a phase did not run. Exits 1 when anything failed.
import fs from "node:fs";

function readVitest(report) {
  let passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  let skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const statuses = file.assertionResults.map((test) => test.status);
    if (file.status !== "failed") continue;
    // A file can fail outside its tests (import error, a failing beforeAll): vitest then marks
    // the tests it never ran as skipped. In a failed file those count as failed, and a file
    // that failed with no failed test counts at least once.
    const notRun = statuses.filter((status) => status === "skipped" || status === "pending").length;
    failed += statuses.includes("failed") ? notRun : Math.max(1, notRun);
    skipped -= notRun;
  }
  if (report.success === false && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

function readPlaywright(report) {
  const stats = report.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  // Errors outside tests (web server did not start, config error) count as failures too.
  failed += (report.errors ?? []).length;
  return { passed, failed, skipped: stats.skipped ?? 0 };
}

const readers = { vitest: readVitest, playwright: readPlaywright };
const total = { passed: 0, failed: 0, skipped: 0 };
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error("usage: test-summary.mjs vitest:<file.json> playwright:<file.json> …");
  process.exit(2);
}

for (const arg of args) {
  const [kind, file] = arg.split(/:(.*)/s);
  let counts;
  try {
    counts = readers[kind](JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (error) {
    console.log(`${file}: no usable report (${error.code ?? error.message}) — counted as 1 failed`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  console.log(`${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += counts[key];
}

console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
