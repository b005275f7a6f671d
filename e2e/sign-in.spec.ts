import { expect, test } from "@playwright/test";
import { demo, sessionUser, signIn } from "./fixtures/session";

test.describe("signing in", () => {
  test("a shopper signs in with the demo account and lands on the storefront", async ({ page }) => {
    await signIn(page, demo.shopper);
    await expect(page).toHaveURL(/\/$/);
    expect(await sessionUser(page)).toMatchObject({ email: demo.shopper, role: "shopper" });
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
