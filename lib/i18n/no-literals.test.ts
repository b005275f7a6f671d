import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The guard behind "every string a person reads comes from a message catalog": the project's own
// ESLint config, run on component source as if it sat in components/ (npm test lints the tree).
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function findings(source: string, file = "components/probe/probe.tsx") {
  const [result] = await eslint.lintText(source, { filePath: file });
  // Only the i18n rules: a probe may trip others (an <img> instead of next/image) that say nothing here.
  return result.messages
    .filter((m) => m.ruleId === "react/jsx-no-literals" || m.ruleId === "no-restricted-syntax")
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const component = (jsx: string) => `import { useTranslations } from "next-intl";
export function Probe({ count }: { count: number }) {
  const t = useTranslations("ui");
  return ${jsx};
}
`;

describe("no user-visible string literals in components and pages", () => {
  it("fails on JSX text, readable props and literal branches", async () => {
    for (const jsx of [
      `<p>Your cart is empty</p>`,
      `<button aria-label="Close">×</button>`,
      `<input placeholder="Search products" />`,
      `<img src="/a.png" alt="A basket" />`,
      `<p>{count > 1 ? "Items" : "Item"}</p>`,
      `<p>{"Loading"}</p>`,
    ]) {
      expect(await findings(component(jsx)), jsx).not.toEqual([]);
    }
    expect(await findings(component(`<h1>Checkout</h1>`), "app/(storefront)/probe/page.tsx"), "pages too").not.toEqual([]);
  });

  it("passes text from the catalog, language-neutral symbols and attributes that aren't copy", async () => {
    expect(await findings(component(`<p className="text-sm" data-testid="probe" id="x">{t("close")} · {count}</p>`))).toEqual([]);
  });
});
