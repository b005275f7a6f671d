/**
 * Full-page screenshots of running Aisle pages at a phone width (390 px) and a laptop width
 * (1280 px), written to screenshots/ (git-ignored), to look at screens without a browser.
 *
 *   npx tsx scripts/screenshots.ts [--base http://localhost:3000] [--out screenshots] / /stores /p/some-slug
 *
 * Uses Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), like the e2e tests.
 * Add `--cookie name=value` to look at pages as a signed-in user (e.g. a next-auth session cookie).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type BrowserContextOptions } from "@playwright/test";
import { chromiumLaunchOptions, desktop, phone } from "../e2e/chromium";

type Options = { base: string; out: string; cookies: { name: string; value: string }[]; paths: string[] };

function parseArgs(argv: string[]): Options {
  const options: Options = { base: process.env.BASE_URL ?? "http://localhost:3000", out: "screenshots", cookies: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--base") options.base = value();
    else if (arg === "--out") options.out = value();
    else if (arg === "--cookie") {
      const [name, ...rest] = value().split("=");
      options.cookies.push({ name, value: rest.join("=") });
    } else if (arg === "--help" || arg === "-h") {
      console.log("usage: npx tsx scripts/screenshots.ts [--base URL] [--out DIR] [--cookie name=value] PATH…");
      process.exit(0);
    } else if (/^https?:\/\//.test(arg)) {
      // A full URL: its origin becomes the base.
      const url = new URL(arg);
      options.base = url.origin;
      options.paths.push(url.pathname + url.search);
    } else options.paths.push(arg.startsWith("/") ? arg : `/${arg}`);
  }
  if (options.paths.length === 0) options.paths.push("/");
  return options;
}

/** "/p/oat-granola?x=1" → "p-oat-granola-x-1"; "/" → "home". */
function fileStem(pagePath: string) {
  const stem = pagePath
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return stem || "home";
}

// One device pixel per CSS pixel: the PNG is exactly 390 or 1280 pixels wide.
const widths: { label: string; context: BrowserContextOptions }[] = [
  { label: "390", context: { ...phone, deviceScaleFactor: 1 } },
  { label: "1280", context: { ...desktop, deviceScaleFactor: 1 } },
];

async function main() {
  const options = parseArgs(process.argv.slice(2));
  fs.mkdirSync(options.out, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  let failures = 0;
  try {
    for (const { label, context: contextOptions } of widths) {
      const context = await browser.newContext({ ...contextOptions, baseURL: options.base });
      if (options.cookies.length) {
        await context.addCookies(options.cookies.map((cookie) => ({ ...cookie, url: options.base })));
      }
      const page = await context.newPage();
      for (const pagePath of options.paths) {
        const file = path.join(options.out, `${fileStem(pagePath)}-${label}.png`);
        try {
          const response = await page.goto(pagePath, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: file, fullPage: true });
          const status = response?.status() ?? 0;
          console.log(`${status} ${pagePath} @${label}px → ${file}`);
          if (status >= 400) failures++;
        } catch (error) {
          failures++;
          console.error(`failed ${pagePath} @${label}px: ${(error as Error).message}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (failures) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
