import { chromium, expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { chromiumLaunchOptions, desktop, phone } from "./chromium";
import { drawEan13, drawQr, fakeCameraArgs, writeY4m } from "./fixtures/fake-camera";
import { findStockedGtins } from "./fixtures/in-store";
import { signUpShopper } from "./fixtures/shoppers";
import { signedInPage } from "./fixtures/session";

/**
 * Scan-and-go with Chromium's fake camera: each camera is a separate browser whose camera
 * plays a generated video (a shelf-label QR, a product's EAN-13, the exit pass QR). The
 * shopper's session moves between the phone browsers with its storage state.
 */

async function cameraBrowser(video: string): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), ...fakeCameraArgs(video)] });
}

async function phoneContext(browser: Browser, baseURL: string, storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  return browser.newContext({ ...phone, baseURL, permissions: ["camera"], storageState });
}

test("scan a shelf label and a barcode, pay, and leave with an exit pass that works once", async ({ page, baseURL }, testInfo) => {
  const base = baseURL!;
  const [labelGtin, barcodeGtin] = await findStockedGtins(page, 2);
  const labelVideo = writeY4m(testInfo.outputPath("label-qr.y4m"), drawQr(`${base}/q/sea/${labelGtin}`));
  const barcodeVideo = writeY4m(testInfo.outputPath("ean13.y4m"), drawEan13(barcodeGtin));
  const browsers: Browser[] = [];

  try {
    // 1. Phone with the label QR in front of the camera: scan → in-store product view.
    const labelBrowser = await cameraBrowser(labelVideo);
    browsers.push(labelBrowser);
    const labelContext = await phoneContext(labelBrowser, base);
    const phonePage = await labelContext.newPage();
    // A new shopper: their own basket, and a first scan-and-go visit, which the exit audits by rule.
    await signUpShopper(phonePage, { first: "Sam" });
    await phonePage.goto("/in-store/sea");
    await phonePage.getByRole("button", { name: "Scan", exact: true }).click();
    await phonePage.waitForURL(`**/q/sea/${labelGtin}`);
    await expect(phonePage.getByTestId("shelf-location")).toHaveText(/^Aisle \S+ · Bay \S+$/);
    await expect(phonePage.getByTestId("shelf-stock")).toHaveText(/^\d+ in stock$/);
    await phonePage.getByRole("button", { name: "Add to basket" }).click();
    await expect(phonePage.getByRole("status").filter({ hasText: "In your basket: 1" })).toBeVisible();
    const session = await labelContext.storageState();

    // 2. Same shopper, camera now pointed at a product's own EAN-13 barcode.
    const barcodeBrowser = await cameraBrowser(barcodeVideo);
    browsers.push(barcodeBrowser);
    const barcodePage = await (await phoneContext(barcodeBrowser, base, session)).newPage();
    await barcodePage.goto("/in-store/sea");
    await barcodePage.getByRole("button", { name: "Scan", exact: true }).click();
    await barcodePage.waitForURL(`**/q/sea/${barcodeGtin}`);
    await expect(barcodePage.getByTestId("shelf-stock")).toHaveText(/in stock/);
    await barcodePage.getByRole("button", { name: "Add to basket" }).click();
    await expect(barcodePage.getByRole("status").filter({ hasText: "In your basket: 1" })).toBeVisible();

    // 3. Basket with both items and a running total → Pay with the test card → exit pass.
    await barcodePage.goto("/in-store/sea");
    const basket = barcodePage.getByRole("region", { name: "Your basket" });
    await expect(basket.getByRole("button", { name: /^Remove / })).toHaveCount(2);
    await expect(barcodePage.getByTestId("order-total")).toHaveText(/^\$\d+\.\d{2}$/);
    await barcodePage.getByRole("link", { name: /^Checkout/ }).click();
    await barcodePage.getByLabel("Card number").fill("4242 4242 4242 4242");
    await barcodePage.getByLabel("Expiry (MM/YY)").fill("12/30");
    await barcodePage.getByLabel("CVC").fill("123");
    await barcodePage.getByRole("button", { name: "Pay", exact: true }).click();
    await barcodePage.waitForURL(/\/in-store\/sea\/pass\/[0-9a-f-]{36}$/);
    await expect(barcodePage.getByRole("heading", { level: 1, name: /^Paid/ })).toBeVisible();
    const pass = barcodePage.getByRole("img", { name: "Exit pass QR code" });
    await expect(pass).toBeVisible();
    const token = (await pass.getAttribute("data-token"))!;
    expect(token).toMatch(/^EP1\.sea\./);
    // Close the phone so it doesn't refresh the pass while staff scan this one.
    await Promise.all(browsers.splice(0).map((b) => b.close()));

    // 4. Staff at the exit scan the pass with their own camera: OK (or a risk-based audit), then refused.
    const passVideo = writeY4m(testInfo.outputPath("exit-pass.y4m"), drawQr(token));
    const staffBrowser = await cameraBrowser(passVideo);
    browsers.push(staffBrowser);
    const { page: staffPage } = await signedInPage(staffBrowser, "associate", { ...desktop, baseURL: base, permissions: ["camera"] });
    await staffPage.goto("/staff/sea/exit");
    await staffPage.getByRole("button", { name: "Scan", exact: true }).click();
    // Paid and valid; a shopper's first scan-and-go visit is always audited by the risk rules.
    await expect(staffPage.getByTestId("exit-verdict")).toHaveText("Audit — check the bag");
    await expect(staffPage.getByText("Why: First scan-and-go visit at this store")).toBeVisible();
    await expect(staffPage.getByRole("region", { name: /Paid items/ }).getByRole("listitem")).toHaveCount(2);
    await staffPage.getByRole("button", { name: "Check next pass" }).click();
    await staffPage.getByRole("button", { name: "Scan", exact: true }).click();
    await expect(staffPage.getByTestId("exit-verdict")).toHaveText("Refused");
    await expect(staffPage.getByText("This pass has already been used.")).toBeVisible();
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
});
