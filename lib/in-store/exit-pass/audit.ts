import { createHash } from "node:crypto";
import { translator } from "@/lib/i18n/translator";

/**
 * Which paid baskets staff look into at the exit. Risk-based: a first scan-and-go visit, a
 * high-value or a large basket always; plus a small random share of the rest so nobody can
 * learn to avoid checks. Configured by environment, overridable per call (tests).
 */
export type AuditPolicy = {
  /** Audit when the order total is at least this (cents). */
  highValueCents: number;
  /** Audit when the basket has at least this many units. */
  manyItems: number;
  /** Audit the shopper's first self-checkout order at this store. */
  firstVisit: boolean;
  /** Share of the remaining passes audited at random, in basis points (100 = 1%). */
  randomShareBps: number;
};

function envNumber(name: string, fallback: number) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && process.env[name] !== "" && process.env[name] !== undefined ? value : fallback;
}

export function auditPolicyFromEnv(): AuditPolicy {
  return {
    highValueCents: envNumber("EXIT_AUDIT_HIGH_VALUE_CENTS", 15_000),
    manyItems: envNumber("EXIT_AUDIT_MANY_ITEMS", 15),
    firstVisit: process.env.EXIT_AUDIT_FIRST_VISIT !== "0",
    randomShareBps: envNumber("EXIT_AUDIT_RANDOM_BPS", 300),
  };
}

export type AuditFacts = { passId: string; totalCents: number; units: number; earlierSelfCheckoutOrders: number };

export type AuditReason = "first_visit" | "high_value" | "many_items" | "random";

const reasonKey = { first_visit: "firstVisit", high_value: "highValue", many_items: "manyItems", random: "random" } as const satisfies Record<
  AuditReason,
  string
>;

/** Why a pass is audited, as staff read it at the exit. */
export function auditReasonLabel(reason: AuditReason): string {
  return translator("exitPass")(`auditReason.${reasonKey[reason]}`);
}

/** The reasons to audit this pass; empty means OK. The random pick is stable per pass. */
export function auditReasons(facts: AuditFacts, policy: AuditPolicy): AuditReason[] {
  const reasons: AuditReason[] = [];
  if (policy.firstVisit && facts.earlierSelfCheckoutOrders === 0) reasons.push("first_visit");
  if (facts.totalCents >= policy.highValueCents) reasons.push("high_value");
  if (facts.units >= policy.manyItems) reasons.push("many_items");
  if (reasons.length === 0 && policy.randomShareBps > 0) {
    const bucket = createHash("sha256").update(facts.passId).digest().readUInt32BE(0) % 10_000;
    if (bucket < policy.randomShareBps) reasons.push("random");
  }
  return reasons;
}
