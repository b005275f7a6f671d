import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { sessionUser } from "./fixtures/session";

/**
 * The storefront's must-show journey on a phone, through the real UI only: a guest at their
 * store searches, filters, fills a cart, signs in (the guest cart merges into the account),
 * and collects in store with the test card; a declined card places nothing.
 *
 * Each test makes its own shopper (the demo shopper is shared with other specs), so the two
 * tests can run at the same time on the same server, in any order.
 */

const PASSWORD = "journey-pass-1";
const STORE = "Aisle Capitol Hill"; // the "sea" demo store
const SUCCESS_CARD = "4242 4242 4242 4242";
const DECLINE_CARD = "4000 0000 0000 0002";

type Shopper = { name: string; email: string };

function newShopper(first: string): Shopper {
  return { name: `${first} Journey`, email: `${first.toLowerCase()}.${randomBytes(5).toString("hex")}@example.com` };
}

/** Creates the account through /sign-up, in a browser of its own (the journey's browser stays a guest). */
async function signUpElsewhere(browser: Browser, shopper: Shopper, prepare?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signUp(page, shopper);
    await prepare?.(page);
  } finally {
    await context.close();
  }
}

async function signUp(page: Page, shopper: Shopper) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(shopper.name);
  await page.getByLabel("Email", { exact: true }).fill(shopper.email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
  expect(await sessionUser(page)).toMatchObject({ email: shopper.email, role: "shopper" });
}

/** The header's search box (suggestions while typing; Enter searches). */
async function search(page: Page, query: string) {
  const box = page.getByRole("banner").getByRole("combobox", { name: "Search products" });
  await box.fill(query);
  await box.press("Enter");
  await page.waitForURL(/\/search\?/);
  await expect(page.getByRole("heading", { level: 1, name: `Results for “${query}”` })).toBeVisible();
  // The box keeps the query, ready to refine.
  await expect(box).toHaveValue(query);
}

/** On a phone the filters live in a sheet behind "Filters". */
async function filterInStockAtMyStore(page: Page) {
  await page.getByRole("button", { name: "Filters" }).click();
  const filters = page.getByRole("dialog");
  await filters.getByRole("checkbox", { name: `In stock at ${STORE}` }).check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await page.waitForURL(/[?&]instock=1/);
  // The active filter shows as a chip that removes it.
  await expect(page.getByRole("link", { name: new RegExp(`In stock at ${STORE}`) })).toBeVisible();
}

function results(page: Page) {
  return page.getByRole("region", { name: "Results" }).getByRole("article");
}

/** Opens the n-th result, checks it speaks of my store, and adds it; returns the product's name. */
async function addResultToCart(page: Page, index: number, expectedCount: number) {
  const card = results(page).nth(index);
  await expect(card.getByText(new RegExp(`(In stock|Only \\d+ left) at ${STORE}`))).toBeVisible();
  const link = card.getByRole("heading").getByRole("link");
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // "Pick up today at …" (or "tomorrow", late in the evening).
  await expect(page.getByRole("region", { name: "Availability" }).getByText(new RegExp(`^Pick up .+ at ${STORE}$`))).toBeVisible();

  // A mark on this document: a reload or a navigation would lose it.
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  // The header badge follows the cart without a reload.
  await expect(page.getByRole("link", { name: `Cart, ${expectedCount} ${expectedCount === 1 ? "item" : "items"}` })).toBeVisible();
  expect(await page.evaluate(() => "__samePage" in window)).toBe(true);
  return name;
}

function cartLines(page: Page) {
  return page.getByRole("region", { name: "Items" }).getByRole("listitem");
}

/** Tomorrow's (the second day's) second time: a whole day of times, whatever the hour of the test. */
async function choosePickupSlot(page: Page) {
  const days = page.getByRole("group", { name: "Pickup day" });
  // The radios are drawn as chips: a person taps the chip (the radio's label).
  await days.locator("label").nth(1).click();
  await expect(days.getByRole("radio").nth(1)).toBeChecked();
  const times = page.getByRole("group", { name: /^Pickup time/ });
  await times.locator("label").nth(1).click();
  await expect(times.getByRole("radio").nth(1)).toBeChecked();
  await expect(page.getByText(/Your order will be ready to collect/)).toContainText(STORE);
}

async function enterCard(page: Page, number: string) {
  await page.getByLabel("Card number").fill(number);
  await page.getByLabel("Expiry (MM/YY)").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
}

test.describe("checkout journey on a phone", () => {
  test("a guest searches at their store, fills a cart, signs in (the cart merges) and picks up in store with the test card", async ({
    page,
    browser,
  }) => {
    // The account the guest will sign in to already has something in its cart, from another device.
    const shopper = newShopper("Robin");
    let accountItem = "";
    await signUpElsewhere(browser, shopper, async (other) => {
      await search(other, "toothpaste");
      accountItem = await addResultToCart(other, 0, 1);
    });

    // A guest, at their store: Capitol Hill (the store chip in the header leads to the store finder).
    await page.goto("/");
    await page.getByRole("link", { name: /My store/ }).click();
    await page.waitForURL(/\/stores$/);
    await page.getByRole("link", { name: STORE, exact: true }).click();
    await page.waitForURL(/\/stores\/sea$/);
    await expect(page.getByRole("heading", { level: 1, name: STORE })).toBeVisible();
    // Next keeps the page as it was before the store changed, hidden, for going back: only the visible one counts.
    await expect(page.getByRole("main").getByText("Your store", { exact: true }).filter({ visible: true })).toBeVisible();

    // Search, keep only what is on the shelf at my store, and add two different items.
    await search(page, "coffee");
    await filterInStockAtMyStore(page);
    const listingUrl = page.url();
    const first = await addResultToCart(page, 0, 1);
    await page.goto(listingUrl);
    const second = await addResultToCart(page, 1, 2);
    expect(new Set([first, second, accountItem]).size).toBe(3);

    // Signing in from the header brings the guest cart into the account's cart.
    await page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email", { exact: true }).fill(shopper.email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await expect(page.getByRole("link", { name: "Cart, 3 items" })).toBeVisible();
    // The sign-in form merged the guest cart itself: the guest cart's cookie is gone.
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain("aisle_cart");

    await page.getByRole("link", { name: "Cart, 3 items" }).click();
    await page.waitForURL(/\/cart$/);
    await expect(cartLines(page)).toHaveCount(3);
    for (const name of [first, second, accountItem]) {
      await expect(cartLines(page).getByRole("link", { name, exact: true })).toBeVisible();
    }

    // Checkout: pick up in store, at a chosen time, paid with the test card.
    await page.getByRole("link", { name: "Checkout" }).click();
    await page.waitForURL(/\/checkout$/);
    await page.getByRole("radio", { name: "Pick up in store" }).check();
    await expect(page.getByLabel("Pickup store")).toHaveValue(/.+/);
    await expect(page.getByLabel("Pickup store").locator("option:checked")).toHaveText(new RegExp(STORE));
    await choosePickupSlot(page);
    await expect(page.getByLabel("Full name")).toHaveValue(shopper.name);
    await enterCard(page, SUCCESS_CARD);
    await page.getByRole("button", { name: "Place order" }).click();

    // The order page: placed, with the pickup code and its QR.
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    await expect(page.getByRole("status").filter({ hasText: "your order is placed" })).toBeVisible();
    const pickup = page.getByRole("region", { name: "Pick up in store" });
    await expect(pickup.getByText(STORE)).toBeVisible();
    await expect(pickup.getByText("Pickup code")).toBeVisible();
    const code = (await pickup.locator("p.font-mono [aria-hidden=true]").textContent())!.replace(/\s/g, "");
    expect(code).toMatch(/^[A-Z0-9]{8,}$/);
    const qr = pickup.getByRole("img", { name: /QR code for pickup/ });
    await expect(qr).toBeVisible();
    await expect(qr.locator("svg")).toBeVisible();
    for (const name of [first, second, accountItem]) {
      await expect(page.getByRole("region", { name: "Items" }).getByText(name)).toBeVisible();
    }
    await expect(page.getByRole("region", { name: "Payment" }).getByText(/4242/)).toBeVisible();
    // The cart is empty again.
    await expect(page.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  });

  test("a declined card says so clearly and places no order", async ({ page }) => {
    const shopper = newShopper("Casey");
    await signUp(page, shopper);

    await search(page, "coffee");
    await filterInStockAtMyStore(page);
    const item = await addResultToCart(page, 0, 1);

    await page.getByRole("link", { name: "Cart, 1 item" }).click();
    await expect(cartLines(page).getByRole("link", { name: item, exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Checkout" }).click();
    await page.waitForURL(/\/checkout$/);
    await page.getByRole("radio", { name: "Pick up in store" }).check();
    await choosePickupSlot(page);
    await enterCard(page, DECLINE_CARD);
    await page.getByRole("button", { name: "Place order" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "Payment declined" });
    await expect(alert).toBeVisible();
    // The processor's reason, or after a few declines of the same test card (other specs use it too) the generic one.
    await expect(alert).toContainText("Your card was declined.");
    await expect(page).toHaveURL(/\/checkout$/);
    await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

    // No order in the shopper's history (looked at in another tab; the checkout stays as it is).
    const history = await page.context().newPage();
    await history.goto("/account");
    await expect(history.getByRole("heading", { name: "Your orders" })).toBeVisible();
    await expect(history.getByText("No orders yet")).toBeVisible();

    // Another card in the same form is a new attempt: it goes through, and only it is an order.
    await page.getByLabel("Card number").fill(SUCCESS_CARD);
    await page.getByRole("button", { name: "Place order" }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    await expect(page.getByRole("region", { name: "Pick up in store" }).getByText("Pickup code")).toBeVisible();
    await history.reload();
    await expect(history.getByRole("region", { name: "Your orders" }).getByRole("listitem")).toHaveCount(1);
  });
});
