import { randomBytes } from "node:crypto";
import { chromium, expect, test, type Browser, type Page } from "@playwright/test";
import { buildCatalog } from "@/lib/demo/catalog";
import { chromiumLaunchOptions, desktop, phone } from "./chromium";
import { drawQr, fakeCameraArgs, writeY4m } from "./fixtures/fake-camera";
import { demo, signIn } from "./fixtures/session";

/**
 * The staff pickup journey with two browsers side by side: a shopper on a phone and an associate
 * at a desktop. Nothing is reloaded on either side while the other acts: the queue, the pick list
 * and the shopper's order page follow through server-sent events. The handover goes through the
 * real camera pipeline: a separate Chromium whose fake camera plays a video of the order's QR.
 */

const STORE = "sea";
const PASSWORD = "journey-pass-1";
const STORE_NAME = "Aisle Capitol Hill";

type Stocked = { slug: string; code: string; name: string };

/** Products with plenty on the shelf at the store (so a short pick is the associate's choice). */
async function findStockedProducts(page: Page, count: number): Promise<Stocked[]> {
  const found: Stocked[] = [];
  for (const product of buildCatalog().slice(40)) {
    const sku = product.skus[0];
    const html = await (await page.request.get(`/q/${STORE}/${sku.gtin}`)).text();
    const stock = /data-testid="shelf-stock"[^>]*>(\d+) in stock/.exec(html);
    if (stock && Number(stock[1]) >= 6) found.push({ slug: product.slug, code: sku.code, name: product.name });
    if (found.length === count) return found;
  }
  throw new Error(`No stocked products found at ${STORE}`);
}

async function addToCart(page: Page, product: Stocked, times: number, cartCountAfter: number) {
  await page.goto(`/p/${product.slug}?sku=${product.code}`);
  await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
  for (let i = 0; i < times; i++) {
    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added to your cart" }).first()).toBeVisible();
  }
  await expect(page.getByRole("link", { name: `Cart, ${cartCountAfter} items` })).toBeVisible();
}

async function cameraBrowser(video: string): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), ...fakeCameraArgs(video)] });
}

test("a phone shopper's curbside order is picked with a shortage, announced live, and handed over by camera scan", async ({ browser, baseURL }, testInfo) => {
  const base = baseURL!;
  const first = `Kai${randomBytes(2).toString("hex")}`;
  const email = `${first.toLowerCase()}.${randomBytes(4).toString("hex")}@example.com`;
  const browsers: Browser[] = [];

  const staffContext = await browser.newContext({ ...desktop, baseURL: base });
  const shopperContext = await browser.newContext({ ...phone, baseURL: base });
  try {
    // The associate watches the live queue.
    const staff = await staffContext.newPage();
    await signIn(staff, demo.associate);
    await staff.goto(`/staff/${STORE}/pickups`);
    await expect(staff.getByRole("heading", { level: 1, name: "Pickup queue" })).toBeVisible();
    await expect(staff.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await staff.evaluate(() => Object.assign(window, { __samePage: true }));

    // The shopper signs up on their phone and orders two of one product and one of another, curbside.
    const shopper = await shopperContext.newPage();
    const [productA, productB] = await findStockedProducts(shopper, 2);
    await shopper.goto("/sign-up");
    await shopper.getByLabel("Your name").fill(`${first} Journey`);
    await shopper.getByLabel("Email", { exact: true }).fill(email);
    await shopper.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await shopper.getByRole("button", { name: "Create account" }).click();
    await shopper.waitForURL((url) => !url.pathname.startsWith("/sign-up"));
    await shopper.goto(`/stores/${STORE}`);
    const makeMine = shopper.getByRole("button", { name: /Make this my store/ });
    if (await makeMine.isVisible()) await makeMine.click();
    await expect(shopper.getByRole("main").getByText("Your store", { exact: true })).toBeVisible();
    await addToCart(shopper, productA, 2, 2);
    await addToCart(shopper, productB, 1, 3);
    await shopper.goto("/checkout");
    await shopper.getByRole("radio", { name: "Pick up in store" }).check();
    await shopper.getByRole("radio", { name: /Curbside pickup/ }).check();
    const times = shopper.getByRole("group", { name: /^Pickup time/ });
    await times.locator("label").first().click();
    await shopper.getByLabel("Card number").fill("4242 4242 4242 4242");
    await shopper.getByLabel("Expiry (MM/YY)").fill("12 / 34");
    await shopper.getByLabel("CVC").fill("123");
    await shopper.getByRole("button", { name: "Place order" }).click();
    await shopper.waitForURL(/\/orders\/[0-9a-f-]{36}\?placed=1$/);
    const number = ((await shopper.getByRole("heading", { level: 1 }).textContent()) ?? "").replace(/^Order\s*/, "").trim();
    expect(number).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const qrPayload = await shopper.getByRole("img", { name: /QR code for pickup/ }).getAttribute("data-qr-payload");
    expect(qrPayload).toMatch(/^AISLE1\.P\./);
    await expect(shopper.getByText("Live updates")).toBeVisible();
    await shopper.evaluate(() => Object.assign(window, { __samePage: true }));

    // It appears on the associate's queue without a reload, with a visible "new order" cue.
    await expect(staff.getByText(`New order from ${first} (3 items)`)).toBeVisible();
    const card = staff.getByRole("link", { name: `${first}, order ${number}, 3 items` });
    await expect(card).toBeVisible();
    expect(await staff.evaluate(() => "__samePage" in window)).toBe(true);

    // Pick list: start picking, one line short (1 of 2 found), the other picked, mark ready.
    await card.click();
    await staff.waitForURL(/\/pickups\/[0-9a-f-]{36}$/);
    const lines = staff.getByRole("region", { name: "Pick list · aisle order" });
    const lineA = lines.getByRole("listitem").filter({ hasText: productA.name });
    const lineB = lines.getByRole("listitem").filter({ hasText: productB.name });
    const onHandBefore = {
      a: Number((await lineA.getByTestId("on-shelf").textContent())!.match(/\d+/)![0]),
      b: Number((await lineB.getByTestId("on-shelf").textContent())!.match(/\d+/)![0]),
    };
    await staff.getByRole("button", { name: "Start picking" }).click();
    await staff.getByRole("button", { name: `Short ${productA.name}` }).click();
    await staff.getByLabel("Found (of 2)").fill("1");
    await staff.getByRole("button", { name: "Save short" }).click();
    await expect(lineA.getByText("Short · 1 of 2")).toBeVisible();
    await staff.getByRole("button", { name: `Picked ${productB.name}` }).click();
    await expect(lineB.getByText("Picked", { exact: true })).toBeVisible();
    await staff.getByRole("button", { name: "Mark ready" }).click();
    await expect(staff.getByText("Partly ready").first()).toBeVisible();
    const activity = staff.getByRole("region", { name: "Activity" });
    await expect(activity.getByText("Started picking")).toBeVisible();
    await expect(activity.getByText(`Short: ${productA.name} — found 1 of 2`)).toBeVisible();

    // The shopper's page shows it ready, with the shortage and the store's message — no reload.
    await expect(shopper.getByText("Partly ready").first()).toBeVisible();
    await expect(shopper.getByText("Short: 1 of 2 found")).toBeVisible();
    await expect(shopper.getByRole("region", { name: "Messages" }).getByText(`Order ${number} is ready (some items short)`)).toBeVisible();
    expect(await shopper.evaluate(() => "__samePage" in window)).toBe(true);

    // "I'm here": the order moves to the curbside lane on the associate's queue at once.
    await staff.goto(`/staff/${STORE}/pickups`);
    await expect(staff.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await shopper.getByLabel("Parking spot").fill("7");
    await shopper.getByRole("button", { name: "I'm here" }).click();
    await expect(shopper.getByText("We've told the store you're here — spot 7")).toBeVisible();
    const lane = staff.getByRole("region", { name: /Waiting at curbside/ });
    await expect(lane.getByRole("link", { name: new RegExp(`${first} · spot 7`) })).toBeVisible();

    // Handover through the camera: a browser whose camera shows the shopper's QR code.
    const video = writeY4m(testInfo.outputPath("pickup-qr.y4m"), drawQr(qrPayload!));
    const cameraBrowserInstance = await cameraBrowser(video);
    browsers.push(cameraBrowserInstance);
    const counter = await (await cameraBrowserInstance.newContext({ ...desktop, baseURL: base, permissions: ["camera"] })).newPage();
    await signIn(counter, demo.associate);
    await counter.goto(`/staff/${STORE}/handover`);
    await counter.getByRole("button", { name: "Scan", exact: true }).click();
    const found = counter.getByRole("region", { name: "Order to hand over" });
    await expect(found.getByText(first, { exact: true })).toBeVisible();
    await expect(found.getByText(`Order ${number}`)).toBeVisible();
    await expect(found.getByText("short, 1 missing")).toBeVisible();
    const charge = (await found.getByText("Charge on handover").locator("..").textContent())!.replace("Charge on handover", "").trim();
    await counter.getByRole("button", { name: "Hand over" }).click();
    await expect(counter.getByRole("status").filter({ hasText: `Handed over to ${first}` })).toContainText(`Charged ${charge}`);

    // A reused code is refused.
    await counter.getByRole("button", { name: "Next customer" }).click();
    await counter.getByLabel("Pickup code").fill(qrPayload!.split(".")[3]);
    await counter.getByRole("button", { name: "Find order" }).click();
    await expect(counter.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();

    // Stock and payment at the end: on hand went down by what left the store; the payment is captured.
    await staff.goto(`/staff/${STORE}/pickups`);
    await staff.getByRole("tab", { name: /Collected today/ }).click();
    await staff.getByRole("link", { name: `${first}, order ${number}, 3 items` }).click();
    await expect(staff.getByText("Collected").first()).toBeVisible();
    await expect(lineA.getByTestId("on-shelf")).toHaveText(`${onHandBefore.a - 1} on hand`);
    await expect(lineB.getByTestId("on-shelf")).toHaveText(`${onHandBefore.b - 1} on hand`);
    const payment = staff.getByRole("region", { name: "Payment" });
    await expect(payment.getByText(/· captured$/)).toBeVisible();
    await expect(payment.getByText(charge)).toBeVisible();
    await expect(shopper.getByText("Collected").first()).toBeVisible();
    await expect(shopper.getByRole("region", { name: "Payment" }).getByText("Paid")).toBeVisible();
    void STORE_NAME;
  } finally {
    await staffContext.close();
    await shopperContext.close();
    for (const b of browsers) await b.close();
  }
});

test("another store's associate and a shopper are refused the queue, its event stream and a pick list", async ({ browser, baseURL }) => {
  for (const [email, expected] of [
    ["associate.den@example.com", 403],
    [demo.shopper, 403],
  ] as const) {
    const context = await browser.newContext({ ...desktop, baseURL });
    try {
      const page = await context.newPage();
      await signIn(page, email);
      for (const path of [`/staff/${STORE}/pickups`, `/staff/${STORE}/pickups/00000000-0000-4000-8000-000000000000`, `/staff/${STORE}/handover`]) {
        const response = await page.goto(path);
        expect(response?.status(), `${email} ${path}`).toBe(expected);
      }
      for (const path of [`/api/staff/${STORE}/pickups`, `/api/staff/${STORE}/pickups/events`]) {
        const response = await page.request.get(path);
        expect(response.status(), `${email} ${path}`).toBe(expected);
      }
    } finally {
      await context.close();
    }
  }
  const signedOut = await browser.newContext({ baseURL });
  try {
    expect((await signedOut.request.get(`/api/staff/${STORE}/pickups/events`)).status()).toBe(401);
  } finally {
    await signedOut.close();
  }
});
