import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { categories, products } from "@/db/schema";
import type { Db } from "@/lib/db";
import { queryRows } from "@/lib/db/rows";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

/**
 * Product search: Postgres full-text search over the weighted `search_vector` columns
 * (name A, brand B, category C, description D) with prefix matching, OR'd with pg_trgm word
 * similarity on the product name and brand so that "headphnes" still finds headphones.
 * Plain SQL that behaves the same on PGlite and PostgreSQL 15.
 */

export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 8;

/**
 * Word similarity a misspelt word needs with a name or brand to count as a match. The
 * pg_trgm default (0.6) misses common slips: "headphnes" → "Headphones" scores 0.62, "yoghurt"
 * → "yogurt" 0.5. Set per transaction (see withSearchSettings) so the `<%` operator — which
 * the GIN trigram indexes serve — uses it on every server.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

export const searchQuerySchema = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH, t("catalog.queryTooLong", { max: MAX_QUERY_LENGTH }));

/** The words of a query, lower-cased, without punctuation: safe to splice into a tsquery. */
export function parseSearchTerms(query: string): string[] {
  const words = query
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => word.slice(0, 40));
  const unique = [...new Set(words)];
  // A stray letter ("men's" → "men", "s") only adds noise when there is something else to match.
  const meaningful = unique.filter((word) => word.length > 1 || /\d/.test(word));
  return (meaningful.length ? meaningful : unique).slice(0, MAX_TERMS);
}

const prefixQuery = (term: string) => sql`to_tsquery('english', ${`${term}:*`})`;

/** One word matches a product through its text (any weight), its category, or a near-miss spelling. */
function termMatches(term: string): SQL {
  const query = prefixQuery(term);
  return sql`(${products.searchVector} @@ ${query} or ${categories.searchVector} @@ ${query} or ${term} <% ${products.name} or ${term} <% ${products.brand})`;
}

export type ProductSearch = {
  terms: string[];
  /** Every word matches (stop words like "for" excuse themselves), and at least one really does. */
  where: SQL;
  /** Higher is better: text rank + how close the name is to the whole query. */
  rank: SQL<number>;
};

/**
 * The WHERE and ORDER BY pieces for a product search. Needs `products` joined to
 * `categories`; run it inside withSearchSettings. Null when the query has no words.
 */
export function buildProductSearch(query: string): ProductSearch | null {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return null;
  const phrase = terms.join(" ");
  const each = terms.map((term) => sql`(numnode(${prefixQuery(term)}) = 0 or ${termMatches(term)})`);
  const any = terms.map(termMatches);
  const anyTerm = sql`to_tsquery('english', ${terms.map((term) => `${term}:*`).join(" | ")})`;
  const wordCloseness = sql.join(
    terms.map((term) => sql`greatest(word_similarity(${term}, ${products.name}), word_similarity(${term}, ${products.brand}))`),
    sql` + `,
  );
  return {
    terms,
    where: and(...each, or(...any))!,
    rank: sql<number>`(
      ts_rank(${products.searchVector} || ${categories.searchVector}, ${anyTerm}, 1)
      + similarity(${phrase}, lower(${products.name}))
      + case when lower(${products.name}) = ${phrase} then 1 else 0 end
      + 0.5 * (${wordCloseness}) / ${sql.raw(String(terms.length))}
    )`,
  };
}

/**
 * Runs `fn` in a transaction whose trigram threshold is WORD_SIMILARITY_THRESHOLD, so a search
 * gives the same answers on any server (and its queries see one snapshot).
 */
export async function withSearchSettings<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY_THRESHOLD)}, true)`);
    return fn(tx);
  });
}

export type SearchSuggestion =
  | { kind: "category"; label: string; href: string; detail: string }
  | { kind: "product"; label: string; href: string; detail: string; imageUrl: string | null };

export const MAX_SUGGESTIONS = 6;

/**
 * What the search box offers while the shopper types: up to two matching categories, then the
 * best matching products, at most six in all. Empty for an empty query.
 */
export async function suggestSearch(db: Db, { query, limit = MAX_SUGGESTIONS }: { query: string; limit?: number }): Promise<SearchSuggestion[]> {
  const search = buildProductSearch(query);
  if (!search) return [];
  return withSearchSettings(db, async (tx) => {
    const categoryMatch = and(
      ...search.terms.map((term) => {
        const query = prefixQuery(term);
        return sql`(numnode(${query}) = 0 or ${categories.searchVector} @@ ${query} or ${term} <% ${categories.name})`;
      }),
    );
    const categoryRows = await tx
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(categoryMatch)
      .orderBy(sql`similarity(${search.terms.join(" ")}, lower(${categories.name})) desc`, categories.position)
      .limit(2);
    const productRows = await tx
      .select({
        slug: products.slug,
        name: products.name,
        brand: products.brand,
        imageUrl: sql<string | null>`${products.images}->>0`,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(and(eq(products.active, true), search.where))
      .orderBy(sql`${search.rank} desc`, sql`${products.ratingCount} desc`, products.name)
      .limit(limit);

    const suggestions: SearchSuggestion[] = categoryRows.map((row) => ({
      kind: "category",
      label: row.name,
      href: `/c/${row.slug}`,
      detail: "Category",
    }));
    for (const row of productRows) {
      if (suggestions.length >= limit) break;
      suggestions.push({ kind: "product", label: row.name, href: `/p/${row.slug}`, detail: row.brand, imageUrl: row.imageUrl });
    }
    return suggestions;
  });
}

/** How alike a word must be to a catalog word to be offered as "Did you mean". */
const SPELLING_SIMILARITY = 0.3;

/**
 * "Did you mean …?" for a search with no results: each word replaced by the most similar word
 * in product names, brands and category names. Null when nothing better is found.
 */
export async function suggestSpelling(db: Db, { query }: { query: string }): Promise<string | null> {
  const terms = parseSearchTerms(query);
  if (terms.length === 0) return null;
  const vocabulary = sql`(
    select distinct lower(word) as word
    from (
      select regexp_split_to_table(${products.name} || ' ' || ${products.brand}, '[^[:alnum:]]+') as word from ${products} where ${products.active}
      union all
      select regexp_split_to_table(${categories.name}, '[^[:alnum:]]+') from ${categories}
    ) words
    where length(word) > 2
  ) vocabulary`;
  const corrected = await Promise.all(
    terms.map(async (term) => {
      const [best] = await queryRows<{ word: string }>(
        db,
        sql`select word from ${vocabulary} where similarity(word, ${term}) >= ${SPELLING_SIMILARITY} order by similarity(word, ${term}) desc, word limit 1`,
      );
      return best?.word ?? term;
    }),
  );
  const phrase = corrected.join(" ");
  return phrase === terms.join(" ") ? null : phrase;
}
