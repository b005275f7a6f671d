import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { authFile } from "./fixtures/session";

/**
 * The shelf-label sheet printed to PDF by Chromium, the PDF opened in Chromium's own PDF
 * viewer and captured as PNG, and every label's QR decoded from those pixels: each must be the
 * absolute /q/sea/<gtin> URL of a label on the sheet.
 */

const LETTER_MM = { width: 215.9, height: 279.4 };
const MARGIN_MM = 10;
const LABEL_MM = { width: 95, height: 50 };

/**
 * The page the viewer scrolled to: the first page top (a white row under a dark one) whose
 * whole page fits in the screenshot. The last page can't scroll to the top, so the previous
 * page's tail may sit above it.
 */
function findPage(png: PNG) {
  const whiteRun = (y: number) => {
    let left = -1;
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const white = png.data[i] > 245 && png.data[i + 1] > 245 && png.data[i + 2] > 245;
      if (white && left < 0) left = x;
      if (!white && left >= 0) {
        if (x - left > png.width * 0.6) return { left, width: x - left };
        left = -1;
      }
    }
    return left >= 0 && png.width - left > png.width * 0.6 ? { left, width: png.width - left } : null;
  };
  const dark = (x: number, y: number) => png.data[(y * png.width + x) * 4] < 100;
  for (let y = 1; y < png.height; y++) {
    const run = whiteRun(y);
    // A page top: white across the page, the viewer's dark background right above it.
    if (run && dark(run.left + 10, y - 1) && dark(run.left + Math.floor(run.width / 2), y - 1)) {
      const height = (run.width * LETTER_MM.height) / LETTER_MM.width;
      if (y + height <= png.height + 2) return { left: run.left, top: y, width: run.width, height };
    }
  }
  return { left: 0, top: 0, width: 0, height: 0 };
}

function crop(png: PNG, x: number, y: number, width: number, height: number) {
  const out = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((y + row) * png.width + x) * 4;
    out.set(png.data.subarray(from, from + width * 4), row * width * 4);
  }
  return out;
}

test.use({ storageState: authFile("associate") });

test("the label sheet prints to PDF and every QR on it decodes to its /q/sea/<gtin> URL", async ({ page, browser, baseURL }, testInfo) => {
  await page.goto("/staff/sea/labels");
  await page.getByRole("radio", { name: "An aisle" }).check();
  await page.getByRole("combobox", { name: "Aisle" }).selectOption({ index: 1 });
  await page.getByRole("combobox", { name: "Paper" }).selectOption("letter");
  await page.getByRole("button", { name: "Print labels" }).click();
  await page.waitForURL(/by=aisle/);
  const labels = page.getByRole("article", { name: /^Label for / });
  await expect(labels.first()).toBeVisible();
  const expectedUrls = await labels.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-url")!));
  expect(expectedUrls.length).toBeGreaterThan(0);
  for (const url of expectedUrls) expect(url).toMatch(new RegExp(`^${baseURL}/q/sea/\\d{13}$`));

  await page.emulateMedia({ media: "print" });
  const pdfPath = testInfo.outputPath("labels.pdf");
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pageCount = Math.ceil(expectedUrls.length / 10);
  expect(
    readFileSync(pdfPath)
      .toString("latin1")
      .match(/\/Type\s*\/Page[^s]/g)?.length,
  ).toBe(pageCount);

  // Chromium's PDF viewer renders the PDF; one screenshot per page, QR codes decoded per label cell.
  const decoded: string[] = [];
  for (let n = 1; n <= pageCount; n++) {
    // A new tab per page: the viewer honours #page= only on its first load.
    const viewer = await browser.newPage({ viewport: { width: 1400, height: 1900 } });
    await viewer.goto(`file://${pdfPath}#page=${n}&zoom=160&toolbar=0`);
    const shot = testInfo.outputPath(`labels-page-${n}.png`);
    const onPage = Math.min(10, expectedUrls.length - (n - 1) * 10);
    let found: (string | null)[] = [];
    // The viewer paints after load with no event to wait on: poll the pixels until every label reads.
    await expect
      .poll(
        async () => {
          await viewer.screenshot({ path: shot });
          const png = PNG.sync.read(readFileSync(shot));
          const sheet = findPage(png);
          if (sheet.width < 200) return -1;
          const scale = sheet.width / LETTER_MM.width;
          found = Array.from({ length: onPage }, (_, cell) => {
            const x = Math.round(sheet.left + (MARGIN_MM + (cell % 2) * LABEL_MM.width) * scale);
            const y = Math.round(sheet.top + (MARGIN_MM + Math.floor(cell / 2) * LABEL_MM.height) * scale);
            const w = Math.min(Math.round(LABEL_MM.width * scale), png.width - x);
            const h = Math.min(Math.round(LABEL_MM.height * scale), png.height - y);
            return jsQR(crop(png, x, y, w, h), w, h)?.data ?? null;
          });
          return found;
        },
        // The viewer may still show page 1 at first: wait until page n's labels read as page n's URLs.
        { message: `QR codes read on PDF page ${n}`, timeout: 20_000 },
      )
      .toEqual(expectedUrls.slice((n - 1) * 10, (n - 1) * 10 + onPage));
    await testInfo.attach(`labels-page-${n}`, { path: shot, contentType: "image/png" });
    await viewer.close();
    decoded.push(...(found as string[]));
  }
  expect(decoded).toEqual(expectedUrls);
});
