import type { CategorySlug, NetUnit, ProductSeed, ReviewSeed, SkuSeed } from "../types";

type Net = [quantity: number, unit: NetUnit];

const UNITS = new Set(["g", "kg", "ml", "l", "oz", "ct"]);

/** A short code for a variant label: "250 g" → "250G", "Heather Grey" → "HG", "Charcoal" → "CHARC". */
export function suffixOf(label: string) {
  const tokens = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(",")[0]
    .split(/[^A-Za-z0-9.]+/)
    .filter(Boolean);
  if (tokens.length === 1) return tokens[0].slice(0, 5).toUpperCase();
  return tokens
    .map((token) => (/^[0-9]/.test(token) || UNITS.has(token.toLowerCase()) ? token : token[0]))
    .join("")
    .toUpperCase();
}

function withNet(sku: SkuSeed, net?: Net): SkuSeed {
  return net ? { ...sku, netQuantity: net[0], netUnit: net[1] } : sku;
}

/** A product sold as one SKU. */
export function single(priceCents: number, net?: Net, compareAtCents?: number): SkuSeed[] {
  return [withNet({ suffix: "", priceCents, compareAtCents, attributes: {} }, net)];
}

/** One attribute varies, e.g. size "250 g" / "1 kg", each row with its own price and net content. */
export function options(attribute: string, rows: [label: string, priceCents: number, net?: Net, compareAtCents?: number][]): SkuSeed[] {
  return rows.map(([label, priceCents, net, compareAtCents]) =>
    withNet({ suffix: suffixOf(label), priceCents, compareAtCents, attributes: { [attribute]: label } }, net),
  );
}

/** The same price across several values of one attribute (colors, scents, flavors). */
export function each(attribute: string, labels: string[], priceCents: number, net?: Net, compareAtCents?: number): SkuSeed[] {
  return options(
    attribute,
    labels.map((label) => [label, priceCents, net, compareAtCents] as [string, number, Net | undefined, number | undefined]),
  );
}

/** Every combination of two attributes, e.g. sizes × colors; extra cents per first-attribute value. */
export function grid(
  first: [attribute: string, labels: string[]],
  second: [attribute: string, labels: string[]],
  priceCents: number,
  extra: { upcharge?: Record<string, number>; compareAtCents?: number; net?: Record<string, Net> } = {},
): SkuSeed[] {
  const skus: SkuSeed[] = [];
  for (const a of first[1]) {
    for (const b of second[1]) {
      const upcharge = extra.upcharge?.[a] ?? 0;
      skus.push(
        withNet(
          {
            suffix: `${suffixOf(a)}-${suffixOf(b)}`,
            priceCents: priceCents + upcharge,
            compareAtCents: extra.compareAtCents ? extra.compareAtCents + upcharge : undefined,
            attributes: { [first[0]]: a, [second[0]]: b },
          },
          extra.net?.[a],
        ),
      );
    }
  }
  return skus;
}

export const APPAREL_SIZES = ["S", "M", "L", "XL"];

type Draft = Omit<ProductSeed, "category" | "reviews"> & { reviews?: ReviewSeed[] };

/** Stamps a category on a list of drafts; reviews default to none. */
export function inCategory(category: CategorySlug, drafts: Draft[]): ProductSeed[] {
  return drafts.map((draft) => ({ ...draft, category, reviews: draft.reviews ?? [] }));
}
