import { describe, expect, it } from "vitest";
import { can, permissions, type Permission, type Role } from "./permissions";

const storeA = "store-a";
const storeB = "store-b";

describe("permission table", () => {
  it("never grants anything to shoppers or to signed-out callers", () => {
    for (const permission of Object.keys(permissions) as Permission[]) {
      expect(can({ role: "shopper", storeId: null }, permission)).toBe(false);
      expect(can(null, permission)).toBe(false);
    }
  });

  it.each<[Role, Permission, boolean]>([
    ["associate", "pickups:work", true],
    ["associate", "orders:cancel", false],
    ["associate", "inventory:adjust", false],
    ["associate", "labels:print-store", false],
    ["manager", "orders:cancel", true],
    ["manager", "insights:view", true],
    ["manager", "admin:catalog", false],
    ["admin", "admin:staff", true],
  ])("%s → %s in own store: %s", (role, permission, allowed) => {
    expect(can({ role, storeId: role === "admin" ? null : storeA }, permission, { storeId: storeA })).toBe(allowed);
  });

  it("scopes staff to their own store", () => {
    expect(can({ role: "manager", storeId: storeA }, "pickups:work", { storeId: storeB })).toBe(false);
    expect(can({ role: "admin", storeId: null }, "pickups:work", { storeId: storeB })).toBe(true);
  });
});
