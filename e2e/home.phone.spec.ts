import { expect, test } from "@playwright/test";

test.describe("storefront on a phone", () => {
  test("the home page fits the screen: nothing scrolls sideways", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
