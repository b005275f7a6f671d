"use server";

import { cookies } from "next/headers";
import { refresh } from "next/cache";
import { publicAction } from "@/lib/actions/client";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import { STORE_COOKIE, storeCookieOptions } from "./cookie";
import { rememberPreferredStore } from "./preferred-store";
import { getStoreByCode } from "./queries";
import { setMyStoreSchema } from "./schemas";

const t = translator("failures");

/** "Make this my store": remembers the store in a cookie and, when signed in, on the account. */
export const setMyStoreAction = publicAction("stores.setMyStore")
  .input(setMyStoreSchema)
  .action(async ({ actor, input, db }): Promise<{ code: string; name: string }> => {
    const store = await getStoreByCode(db, { code: input.code });
    if (!store) throw new AppError("not_found", t("stores.notFound"));
    await rememberPreferredStore(db, { actor, storeId: store.id });
    (await cookies()).set(STORE_COOKIE, store.code, storeCookieOptions());
    refresh();
    return { code: store.code, name: store.name };
  });
