ALTER TABLE "kiosk_handovers" ADD COLUMN "token_nonce" text;--> statement-breakpoint
ALTER TABLE "kiosk_handovers" ADD COLUMN "match_code" text;--> statement-breakpoint
-- End all but the newest live hand-over per kiosk, so the one-live index can be built.
UPDATE "kiosk_handovers" AS k SET "ended_at" = now() WHERE k."ended_at" is null AND k."paid_at" is null AND EXISTS (SELECT 1 FROM "kiosk_handovers" AS n WHERE n."store_id" = k."store_id" AND n."kiosk_code" = k."kiosk_code" AND n."ended_at" is null AND n."paid_at" is null AND (n."started_at", n."id") > (k."started_at", k."id"));--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_handovers_one_live_idx" ON "kiosk_handovers" USING btree ("store_id","kiosk_code") WHERE "kiosk_handovers"."ended_at" is null and "kiosk_handovers"."paid_at" is null;--> statement-breakpoint
ALTER TABLE "kiosk_handovers" ADD CONSTRAINT "kiosk_handovers_token_nonce_unique" UNIQUE("token_nonce");