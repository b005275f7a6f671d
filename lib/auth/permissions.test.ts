import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { can, permissions, plannedPermissions, type Permission, type Role } from "./permissions";

/** Every source file of the app outside tests and the table itself. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !full.endsWith(path.join("auth", "permissions.ts")) ? [full] : [];
  });
}

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

describe("every permission is checked, or marked as planned", () => {
  const code = ["app", "lib", "components"]
    .flatMap((dir) => sources(path.join(process.cwd(), dir)))
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");
  const checked = (permission: string) => code.includes(`"${permission}"`);

  it("names, in some action, page or route, each permission that isn't planned", () => {
    const unchecked = (Object.keys(permissions) as Permission[]).filter((p) => !plannedPermissions.includes(p) && !checked(p));
    expect(unchecked).toEqual([]);
  });

  it("lists as planned only permissions nothing checks yet", () => {
    expect(plannedPermissions.filter(checked)).toEqual([]);
  });
});
