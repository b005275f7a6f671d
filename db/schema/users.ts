import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { userRole } from "./enums";
import { stores } from "./stores";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Always stored lower-cased. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("shopper"),
    /** The store a staff member works in; null for shoppers and admins. */
    storeId: uuid("store_id").references(() => stores.id),
    /** "My store" for a shopper. */
    preferredStoreId: uuid("preferred_store_id").references(() => stores.id),
    phone: text("phone"),
    /**
     * Every JWT carries the version it was signed in with; bumping it ends all the user's sessions
     * (lib/auth/session-version.ts). A trigger bumps it when role, store or password changes.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("users_store_idx").on(t.storeId),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_staff_have_store", sql`(${t.role} in ('associate', 'manager')) = (${t.storeId} is not null)`),
  ],
);

export type User = typeof users.$inferSelect;
