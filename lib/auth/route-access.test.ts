import { describe, expect, test } from "vitest";
import { decideRouteAccess, isGuardedPath } from "./route-access";

describe("the proxy's first answer for staff and admin URLs", () => {
  test("signed out: sent to sign in, back to the page asked for", () => {
    expect(decideRouteAccess("/staff/sea/pickups", "?x=1", null)).toEqual({ kind: "sign-in", callbackUrl: "/staff/sea/pickups?x=1" });
    expect(decideRouteAccess("/admin", "", null)).toEqual({ kind: "sign-in", callbackUrl: "/admin" });
  });

  test("a shopper, or another store's associate, is refused; the store's own staff and admins are not", () => {
    expect(decideRouteAccess("/staff/sea", "", { role: "shopper", storeCode: null }).kind).toBe("forbidden");
    expect(decideRouteAccess("/staff/sea/handover", "", { role: "associate", storeCode: "den" }).kind).toBe("forbidden");
    expect(decideRouteAccess("/staff/sea/handover", "", { role: "associate", storeCode: "sea" }).kind).toBe("allow");
    expect(decideRouteAccess("/staff/sea", "", { role: "manager", storeCode: "sea" }).kind).toBe("allow");
    expect(decideRouteAccess("/staff/sea", "", { role: "admin", storeCode: null }).kind).toBe("allow");
  });

  test("only admins reach /admin", () => {
    expect(decideRouteAccess("/admin/products", "", { role: "manager", storeCode: "sea" }).kind).toBe("forbidden");
    expect(decideRouteAccess("/admin/products", "", { role: "admin", storeCode: null }).kind).toBe("allow");
    expect(decideRouteAccess("/administrator", "", null).kind).toBe("allow");
  });

  test("shopper pages (the kiosk's join page included) are not decided here", () => {
    expect(isGuardedPath("/staff/sea")).toBe(true);
    expect(isGuardedPath("/admin")).toBe(true);
    expect(isGuardedPath("/kiosk/sea/k1/join")).toBe(false);
    expect(isGuardedPath("/staff")).toBe(false);
    expect(decideRouteAccess("/kiosk/sea/k1/join", "", null).kind).toBe("allow");
    expect(decideRouteAccess("/account", "", null).kind).toBe("allow");
  });
});
