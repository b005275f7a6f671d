import type { reviews } from "@/db/schema";
import type { ReviewSeed } from "@/db/seed/types";
import type { SeedShopper } from "./context";
import type { Random } from "./random";

const DAY = 86_400_000;

type ReviewedProduct = { id: string; reviews: ReviewSeed[]; createdAt: Date };

/**
 * Puts each curated review in a regular customer's name. Customers who bought the product in
 * the seeded history write it a few days after buying (a verified purchase); the others
 * reviewed it some time in the last half year.
 */
export function planReviews(rng: Random, input: { now: Date; products: ReviewedProduct[]; shoppers: SeedShopper[]; purchases: Map<string, Date> }) {
  const rows: (typeof reviews.$inferInsert & { createdAt: Date })[] = [];
  const ratings = new Map<string, { average: number; count: number }>();
  const reviewers = input.shoppers.filter((s) => !s.isDemoAccount);
  const latest = input.now.getTime() - 2 * 3_600_000;

  for (const product of input.products) {
    if (product.reviews.length === 0) continue;
    const buyers = reviewers.filter((s) => input.purchases.has(`${s.id}|${product.id}`));
    const others = rng.shuffle(reviewers.filter((s) => !buyers.includes(s)));
    const authors = [...rng.shuffle(buyers), ...others].slice(0, product.reviews.length);
    product.reviews.forEach(([rating, title, body], i) => {
      const author = authors[i];
      const bought = input.purchases.get(`${author.id}|${product.id}`);
      const writtenAt = bought ? bought.getTime() + rng.int(2, 9) * DAY + rng.int(0, 600) * 60_000 : 0;
      const verified = bought !== undefined && writtenAt < latest;
      // Never before the product was on sale.
      const earliest = product.createdAt.getTime() + rng.int(2, 6) * DAY;
      const createdAt = new Date(verified ? writtenAt : Math.max(earliest, input.now.getTime() - rng.int(24, 180) * DAY - rng.int(0, 900) * 60_000));
      rows.push({ productId: product.id, userId: author.id, rating, title, body, verifiedPurchase: verified, createdAt });
    });
    const own = product.reviews.map(([rating]) => rating);
    const average = Math.round((own.reduce((a, b) => a + b, 0) / own.length) * 100) / 100;
    ratings.set(product.id, { average, count: own.length });
  }
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { reviews: rows, ratings };
}
