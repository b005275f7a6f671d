import { type Browser, expect, type Page, test } from "@playwright/test";
import { desktop } from "./chromium";
import { findStockedGtins } from "./fixtures/in-store";
import { signUpShopper } from "./fixtures/shoppers";
import { signedInPage } from "./fixtures/session";

/**
 * Kiosk hand-over with two contexts: the kiosk screen (a store device signed in by staff) and
 * the shopper's phone. The phone opens the kiosk's QR URL, the basket appears on the kiosk
 * live (server-sent events, no reload), the shopper pays on the phone or at the kiosk, the
 * kiosk says thank you and the exit pass is on the phone.
 */

/** A shopper with one scanned item hands the basket to kiosk `kioskCode`; the kiosk shows it live. */
async function handOverBasket(phone: Page, browser: Browser, baseURL: string | undefined, kioskCode: string, name: string) {
  const [gtin] = await findStockedGtins(phone, 1);

  // The shopper has one item in the basket.
  await signUpShopper(phone, { first: name });
  await phone.goto("/in-store/sea");
  await phone.getByLabel("No camera? Type the barcode digits").fill(gtin);
  await phone.getByRole("button", { name: "Look up" }).click();
  await phone.waitForURL(`**/q/sea/${gtin}`);
  const productName = (await phone.getByRole("heading", { level: 1 }).textContent())!.trim();
  await phone.getByRole("button", { name: "Add to basket" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "In your basket: 1" })).toBeVisible();

  const { context: kioskContext, page: kiosk } = await signedInPage(browser, "associate", { ...desktop, baseURL });
  await kiosk.goto(`/kiosk/sea/${kioskCode}`);
  await expect(kiosk.getByRole("heading", { name: "Skip the line" })).toBeVisible();
  await expect(kiosk.getByText("Connected")).toBeVisible();
  // The QR changes every 30 s: read it just before the phone uses it.
  const qr = kiosk.getByRole("img", { name: "Kiosk hand-over QR code" });
  const handoverUrl = (await qr.getAttribute("data-url"))!;
  expect(handoverUrl).toMatch(new RegExp(`/kiosk/sea/${kioskCode}/join\\?t=[0-9a-z]+\\.[\\w-]{16}$`));

  // Scan the kiosk (the phone opens the QR's URL) and confirm: the kiosk shows the basket, live.
  await phone.goto(handoverUrl);
  await phone.getByRole("button", { name: "Show my basket on the kiosk" }).click();
  await phone.waitForURL(`**/in-store/sea/pay?kiosk=${kioskCode}`);
  await expect(kiosk.getByRole("heading", { name: /here's your basket/ })).toBeVisible();
  await expect(kiosk.getByText(productName)).toBeVisible();
  await expect(kiosk.getByTestId("kiosk-total")).toHaveText(/^\$\d+\.\d{2}$/);

  return { kiosk, kioskContext };
}

test("hand the basket to a kiosk, see it there live, pay on the phone", async ({ page: phone, browser, baseURL }) => {
  const { kiosk, kioskContext } = await handOverBasket(phone, browser, baseURL, "k1", "Kim");

  // Pay on the phone: the phone gets the exit pass, the kiosk thanks the shopper.
  await phone.getByLabel("Card number").fill("4242 4242 4242 4242");
  await phone.getByLabel("Expiry (MM/YY)").fill("12/30");
  await phone.getByLabel("CVC").fill("123");
  await phone.getByRole("button", { name: "Pay", exact: true }).click();
  await phone.waitForURL(/\/in-store\/sea\/pass\//);
  await expect(phone.getByRole("img", { name: "Exit pass QR code" })).toBeVisible();
  await expect(kiosk.getByRole("heading", { name: "Paid — thank you" })).toBeVisible();

  // A colleague checks the pass at the exit (typed this time); the phone shows it was checked, live.
  const token = (await phone.getByRole("img", { name: "Exit pass QR code" }).getAttribute("data-token"))!;
  const exit = await kioskContext.newPage();
  await exit.goto("/staff/sea/exit");
  await exit.getByLabel("Or type the pass").fill(token);
  await exit.getByRole("button", { name: "Check pass" }).click();
  await expect(exit.getByTestId("exit-verdict")).toHaveText("Audit — check the bag");
  await expect(phone.getByText("Checked at the exit")).toBeVisible();
  await kioskContext.close();
});

test("or pay at the kiosk: the kiosk takes the card, the phone gets the exit pass by itself", async ({ page: phone, browser, baseURL }) => {
  const { kiosk, kioskContext } = await handOverBasket(phone, browser, baseURL, "k2", "Lou");

  await kiosk.getByRole("button", { name: "Pay here by card" }).click();
  const pay = kiosk.getByRole("region", { name: /^Pay \$\d+\.\d{2} here$/ });
  // A declined card is said plainly, on the kiosk; nothing is sold and the basket stays.
  await pay.getByLabel("Card number").fill("4000 0000 0000 0002");
  await pay.getByLabel("Expiry (MM/YY)").fill("12/30");
  await pay.getByLabel("CVC").fill("123");
  await pay.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(pay.getByRole("alert")).toContainText("Your card was declined");
  await expect(kiosk.getByRole("heading", { name: /here's your basket/ })).toBeVisible();

  await pay.getByLabel("Card number").fill("4242 4242 4242 4242");
  await pay.getByLabel("Expiry (MM/YY)").fill("12/30");
  await pay.getByLabel("CVC").fill("123");
  await pay.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(kiosk.getByRole("heading", { name: "Paid — thank you" })).toBeVisible();
  await expect(kiosk.getByText(/Your exit pass is on your phone, Lou/)).toBeVisible();
  // The phone, still on its pay page, follows the kiosk's payment to the exit pass.
  await phone.waitForURL(/\/in-store\/sea\/pass\//);
  await expect(phone.getByRole("img", { name: "Exit pass QR code" })).toBeVisible();
  await kioskContext.close();
});
