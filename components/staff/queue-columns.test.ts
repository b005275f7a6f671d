import { describe, expect, it } from "vitest";
import type { QueueOrder } from "@/lib/fulfilment/queries";
import { ordersInColumn, QUEUE_COLUMNS } from "./queue-columns";

const order = (over: Partial<QueueOrder>): QueueOrder => ({
  id: Math.random().toString(36).slice(2),
  number: "ABCD-EFGH",
  firstName: "Sam",
  status: "placed",
  fulfilment: "pickup",
  itemCount: 1,
  placedAt: new Date().toISOString(),
  updatedAt: new Date().toISOString(),
  dueAt: null,
  slotStartsAt: null,
  slotEndsAt: null,
  curbsideArrivedAt: null,
  parkingSpot: null,
  assignedTo: null,
  ...over,
});

describe("queue columns", () => {
  it("are new, picking, ready and curbside, in the order work flows", () => {
    expect(QUEUE_COLUMNS.map((c) => c.id)).toEqual(["new", "picking", "ready", "curbside"]);
  });

  it("show a shopper waiting at curbside once, in the curbside lane; finished orders in none", () => {
    const waiting = order({ status: "ready", fulfilment: "curbside", curbsideArrivedAt: new Date().toISOString(), parkingSpot: "7" });
    const orders = [
      order({ status: "placed" }),
      order({ status: "picking" }),
      order({ status: "partially_ready" }),
      waiting,
      order({ status: "collected" }),
      order({ status: "cancelled" }),
    ];
    const lanes = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c.id, ordersInColumn(c.id, orders).map((o) => o.status)]));
    expect(lanes).toEqual({ new: ["placed"], picking: ["picking"], ready: ["partially_ready"], curbside: ["ready"] });
    expect(ordersInColumn("curbside", orders)[0].id).toBe(waiting.id);
  });
});
