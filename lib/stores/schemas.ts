import { z } from "zod";
import { storeCodeSchema } from "@/lib/validation";

export { storeCodeSchema };

export const setMyStoreSchema = z.object({ code: storeCodeSchema });
