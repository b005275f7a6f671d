CREATE TABLE "kiosk_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"store_id" uuid NOT NULL,
	"kiosk_code" text NOT NULL,
	"user_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"order_id" uuid,
	"paid_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "kiosk_handovers" ADD CONSTRAINT "kiosk_handovers_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_handovers" ADD CONSTRAINT "kiosk_handovers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_handovers" ADD CONSTRAINT "kiosk_handovers_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiosk_handovers_kiosk_idx" ON "kiosk_handovers" USING btree ("store_id","kiosk_code","started_at");--> statement-breakpoint
CREATE INDEX "kiosk_handovers_user_idx" ON "kiosk_handovers" USING btree ("user_id","started_at");