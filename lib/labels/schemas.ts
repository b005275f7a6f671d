import { z } from "zod";
import { translator } from "@/lib/i18n/translator";

const t = translator("failures");

export const MAX_LABELS = 120;

/** SKU codes one "Print labels" request may list. */
const MAX_LABEL_CODES = 200;

/** The "Print labels" form (GET parameters): which shelf, which category, or which SKUs; which paper. */
export const labelRequestSchema = z
  .object({
    by: z.enum(["aisle", "category", "skus"]).default("aisle"),
    aisle: z.string().trim().max(16).optional(),
    category: z.string().trim().max(64).optional(),
    skus: z
      .string()
      .max(4000, t("labels.tooManyCodes", { max: MAX_LABEL_CODES }))
      .optional(),
    paper: z.enum(["a4", "letter"]).default("letter"),
  })
  .transform((value) => ({
    ...value,
    codes: (value.skus ?? "")
      .split(/[\s,;]+/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean)
      .slice(0, MAX_LABEL_CODES),
  }));

export type LabelRequest = z.infer<typeof labelRequestSchema>;
