import { useState } from "react";
import { failureOf, type ActionState } from "@/lib/actions/result";

/** A new idempotency key for a new payment attempt (crypto.randomUUID needs https or localhost). */
export function newAttemptKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The idempotency key of a payment form (web checkout, scan-and-go, kiosk), one rule for all:
 * a declined card ends the attempt, so the next submit is a new attempt with a new key. Any
 * other refusal (a typo, a full slot, sold out) keeps the key, so a retry can never pay twice.
 */
export function useAttemptKey<T>(initialKey: string, state: ActionState<T>): string {
  const [key, setKey] = useState(initialKey);
  // Adjusted while rendering the new answer (not in an effect), so no submit can run in between.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (failureOf(state)?.code === "payment_declined") setKey(newAttemptKey());
  }
  return key;
}
