import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { categories, products } from "@/db/schema";
import type { DatabaseHandle, Db } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-db";

const state = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db")>()),
  getDb: async () => state.db,
}));

const { GET } = await import("./route");

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  state.db = handle.db;
  const [pantry] = await handle.db.insert(categories).values({ slug: "pantry", name: "Pantry" }).returning();
  await handle.db.insert(products).values({
    slug: "smoky-chipotle-hot-sauce",
    name: "Smoky Chipotle Hot Sauce",
    brand: "Ember & Vine",
    description: "Smoked jalapeños and roasted garlic.",
    categoryId: pantry.id,
  });
});

afterAll(async () => {
  await handle?.close();
});

const get = (file: string, headers: HeadersInit = {}) =>
  GET(new Request(`http://localhost/images/products/${file}`, { headers }), { params: Promise.resolve({ file }) });

describe("GET /images/products/[file]", () => {
  it("serves the product's illustration as a cacheable SVG", async () => {
    const response = await get("smoky-chipotle-hot-sauce.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const svg = await response.text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain("&amp; VINE"); // the brand, escaped
    expect(svg).toContain("<title>Smoky Chipotle Hot Sauce</title>");
  });

  it("answers 304 when the browser already has this version", async () => {
    const etag = (await get("smoky-chipotle-hot-sauce.svg")).headers.get("etag")!;
    const response = await get("smoky-chipotle-hot-sauce.svg", { "If-None-Match": etag });
    expect(response.status).toBe(304);
  });

  it("gives 404 for unknown products and anything that isn't <slug>.svg", async () => {
    for (const file of ["no-such-product.svg", "smoky-chipotle-hot-sauce.png", "smoky-chipotle-hot-sauce", "..%2F..%2Fetc.svg", "Upper.svg"]) {
      expect((await get(file)).status, file).toBe(404);
    }
  });
});
