import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures/session";

test.describe("staff dashboard", () => {
  test("an associate signs in and lands on their store's pickups", async ({ page }) => {
    await signIn(page, demo.associate);
    await expect(page).toHaveURL(/\/staff\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Today's pickups" })).toBeVisible();
  });

  test("a shopper cannot open the staff dashboard", async ({ page }) => {
    await signIn(page, demo.associate);
    const staffHome = new URL(page.url()).pathname;
    await page.context().clearCookies();

    await signIn(page, demo.shopper);
    const response = await page.goto(staffHome);
    await expect(page.getByRole("heading", { name: "Today's pickups" })).toHaveCount(0);
    expect(response?.status()).toBeGreaterThanOrEqual(400);
  });
});
