import { chromium, expect, test, type Browser } from "@playwright/test";
import { chromiumLaunchOptions, desktop, phone } from "./chromium";
import { drawQr, fakeCameraArgs, writeY4m } from "./fixtures/fake-camera";
import { addToCart, checkoutPickup, findStockedProducts, orderOneForPickup } from "./fixtures/pickup-order";
import { signUpShopper } from "./fixtures/shoppers";
import { openPickupQueue } from "./fixtures/staff";
import { demo, signedInPage, signIn } from "./fixtures/session";

/**
 * The staff pickup journey with two browsers side by side: a shopper on a phone and an associate
 * at a desktop. Nothing is reloaded on either side while the other acts: the queue, the pick list
 * and the shopper's order page follow through server-sent events. The handover goes through the
 * real camera pipeline: a separate Chromium whose fake camera plays a video of the order's QR.
 */

const STORE = "sea";

async function cameraBrowser(video: string): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions, args: [...(chromiumLaunchOptions.args ?? []), ...fakeCameraArgs(video)] });
}

test("a phone shopper's curbside order is picked with a shortage, announced live, and handed over by camera scan", async ({
  browser,
  baseURL,
}, testInfo) => {
  const base = baseURL!;
  const browsers: Browser[] = [];

  const { context: staffContext, page: staff } = await signedInPage(browser, "associate", { ...desktop, baseURL: base });
  const shopperContext = await browser.newContext({ ...phone, baseURL: base });
  try {
    // The associate watches the live queue.
    await openPickupQueue(staff, STORE);
    await staff.evaluate(() => Object.assign(window, { __samePage: true }));

    // The shopper signs up on their phone and orders two of one product and one of another, curbside.
    const shopper = await shopperContext.newPage();
    const [productA, productB] = await findStockedProducts(shopper, STORE, 2);
    const { first } = await signUpShopper(shopper, { store: STORE });
    await addToCart(shopper, productA, 2, 2);
    await addToCart(shopper, productB, 1, 3);
    const number = await checkoutPickup(shopper, { curbside: true });
    const qrPayload = await shopper.getByRole("img", { name: /QR code for pickup/ }).getAttribute("data-qr-payload");
    expect(qrPayload).toMatch(/^AISLE1\.P\./);
    await expect(shopper.getByText("Live updates")).toBeVisible();
    await shopper.evaluate(() => Object.assign(window, { __samePage: true }));

    // It appears on the associate's queue without a reload, with a visible "new order" cue.
    await expect(staff.getByText(`New order from ${first} (3 items)`)).toBeVisible();
    const card = staff.getByRole("link", { name: `${first}, order ${number}, 3 items` });
    await expect(card).toBeVisible();

    // At 1280 px the open statuses are columns side by side, the new order in "New"; status tabs
    // are the tablet and phone layout (checked at 820 px, then back).
    const laneNames = ["New", "Picking", "Ready", "Waiting at curbside"];
    const lanes = laneNames.map((name) => staff.getByRole("region", { name: new RegExp(`^${name}, \\d+ orders?$`) }));
    await expect(lanes[0].getByRole("link", { name: `${first}, order ${number}, 3 items` })).toBeVisible();
    const boxes = await Promise.all(lanes.map(async (lane) => (await lane.boundingBox())!));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].x, `${laneNames[i]} is right of ${laneNames[i - 1]}`).toBeGreaterThanOrEqual(boxes[i - 1].x + boxes[i - 1].width);
      expect(Math.abs(boxes[i].y - boxes[0].y), `${laneNames[i]} starts level with New`).toBeLessThan(2);
    }
    await expect(staff.getByRole("tab", { name: /^New/ })).toHaveCount(0);
    await staff.setViewportSize({ width: 820, height: 1180 });
    await expect(staff.getByRole("tab", { name: /^New/ })).toHaveAttribute("aria-selected", "true");
    await expect(lanes[0]).toBeHidden();
    await expect(card).toBeVisible();
    await staff.setViewportSize(desktop.viewport);
    await expect(lanes[0]).toBeVisible();
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
    // The other line by its barcode (what the camera scan feeds; typed here).
    await staff.getByLabel("Type a barcode or SKU").fill(productB.gtin);
    await staff.getByRole("button", { name: "Mark picked" }).click();
    await expect(staff.getByRole("status").filter({ hasText: `Picked: ${productB.name}` })).toBeVisible();
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
    await openPickupQueue(staff, STORE);
    await shopper.getByLabel("Parking spot").fill("7");
    await shopper.getByRole("button", { name: "I'm here" }).click();
    await expect(shopper.getByText("We've told the store you're here — spot 7")).toBeVisible();
    const lane = staff.getByRole("region", { name: /^Waiting at curbside/ });
    await expect(lane.getByRole("link", { name: `${first}, order ${number}, 3 items, waiting at curbside in spot 7` })).toBeVisible();
    await expect(lanes[2].getByRole("link", { name: new RegExp(number) })).toHaveCount(0); // shown once, in the curbside lane

    // Handover through the camera: a browser whose camera shows the shopper's QR code.
    const video = writeY4m(testInfo.outputPath("pickup-qr.y4m"), drawQr(qrPayload!));
    const cameraBrowserInstance = await cameraBrowser(video);
    browsers.push(cameraBrowserInstance);
    const { page: counter } = await signedInPage(cameraBrowserInstance, "associate", { ...desktop, baseURL: base, permissions: ["camera"] });
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

    // Stock and payment at the end: on hand went down by what left the store and, for the short
    // line, by the unit that wasn't on the shelf (short_pick correction); the payment is captured.
    await staff.goto(`/staff/${STORE}/pickups`);
    // Finished orders fold into a small tab set under the columns (arrow keys move between tabs).
    await staff.getByRole("tab", { name: /Collected today/ }).click();
    await staff.keyboard.press("ArrowRight");
    await expect(staff.getByRole("tab", { name: /Cancelled/ })).toBeFocused();
    await staff.keyboard.press("ArrowLeft");
    await expect(staff.getByRole("tab", { name: /Collected today/ })).toHaveAttribute("aria-selected", "true");
    await staff.getByRole("link", { name: `${first}, order ${number}, 3 items` }).click();
    await expect(staff.getByText("Collected").first()).toBeVisible();
    await expect(lineA.getByTestId("on-shelf")).toHaveText(`${onHandBefore.a - 2} on hand`);
    await expect(lineB.getByTestId("on-shelf")).toHaveText(`${onHandBefore.b - 1} on hand`);
    const payment = staff.getByRole("region", { name: "Payment" });
    await expect(payment.getByText(/· captured$/)).toBeVisible();
    await expect(payment.getByText(charge)).toBeVisible();
    await expect(shopper.getByText("Collected").first()).toBeVisible();
    await expect(shopper.getByRole("region", { name: "Payment" }).getByText("Paid")).toBeVisible();
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

test("the queue recovers by itself after its connection drops, and shows what happened meanwhile", async ({ browser, baseURL }) => {
  const { context: staffContext, page: staff } = await signedInPage(browser, "associate", { ...desktop, baseURL });
  const shopperContext = await browser.newContext({ ...phone, baseURL });
  try {
    await staff.goto(`/staff/${STORE}/pickups`);
    const status = staff.getByRole("status").filter({ hasText: /Live|Reconnecting|Connecting/ });
    await expect(status).toHaveText("Live");
    await staff.evaluate(() => Object.assign(window, { __samePage: true }));

    // The associate's stream drops and can't be reopened for a while (every attempt fails);
    // an order is placed meanwhile. ("online" makes the page reopen its stream at once.)
    // Every reopening, with or without the ?lastEventId= the page adds once it has seen an event.
    const events = (url: URL) => url.pathname === `/api/staff/${STORE}/pickups/events`;
    await staff.route(events, (route) => route.abort("internetdisconnected"));
    await staff.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(status).toHaveText("Reconnecting…");
    const shopper = await shopperContext.newPage();
    const { queueCard } = await orderOneForPickup(shopper, STORE, { skip: 80 });

    // The network is back: the page's own retry reopens the stream, whose snapshot brings the missed order — no reload.
    await staff.unroute(events);
    await expect(status).toHaveText("Live");
    await expect(staff.getByRole("link", { name: queueCard })).toBeVisible();
    expect(await staff.evaluate(() => "__samePage" in window)).toBe(true);
  } finally {
    await staffContext.close();
    await shopperContext.close();
  }
});

test("only a manager can cancel a paid order (with a reason); the shopper sees it cancelled at once; payment voided, on hand unchanged", async ({
  browser,
  baseURL,
}) => {
  const shopperContext = await browser.newContext({ ...phone, baseURL });
  const { context: associateContext, page: associate } = await signedInPage(browser, "associate", { ...desktop, baseURL });
  const { context: managerContext, page: manager } = await signedInPage(browser, "manager", { ...desktop, baseURL });
  try {
    const shopper = await shopperContext.newPage();
    const { product, queueCard } = await orderOneForPickup(shopper, STORE, { skip: 100 });
    await expect(shopper.getByText("Live updates")).toBeVisible();

    // The associate can open the order but has no cancel control.
    await associate.goto(`/staff/${STORE}/pickups`);
    await associate.getByRole("link", { name: queueCard }).click();
    await expect(associate.getByRole("button", { name: "Start picking" })).toBeVisible();
    const pickListUrl = associate.url();
    await expect(associate.getByText("Cancel this order")).toHaveCount(0);

    await manager.goto(pickListUrl);
    const onHand = manager.getByRole("listitem").filter({ hasText: product.name }).getByTestId("on-shelf");
    const before = await onHand.textContent();
    await manager.getByText("Cancel this order").click();
    // A reason is required: the shopper reads it.
    await manager.getByRole("button", { name: "Cancel order" }).click();
    await expect(manager.getByText("Give a short reason for the shopper.")).toBeVisible();
    await manager.getByLabel("Reason (the shopper sees this)").fill("Freezer failure, we can't hold frozen items today");
    await manager.getByRole("button", { name: "Cancel order" }).click();
    await expect(manager.getByText("Cancelled").first()).toBeVisible();
    await expect(manager.getByRole("region", { name: "Activity" }).getByText("Cancelled: Freezer failure")).toBeVisible();
    await expect(manager.getByRole("region", { name: "Payment" }).getByText(/· voided$/)).toBeVisible();
    await expect(onHand).toHaveText(before!); // nothing left the shelf: on hand unchanged, the reservation released

    // The shopper's page follows without a reload.
    await expect(shopper.getByText("Cancelled").first()).toBeVisible();
    await expect(shopper.getByRole("region", { name: "Payment" }).getByText("Authorisation released")).toBeVisible();
  } finally {
    await shopperContext.close();
    await associateContext.close();
    await managerContext.close();
  }
});
