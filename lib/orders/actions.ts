"use server";

import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { imHereSchema, markCurbsideArrival } from "@/lib/fulfilment/curbside-arrival";

const imHere = formAction(imHereSchema, async ({ orderId, parkingSpot }) => {
  const user = await requireUser(`/orders/${orderId}`);
  const arrival = await markCurbsideArrival(await getDb(), { orderId, userId: user.id, parkingSpot });
  revalidatePath(`/orders/${orderId}`);
  return { ok: true, values: { parkingSpot: arrival.parkingSpot } };
});

/** "I'm here": a curbside shopper tells the store they've arrived and where they parked. */
export async function imHereAction(previous: FormState, formData: FormData): Promise<FormState> {
  return imHere(previous, formData);
}
