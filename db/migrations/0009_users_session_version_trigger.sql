-- Custom SQL migration file, put your code below! ---- A role, store or password change ends the user's sessions, whichever code writes it (lib/auth/session-version.ts).
CREATE OR REPLACE FUNCTION "users_bump_session_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role" OR NEW."store_id" IS DISTINCT FROM OLD."store_id" OR NEW."password_hash" IS DISTINCT FROM OLD."password_hash" THEN
    NEW."session_version" := OLD."session_version" + 1;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "users_bump_session_version" BEFORE UPDATE OF "role", "store_id", "password_hash" ON "users" FOR EACH ROW EXECUTE FUNCTION "users_bump_session_version"();
