import { demoAdmin, demoShopper, staffNames } from "@/db/seed/people";
import { storeSeeds } from "@/db/seed/stores";

export const DEMO_PASSWORD = "aisle-demo";

export type DemoAccount = {
  email: string;
  name: string;
  role: "shopper" | "associate" | "manager" | "admin";
  storeCode: string | null;
  /** The store's name, for the sign-in page's list of demo accounts. */
  storeName: string | null;
};

/**
 * The store listed first at /stores (by name) gets the short staff e-mails; the others get
 * `associate.<code>@example.com` and `manager.<code>@example.com`.
 */
export const firstListedStoreCode = [...storeSeeds].sort((a, b) => a.name.localeCompare(b.name, "en"))[0].code;

function staffAccounts(): DemoAccount[] {
  const ordered = [...storeSeeds].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return ordered.flatMap((store) => {
    const names = staffNames[store.code];
    const suffix = store.code === firstListedStoreCode ? "" : `.${store.code}`;
    return [
      { email: `associate${suffix}@example.com`, name: names.associate, role: "associate" as const, storeCode: store.code, storeName: store.name },
      { email: `manager${suffix}@example.com`, name: names.manager, role: "manager" as const, storeCode: store.code, storeName: store.name },
    ];
  });
}

/** Demo sign-ins, all with DEMO_PASSWORD; printed in the start-up log in demo mode. */
export const demoAccounts: DemoAccount[] = [
  { email: demoShopper.email, name: demoShopper.name, role: "shopper", storeCode: null, storeName: null },
  { email: demoAdmin.email, name: demoAdmin.name, role: "admin", storeCode: null, storeName: null },
  ...staffAccounts(),
];
