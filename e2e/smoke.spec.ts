import { expect, test } from "@playwright/test";

test.describe("smoke", () => {
  test("the home page renders a heading without a server error", async ({ page }) => {
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/application error|internal server error/i)).toHaveCount(0);
    await expect(page).toHaveTitle(/Aisle/);
    expect(pageErrors).toEqual([]);
  });

  test("the auth session endpoint answers for a signed-out visitor", async ({ request }) => {
    const response = await request.get("/api/auth/session");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    // next-auth answers an empty object (or null) when nobody is signed in.
    const body = await response.json();
    expect(body?.user).toBeUndefined();
  });
});
