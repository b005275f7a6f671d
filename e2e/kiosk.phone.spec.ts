import { type Browser, expect, type Page, test } from "@playwright/test";
import { desktop, phone as phoneDevice } from "./chromium";
import { findStockedGtins } from "./fixtures/in-store";
import { signUpShopper } from "./fixtures/shoppers";
import { signedInPage, signIn } from "./fixtures/session";

/**
 * Kiosk hand-over with two contexts: the kiosk screen (a store device signed in by staff) and
 * the shopper's phone. The phone opens the kiosk's QR URL, the basket appears on the kiosk
 * live (server-sent events, no reload), the shopper pays on the phone or at the kiosk, the
 * kiosk says thank you and the exit pass is on the phone.
 */

/** The shopper on `phone` signs up and scans one stocked item into the basket; returns its name. */
async function shopperWithOneItem(phone: Page, name: string) {
  const [gtin] = await findStockedGtins(phone, 1);
  await signUpShopper(phone, { first: name });
  await phone.goto("/in-store/sea");
  await phone.getByLabel("No camera? Type the barcode digits").fill(gtin);
  await phone.getByRole("button", { name: "Look up" }).click();
  await phone.waitForURL(`**/q/sea/${gtin}`);
  const productName = (await phone.getByRole("heading", { level: 1 }).textContent())!.trim();
  await phone.getByRole("button", { name: "Add to basket" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "In your basket: 1" })).toBeVisible();
  return productName;
}

/** Kiosk `kioskCode` of store sea: a store device an associate signed in, connected live. */
async function openKiosk(browser: Browser, baseURL: string | undefined, kioskCode: string) {
  const { context: kioskContext, page: kiosk } = await signedInPage(browser, "associate", { ...desktop, baseURL });
  await kiosk.goto(`/kiosk/sea/${kioskCode}`);
  await expect(kiosk.getByRole("heading", { name: "Skip the line" })).toBeVisible();
  await expect(kiosk.getByText("Connected")).toBeVisible();
  return { kiosk, kioskContext };
}

/** The URL in the QR the kiosk displays now (it changes every 30 s: read it just before a phone uses it). */
async function displayedQrUrl(kiosk: Page, kioskCode: string) {
  const handoverUrl = (await kiosk.getByRole("img", { name: "Kiosk hand-over QR code" }).getAttribute("data-url"))!;
  expect(handoverUrl).toMatch(new RegExp(`/kiosk/sea/${kioskCode}/join\\?t=[0-9a-z]+\\.[\\w-]{11}\\.[\\w-]{16}$`));
  return handoverUrl;
}

/** A shopper with one scanned item hands the basket to kiosk `kioskCode`; the kiosk shows it live, with the phone's matching code. */
async function handOverBasket(phone: Page, browser: Browser, baseURL: string | undefined, kioskCode: string, name: string) {
  const productName = await shopperWithOneItem(phone, name);
  const { kiosk, kioskContext } = await openKiosk(browser, baseURL, kioskCode);
  const handoverUrl = await displayedQrUrl(kiosk, kioskCode);

  // Scan the kiosk (the phone opens the QR's URL) and confirm: the kiosk shows the basket, live.
  await phone.goto(handoverUrl);
  await phone.getByRole("button", { name: "Show my basket on the kiosk" }).click();
  await phone.waitForURL(`**/in-store/sea/pay?kiosk=${kioskCode}`);
  await expect(kiosk.getByRole("heading", { name: /here's your basket/ })).toBeVisible();
  await expect(kiosk.getByText(productName)).toBeVisible();
  await expect(kiosk.getByTestId("kiosk-total")).toHaveText(/^\$\d+\.\d{2}$/);

  // Both screens show the same short code, so the shopper sees they're paired with this kiosk.
  const matchCode = (await phone.getByTestId("phone-match-code").textContent())!.trim();
  expect(matchCode).toMatch(/^[A-Z0-9]{3}$/);
  await expect(kiosk.getByTestId("kiosk-match-code")).toHaveText(matchCode);

  return { kiosk, kioskContext, handoverUrl, matchCode };
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

  const token = (await phone.getByRole("img", { name: "Exit pass QR code" }).getAttribute("data-token"))!;

  // Checked at another store's exit: refused, and that store learns only whose store the pass is for.
  const elsewhere = await browser.newContext({ ...desktop, baseURL });
  const pdx = await elsewhere.newPage();
  await signIn(pdx, "associate.pdx@example.com");
  await pdx.goto("/staff/pdx/exit");
  await pdx.getByLabel("Or type the pass").fill(token);
  await pdx.getByRole("button", { name: "Check pass" }).click();
  await expect(pdx.getByTestId("exit-verdict")).toHaveText("Refused");
  await expect(pdx.getByText("This pass is for Aisle Capitol Hill.")).toBeVisible();
  await expect(pdx.getByText(/Kim/)).toHaveCount(0);
  await expect(pdx.getByText("Total paid")).toHaveCount(0);
  await elsewhere.close();

  // A colleague checks the pass at the exit (typed this time); the phone shows it was checked, live.
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

test("two phones, one kiosk QR: the second is refused, the first keeps the kiosk and hears when it ends", async ({
  page: first,
  browser,
  baseURL,
}) => {
  // The second phone is ready first, so it uses the QR while it is still on the kiosk's screen.
  const secondContext = await browser.newContext({ ...phoneDevice, baseURL });
  const second = await secondContext.newPage();
  await shopperWithOneItem(second, "Rex");
  const { kiosk, kioskContext, handoverUrl, matchCode } = await handOverBasket(first, browser, baseURL, "k3", "Noa");

  // The second phone opens the very same QR (a photo of the screen) and confirms: refused, plainly.
  await second.goto(handoverUrl);
  await second.getByRole("button", { name: "Show my basket on the kiosk" }).click();
  await expect(second.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/This kiosk is with another shopper right now/);
  expect(new URL(second.url()).pathname).toBe("/kiosk/sea/k3/join");

  // A fresh QR from the same kiosk is refused too while the first shopper's hand-over is live.
  await second.goto(await displayedQrUrl(kiosk, "k3"));
  await second.getByRole("button", { name: "Show my basket on the kiosk" }).click();
  await expect(second.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/This kiosk is with another shopper right now/);

  // The kiosk still shows the first shopper's basket and code.
  await expect(kiosk.getByRole("heading", { name: "Hi Noa, here's your basket" })).toBeVisible();
  await expect(kiosk.getByTestId("kiosk-match-code")).toHaveText(matchCode);

  // The kiosk ends the hand-over; the QR the first phone used starts nothing for anyone now.
  await kiosk.getByRole("button", { name: "End hand-over" }).click();
  await expect(kiosk.getByRole("heading", { name: "Skip the line" })).toBeVisible();
  await second.goto(handoverUrl);
  await second.getByRole("button", { name: "Show my basket on the kiosk" }).click();
  await expect(second.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/already used/);

  // The first phone was told, live, without a reload.
  await expect(first.getByText(/no longer showing your basket|now with someone else/).first()).toBeVisible();
  await expect(first.getByTestId("phone-match-code")).toHaveCount(0);

  await secondContext.close();
  await kioskContext.close();
});
