import type { ProductSeed } from "../types";
import { apparel } from "./apparel";
import { audio } from "./audio";
import { cleaning } from "./cleaning";
import { coffeeTea } from "./coffee-tea";
import { kitchen } from "./kitchen";
import { outdoor } from "./outdoor";
import { pantry } from "./pantry";
import { personalCare } from "./personal-care";
import { pets } from "./pets";
import { snacks } from "./snacks";

/**
 * The whole demo catalog, in category order. Append new products at the end of their
 * category: a product's position fixes its SKU codes and barcodes.
 */
export const productSeeds: ProductSeed[] = [
  ...pantry,
  ...coffeeTea,
  ...snacks,
  ...kitchen,
  ...cleaning,
  ...personalCare,
  ...audio,
  ...outdoor,
  ...pets,
  ...apparel,
];
