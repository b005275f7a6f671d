import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./fixtures/session";
import { signUpShopper } from "./fixtures/shoppers";
import { openPickupQueue } from "./fixtures/staff";

/**
 * Sessions that can end. "Sign out everywhere" on one device ends the account's session on every
 * other device at once: its next page is the sign-in page and its open event streams close (the
 * e2e server re-checks streams every second: SSE_RECHECK_MS in playwright.config.ts; the polls
 * below allow for the 30 s default too). Signing out also forgets the in-store pages the service
 * worker kept for offline use. Each test uses an account no other spec signs in as.
 */

const SHOPPER_PASSWORD = "aisle-shopper-1"; // fixtures/shoppers.ts signs up with it
const STREAM_CLOSES = { timeout: 45_000 };

type StreamProbe = { text: string; ended: boolean; status: number };
declare global {
  interface Window {
    __probe?: StreamProbe;
  }
}

/**
 * Opens `url` as an event stream from inside the page (its cookies) and records what arrives until
 * it ends. The page is a plain one (the home page), so nothing on it navigates away meanwhile.
 */
async function openStream(page: Page, url: string) {
  await page.goto("/");
  await page.evaluate((streamUrl) => {
    const probe: StreamProbe = { text: "", ended: false, status: 0 };
    window.__probe = probe;
    void (async () => {
      const response = await fetch(streamUrl, { headers: { accept: "text/event-stream" } });
      probe.status = response.status;
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        probe.text += decoder.decode(value);
      }
      probe.ended = true;
    })().catch(() => {
      probe.ended = true;
    });
  }, url);
  await expect.poll(() => page.evaluate(() => window.__probe?.text ?? "")).toContain('"type":"snapshot"');
  return {
    ended: () => page.evaluate(() => window.__probe!.ended),
    text: () => page.evaluate(() => window.__probe!.text),
  };
}

async function signOutEverywhere(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
}

async function freshContextPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("a shopper who signs out everywhere is signed out on the other device, whose open stream closes", async ({ browser }) => {
  const one = await freshContextPage(browser);
  const other = await freshContextPage(browser);
  try {
    const { email } = await signUpShopper(one.page);
    await signIn(other.page, email, SHOPPER_PASSWORD);
    await other.page.goto("/account");
    await expect(other.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    const stream = await openStream(await other.context.newPage(), "/api/account/events");

    await signOutEverywhere(one.page);

    await expect.poll(stream.ended, STREAM_CLOSES).toBe(true);
    expect(await stream.text()).toContain('"type":"session-ended"');
    // Its next request is a signed-out one: the account page sends it to sign in, the stream is refused.
    await other.page.goto("/account");
    await expect(other.page).toHaveURL(/\/sign-in/);
    expect((await other.page.request.get("/api/account/events")).status()).toBe(401);
    // And the device that pressed it is signed out too.
    await one.page.goto("/account");
    await expect(one.page).toHaveURL(/\/sign-in/);
  } finally {
    await one.context.close();
    await other.context.close();
  }
});

test("a revoked staff session's open pickup-queue stream closes", async ({ browser }) => {
  // manager.den@ is also hostile-input.spec.ts's staff persona: the "sessions" project runs after it.
  const staff = "manager.den@example.com";
  const desk = await freshContextPage(browser);
  const phone = await freshContextPage(browser);
  try {
    await signIn(desk.page, staff);
    await signIn(phone.page, staff);
    await openPickupQueue(desk.page, "den");
    const stream = await openStream(await desk.context.newPage(), "/api/staff/den/pickups/events");

    await signOutEverywhere(phone.page);

    await expect.poll(stream.ended, STREAM_CLOSES).toBe(true);
    expect(await stream.text()).toContain('"type":"session-ended"');
    expect((await desk.page.request.get("/api/staff/den/pickups/events")).status()).toBe(401);
    await desk.page.goto("/staff/den/pickups");
    await expect(desk.page).toHaveURL(/\/sign-in/);
  } finally {
    await desk.context.close();
    await phone.context.close();
  }
});

test("signing out forgets the in-store pages the service worker kept", async ({ browser }) => {
  const { context, page } = await freshContextPage(browser);
  const keptPages = () =>
    page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      }
      return paths.filter((path) => path.startsWith("/in-store"));
    });
  try {
    await signUpShopper(page);
    await page.goto("/in-store/sea");
    await page.evaluate(() => navigator.serviceWorker.ready);
    // Once the worker controls the page, an in-store navigation is kept for a Wi-Fi drop.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(/\/sw\.js$/);
    await page.goto("/in-store/sea");
    await expect.poll(keptPages).toContain("/in-store/sea");

    await page.goto("/account");
    await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect.poll(keptPages).toEqual([]);
  } finally {
    await context.close();
  }
});
