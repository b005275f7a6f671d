import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { findStockedGtins } from "./fixtures/in-store";
import { signUpShopper } from "./fixtures/shoppers";
import { signedInPage } from "./fixtures/session";

/** No serious or critical axe violations on the in-store screens (phone) and the staff exit/labels screens. */

// axe is injected as a script, which the page's CSP (rightly) blocks: this test context bypasses it.
test.use({ bypassCSP: true });

async function seriousViolations(page: Page) {
  await page.addScriptTag({ path: path.join(process.cwd(), "node_modules/axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

test("in-store screens have no serious accessibility violations", async ({ page, browser, baseURL }) => {
  const [gtin] = await findStockedGtins(page, 1);
  await signUpShopper(page, { first: "Alex" });
  const check = async (url: string) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect(await seriousViolations(page), url).toEqual([]);
  };
  await check("/in-store/sea");
  await check(`/q/sea/${gtin}`);
  await page.getByRole("button", { name: "Add to basket" }).click();
  await expect(page.getByRole("status").filter({ hasText: "In your basket" })).toBeVisible();
  expect(await seriousViolations(page), "product view after adding").toEqual([]);
  await check("/in-store/sea");
  await check("/in-store/sea/aisles");
  await check("/q/sea/1234567890128");
  await check("/q/nowhere/1234567890128");
  await check("/in-store/sea/pay");
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Expiry (MM/YY)").fill("12/30");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await page.waitForURL(/\/pass\//);
  await expect(page.getByRole("img", { name: "Exit pass QR code" })).toBeVisible();
  expect(await seriousViolations(page), "exit pass").toEqual([]);
  await check("/offline");

  const { page: staff } = await signedInPage(browser, "associate", { baseURL, bypassCSP: true, viewport: { width: 820, height: 1180 } });
  for (const url of ["/staff/sea/exit", "/staff/sea/labels?by=aisle&aisle=01&paper=letter", "/kiosk/sea/k1"]) {
    await staff.goto(url);
    await staff.waitForLoadState("networkidle");
    expect(await seriousViolations(staff), url).toEqual([]);
  }
  await staff.context().close();
});
