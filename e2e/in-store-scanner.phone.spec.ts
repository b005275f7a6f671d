import { chromium, expect, test } from "@playwright/test";
import { chromiumLaunchOptions, phone } from "./chromium";

/** A string only the html5-qrcode bundle (its zxing decoder) contains. */
const SCANNER_LIBRARY = "No MultiFormat Readers were able to detect the code";

/**
 * The scan page stays light: the camera library arrives only when "Scan" is pressed. Without a
 * camera the shopper gets a clear message and the typed-code fallback still works.
 */
test("the scanner library loads only on Scan; no camera → clear message and typed code works", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  await page.goto("/in-store/sea");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((source) => source.includes(SCANNER_LIBRARY))).toBe(false);

  await page.getByRole("button", { name: "Scan", exact: true }).click();
  await expect.poll(() => scripts.some((source) => source.includes(SCANNER_LIBRARY))).toBe(true);
  // This browser has no camera at all.
  await expect(page.getByRole("status").filter({ hasText: /camera/i })).toContainText(/type the code|take a photo/);
  await page.getByRole("button", { name: "Close camera" }).click();

  // Typed code: an empty one is refused next to the field; a product barcode opens the product.
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByText("Type the digits under the barcode")).toBeVisible();
  await page.getByLabel("No camera? Type the barcode digits").fill("0860004002017");
  await page.getByRole("button", { name: "Look up" }).click();
  await page.waitForURL("**/q/sea/0860004002017");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Something that isn't ours gets a helpful message, not a dead end.
  await page.goto("/in-store/sea");
  await page.getByLabel("No camera? Type the barcode digits").fill("hello world");
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "isn't one of ours" })).toBeVisible();
});

test("the camera is always released: on Close camera and when leaving the page", async ({ baseURL }) => {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...(chromiumLaunchOptions.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  });
  try {
    const context = await browser.newContext({ ...phone, baseURL, permissions: ["camera"] });
    // Keep every camera stream the page opens, to check each one is stopped.
    await context.addInitScript(() => {
      const opened: MediaStream[] = ((window as unknown as { __streams: MediaStream[] }).__streams = []);
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints);
        opened.push(stream);
        return stream;
      };
    });
    const page = await context.newPage();
    const live = () =>
      page.evaluate(
        () =>
          (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === "live").length,
      );
    const opened = () => page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.length);

    await page.goto("/in-store/sea");
    await page.getByRole("button", { name: "Scan", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Point the camera" })).toBeVisible();
    await expect.poll(live).toBe(1);
    await page.getByRole("button", { name: "Close camera" }).click();
    await expect.poll(live).toBe(0);

    // Open again, then leave with the tab bar (a client-side navigation unmounts the scanner).
    await page.getByRole("button", { name: "Scan", exact: true }).click();
    await expect.poll(live).toBe(1);
    await page.getByRole("navigation", { name: "In-store" }).getByRole("link", { name: "Aisles" }).click();
    await page.waitForURL("**/in-store/sea/aisles");
    await expect.poll(live).toBe(0);
    expect(await opened()).toBe(2);
  } finally {
    await browser.close();
  }
});
