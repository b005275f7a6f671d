import { chromium, expect, test } from "@playwright/test";
import { chromiumLaunchOptions, phone } from "./chromium";

/**
 * The in-store app is installable by Chrome's criteria: a linked manifest with name,
 * short_name, start_url, display standalone and 192/512 PNG icons that load; a service worker
 * with a fetch handler controlling the page. Chrome itself is asked (DevTools
 * Page.getInstallabilityErrors), and the offline page proves the worker serves something useful.
 */
test("the in-store app is installable and has an offline page", async ({ baseURL }, testInfo) => {
  // A persistent profile: Chrome never offers to install from an incognito-like context.
  const context = await chromium.launchPersistentContext(testInfo.outputPath("profile"), { ...chromiumLaunchOptions, ...phone, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/in-store/sea");
  // In <head>, where Chrome looks for it (the page's own metadata is streamed later).
  const manifestHref = await page.locator('head link[rel="manifest"]').first().getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");

  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ short_name: "Aisle", start_url: "/in-store", display: "standalone", theme_color: expect.any(String) });
  expect(manifest.name).toBeTruthy();
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i: { sizes: string; purpose?: string }) => i.sizes === `${size}x${size}` && i.purpose !== "maskable");
    const response = await page.request.get(icon.src);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    // PNG IHDR: width and height are the big-endian words at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }

  // A registered worker with a fetch handler takes control of the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/);
  const worker = await (await page.request.get("/sw.js")).text();
  expect(worker).toContain('addEventListener("fetch"');

  // Chrome's own verdict.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);

  // Offline: a page never visited gets the offline page; auth and API responses were never cached.
  await context.setOffline(true);
  await page.goto("/in-store/sea/aisles");
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    return urls;
  });
  expect(cached).toContain("/offline");
  expect(cached.filter((path) => path.startsWith("/api/") || path.includes("/pay") || path.includes("/pass/"))).toEqual([]);
  await context.close();
});
