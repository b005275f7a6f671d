import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type FrontendResult = {
  page: string;
  path: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** JavaScript transferred on first load (gzip, as served), KB. */
  scriptKb: number;
  /** First-load JS of the route from the build's manifests (bench/first-load.ts), gzip KB. */
  buildKb?: number;
};

type Audit = { numericValue?: number; details?: { items?: Array<{ resourceType?: string; transferSize?: number }> } };

/**
 * Lighthouse (mobile: its default emulation and simulated throttling) in Debian's Chromium,
 * one page at a time; first-load JS is Lighthouse's transfer size of scripts on that load.
 */
export async function measureFrontend(base: string, pages: Array<{ name: string; path: string; cookie?: string }>): Promise<FrontendResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const results: FrontendResult[] = [];
  try {
    for (const page of pages) {
      console.log(`[bench] lighthouse ${page.path}`);
      const run = await lighthouse(base + page.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      });
      if (!run) throw new Error(`lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = run.lhr as unknown as {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, Audit>;
      };
      const scripts = audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
      results.push({
        page: page.name,
        path: page.path,
        performance: Math.round((categories.performance.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
        lcpMs: audits["largest-contentful-paint"]?.numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        tbtMs: audits["total-blocking-time"]?.numericValue ?? NaN,
        scriptKb: (scripts?.transferSize ?? NaN) / 1024,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
