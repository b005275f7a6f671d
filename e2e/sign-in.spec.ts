import { expect, test } from "@playwright/test";
import { e2ePort } from "./server";
import { demo, sessionUser, signIn } from "./fixtures/session";

test.describe("signing in", () => {
  test("a shopper signs in with the demo account and lands on the storefront", async ({ page }) => {
    await signIn(page, demo.shopper);
    await expect(page).toHaveURL(/\/$/);
    expect(await sessionUser(page)).toMatchObject({ email: demo.shopper, role: "shopper" });
  });

  test("the landing redirect after sign-in stays on the host the browser used", async () => {
    // The server knows itself as localhost; a browser that came by another name (the public host,
    // an address) must not be sent to localhost, where its session cookie doesn't exist.
    const asked = `http://127.0.0.1:${e2ePort}/sign-in/continue`;
    const response = await fetch(asked, { redirect: "manual" });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "", asked);
    expect(location.origin).toBe(new URL(asked).origin);
    expect(location.pathname).toBe("/sign-in");
  });

  test("a wrong password is refused with a clear message and nobody is signed in", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).fill(demo.shopper);
    await page.getByLabel("Password", { exact: true }).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // (Next.js's route announcer is an empty alert too, so look for the one with the message.)
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await sessionUser(page)).toBeUndefined();
  });

  test("signing out from the account page ends the session, and the account page then asks to sign in", async ({ page }) => {
    await signIn(page, demo.shopper);
    await page.goto("/account");
    await page.getByRole("main").getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await sessionUser(page)).toBeUndefined();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
