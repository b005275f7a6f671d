"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { STORE_CODE } from "@/lib/validation";
import { cancelOrder } from "./cancel";
import { acknowledgeCurbside } from "./curbside";
import { handOverOrder, verifyPickupCode, type HandoverOrder } from "./handover";
import { markReady, pickLine, startPicking } from "./picking";
import { reviewSubstitution } from "./substitution";

// Thin: who is calling → the service validates, authorizes (store, role) and writes → revalidate.
// The store code comes from the form, but every service checks the caller may act in that store.

const staffForm = z.object({ storeCode: z.string().regex(STORE_CODE, "Unknown store."), orderId: z.string() }).passthrough();

function refresh(storeCode: string, orderId: string) {
  revalidatePath(`/staff/${storeCode}/pickups/${orderId}`);
  revalidatePath(`/staff/${storeCode}/pickups`);
}

const startPickingForm = formAction(staffForm, async ({ storeCode, orderId }) => {
  await startPicking(await getDb(), { user: await getCurrentUser(), storeCode, orderId });
  refresh(storeCode, orderId);
});

const pickLineForm = formAction(staffForm, async ({ storeCode, orderId, ...rest }) => {
  const input = rest as Record<string, unknown>;
  const found = typeof input.foundQuantity === "string" && input.foundQuantity.trim() !== "" ? input.foundQuantity : undefined;
  const substitute = typeof input.substitute === "string" && input.substitute.trim() !== "" ? input.substitute : undefined;
  await pickLine(await getDb(), {
    user: await getCurrentUser(),
    storeCode,
    orderId,
    lineId: input.lineId,
    outcome: input.outcome,
    foundQuantity: found,
    substitute,
  });
  refresh(storeCode, orderId);
});

const markReadyForm = formAction(staffForm, async ({ storeCode, orderId }) => {
  await markReady(await getDb(), { user: await getCurrentUser(), storeCode, orderId });
  refresh(storeCode, orderId);
});

const cancelForm = formAction(staffForm, async ({ storeCode, orderId, ...rest }) => {
  await cancelOrder(await getDb(), { user: await getCurrentUser(), storeCode, orderId, reason: String((rest as Record<string, unknown>).reason ?? "") });
  refresh(storeCode, orderId);
});

const acknowledgeForm = formAction(staffForm, async ({ storeCode, orderId }) => {
  await acknowledgeCurbside(await getDb(), { user: await getCurrentUser(), storeCode, orderId });
  refresh(storeCode, orderId);
});

export async function startPickingAction(previous: FormState, formData: FormData) {
  return startPickingForm(previous, formData);
}
export async function pickLineAction(previous: FormState, formData: FormData) {
  return pickLineForm(previous, formData);
}
export async function markReadyAction(previous: FormState, formData: FormData) {
  return markReadyForm(previous, formData);
}
export async function cancelOrderAction(previous: FormState, formData: FormData) {
  return cancelForm(previous, formData);
}
export async function acknowledgeCurbsideAction(previous: FormState, formData: FormData) {
  return acknowledgeForm(previous, formData);
}

export type HandoverResult =
  | { ok: true; order: HandoverOrder; handedOver?: { capturedCents: number; currency: string } }
  | { ok: false; error: string };

function failure(error: unknown): HandoverResult {
  if (isAppError(error)) return { ok: false, error: error.message };
  console.error("[handover] unexpected error:", error);
  return { ok: false, error: "Something went wrong on our side. Please try again." };
}

/** Scan or typed code → the order to hand over (or a clear refusal). */
export async function lookupPickupAction(storeCode: string, code: string): Promise<HandoverResult> {
  try {
    const order = await verifyPickupCode(await getDb(), { user: await getCurrentUser(), storeCode: String(storeCode), code: String(code ?? "") });
    return { ok: true, order };
  } catch (error) {
    return failure(error);
  }
}

/** "Hand over": captures the payment once, writes the stock ledger, marks collected. */
export async function handOverAction(storeCode: string, code: string, orderId: string): Promise<HandoverResult> {
  try {
    const db = await getDb();
    const user = await getCurrentUser();
    const order = await verifyPickupCode(db, { user, storeCode: String(storeCode), code: String(code ?? "") });
    const result = await handOverOrder(db, { user, storeCode: String(storeCode), code: String(code ?? ""), orderId: String(orderId) });
    refresh(String(storeCode), result.orderId);
    return { ok: true, order, handedOver: { capturedCents: result.capturedCents, currency: result.currency } };
  } catch (error) {
    return failure(error);
  }
}

const reviewForm = formAction(z.object({ orderId: z.string(), lineId: z.string(), decision: z.string() }), async (input) => {
  const user = await getCurrentUser();
  if (!user) return { error: "Sign in to continue." };
  await reviewSubstitution(await getDb(), { userId: user.id, ...input });
  revalidatePath(`/orders/${input.orderId}`);
});

/** The shopper accepts or rejects a substitute on their order page. */
export async function reviewSubstitutionAction(previous: FormState, formData: FormData) {
  return reviewForm(previous, formData);
}
