import { expect, test } from "@playwright/test";
import { demo, signedInPage, signIn } from "./fixtures/session";

test.describe("staff dashboard", () => {
  test("an associate signs in and lands on their store's pickups", async ({ page }) => {
    await signIn(page, demo.associate);
    await expect(page).toHaveURL(/\/staff\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Today's pickups" })).toBeVisible();
  });

  test("a shopper cannot open the staff dashboard", async ({ browser }) => {
    // The associate's home (where their sign-in lands), read with the saved associate session.
    const associate = await signedInPage(browser, "associate");
    await associate.page.goto("/sign-in/continue");
    await associate.page.waitForURL(/\/staff\/[a-z0-9-]+$/);
    const staffHome = new URL(associate.page.url()).pathname;
    await associate.context.close();

    const shopper = await signedInPage(browser, "shopper");
    const response = await shopper.page.goto(staffHome);
    await expect(shopper.page.getByRole("heading", { name: "Today's pickups" })).toHaveCount(0);
    expect(response?.status()).toBeGreaterThanOrEqual(400);
    await shopper.context.close();
  });
});
