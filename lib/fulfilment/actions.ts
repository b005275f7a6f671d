"use server";

import { refresh } from "next/cache";
import { shopperAction, staffAction } from "@/lib/actions/client";
import { cancelOrder } from "./cancel";
import { acknowledgeCurbside } from "./curbside";
import { imHereSchema, markCurbsideArrival, type CurbsideArrival } from "./curbside-arrival";
import { handOverOrder, verifyPickupCode } from "./handover";
import { markReady, pickLine, startPicking } from "./picking";
import { cancelSchema, handOverSchema, orderRefSchema, pickLineSchema, pickupCodeSchema, substitutionReviewSchema } from "./schemas";
import { reviewSubstitution } from "./substitution";

// Thin: the client checks the caller may act in the form's store (storeCode) and parses the
// input → the service writes → refresh() re-renders the page the associate acted on (the
// queue and pick list are per-request pages; other screens follow the realtime events).

export const startPickingAction = staffAction("pickups:work")
  .input(orderRefSchema)
  .action(async ({ actor, input, db }) => {
    const result = await startPicking(db, { actor, orderId: input.orderId });
    refresh();
    return result;
  });

export const pickLineAction = staffAction("pickups:work")
  .input(pickLineSchema)
  .action(async ({ actor, input, db }) => {
    const { orderId, lineId, outcome, foundQuantity, substitute } = input;
    const result = await pickLine(db, { actor, orderId, lineId, outcome, foundQuantity, substitute });
    refresh();
    return result;
  });

export const markReadyAction = staffAction("pickups:work")
  .input(orderRefSchema)
  .action(async ({ actor, input, db }) => {
    const result = await markReady(db, { actor, orderId: input.orderId });
    refresh();
    return result;
  });

/** Any picker may cancel an unpaid order; the service asks for "orders:cancel" when it is paid. */
export const cancelOrderAction = staffAction("pickups:work")
  .input(cancelSchema)
  .action(async ({ actor, input, db }) => {
    const result = await cancelOrder(db, { actor, orderId: input.orderId, reason: input.reason });
    refresh();
    return result;
  });

/** "On my way" to a curbside shopper: bringing the order out is part of the handover. */
export const acknowledgeCurbsideAction = staffAction("pickups:handover")
  .input(orderRefSchema)
  .action(async ({ actor, input, db }) => {
    const result = await acknowledgeCurbside(db, { actor, orderId: input.orderId });
    refresh();
    return result;
  });

/** Scan or typed code → the order to hand over (or a clear refusal). */
export const lookupPickupAction = staffAction("pickups:handover")
  .input(pickupCodeSchema)
  .action(async ({ actor, input, db }) => verifyPickupCode(db, { actor, code: input.code }));

/** "Hand over": captures the payment once, writes the stock ledger, marks collected. */
export const handOverAction = staffAction("pickups:handover")
  .input(handOverSchema)
  .action(async ({ actor, input, db }) => {
    // handOverOrder checks the code itself and answers a double press with the same hand-over.
    const result = await handOverOrder(db, { actor, code: input.code, orderId: input.orderId });
    refresh();
    return { order: result.order, handedOver: { capturedCents: result.capturedCents, currency: result.currency } };
  });

/** The shopper accepts or rejects a substitute on their order page. */
export const reviewSubstitutionAction = shopperAction("reviewSubstitution")
  .input(substitutionReviewSchema)
  .action(async ({ actor, input, db }) => {
    const result = await reviewSubstitution(db, { actor, ...input });
    refresh();
    return result;
  });

/** "I'm here": a curbside shopper tells the store they've arrived and where they parked. */
export const imHereAction = shopperAction("orders.imHere")
  .input(imHereSchema)
  .action(async ({ actor, input, db }): Promise<CurbsideArrival> => {
    const arrival = await markCurbsideArrival(db, { input, userId: actor.user.id });
    refresh();
    return arrival;
  });
