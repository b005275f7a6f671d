import { expect, test as setup } from "@playwright/test";
import { authFile, demo, personas, sessionUser, signIn } from "./fixtures/session";

/**
 * Signs in once per demo persona through the real sign-in form and saves the session for the
 * specs that only need to *be* that persona (see authFile). The sign-in journey itself is still
 * proven through the UI by e2e/sign-in.spec.ts and e2e/staff-home.staff.spec.ts.
 */
for (const persona of personas) {
  setup(`sign in as the demo ${persona}`, async ({ page }) => {
    await signIn(page, demo[persona]);
    expect(await sessionUser(page)).toMatchObject({ email: demo[persona], role: persona });
    await page.context().storageState({ path: authFile(persona) });
  });
}
