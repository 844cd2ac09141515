CREATE TABLE "attempt_regrades" (
	"attempt_id" text NOT NULL,
	"audit_id" bigint NOT NULL,
	"from_quiz_version" integer NOT NULL,
	"to_quiz_version" integer NOT NULL,
	"old_points" double precision,
	"new_points" double precision,
	"max_points" double precision,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attempt_regrades_attempt_id_audit_id_pk" PRIMARY KEY("attempt_id","audit_id")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "items" ALTER COLUMN "current_version" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "attempts" ADD COLUMN "grades" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "case_versions" ADD COLUMN "source" text DEFAULT 'content' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "source" text DEFAULT 'content' NOT NULL;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "item_versions" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "draft" jsonb;--> statement-breakpoint
ALTER TABLE "items" ADD COLUMN "draft_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quiz_versions" ADD COLUMN "source" text DEFAULT 'content' NOT NULL;--> statement-breakpoint
ALTER TABLE "attempt_regrades" ADD CONSTRAINT "attempt_regrades_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_regrades" ADD CONSTRAINT "attempt_regrades_audit_id_audit_log_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_type","target_id","at");--> statement-breakpoint
ALTER TABLE "item_versions" ADD CONSTRAINT "item_versions_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;