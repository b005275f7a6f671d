import { expect, test } from "@playwright/test";

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
