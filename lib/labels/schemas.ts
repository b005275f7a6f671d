import { z } from "zod";

export const MAX_LABELS = 120;

/** The "Print labels" form (GET parameters): which shelf, which category, or which SKUs; which paper. */
export const labelRequestSchema = z
  .object({
    by: z.enum(["aisle", "category", "skus"]).default("aisle"),
    aisle: z.string().trim().max(16).optional(),
    category: z.string().trim().max(64).optional(),
    skus: z.string().max(4000, "Paste at most 200 codes.").optional(),
    paper: z.enum(["a4", "letter"]).default("letter"),
  })
  .transform((value) => ({
    ...value,
    codes: (value.skus ?? "")
      .split(/[\s,;]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean)
      .slice(0, 200),
  }));

export type LabelRequest = z.infer<typeof labelRequestSchema>;
