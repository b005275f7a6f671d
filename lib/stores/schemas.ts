import { z } from "zod";

export const storeCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{2,16}$/, "Choose a store from the list.");

export const setMyStoreSchema = z.object({ code: storeCodeSchema });
