"use server";

import { revalidatePath } from "next/cache";
import { shopperAction } from "@/lib/actions/client";
import { imHereSchema, markCurbsideArrival, type CurbsideArrival } from "@/lib/fulfilment/curbside-arrival";

/** "I'm here": a curbside shopper tells the store they've arrived and where they parked. */
export const imHereAction = shopperAction("orders.imHere")
  .input(imHereSchema)
  .action(async ({ actor, input, db }): Promise<CurbsideArrival> => {
    const arrival = await markCurbsideArrival(db, { orderId: input.orderId, userId: actor.user.id, parkingSpot: input.parkingSpot });
    revalidatePath(`/orders/${input.orderId}`);
    return arrival;
  });
