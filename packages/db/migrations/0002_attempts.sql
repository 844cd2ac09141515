CREATE TABLE "attempt_items" (
	"attempt_id" text NOT NULL,
	"slot" text NOT NULL,
	"item_id" text NOT NULL,
	"case_id" text,
	"fraction" double precision NOT NULL,
	"points" double precision NOT NULL,
	"max_points" double precision NOT NULL,
	"pending" boolean DEFAULT false NOT NULL,
	"graded_by" text DEFAULT 'auto' NOT NULL,
	CONSTRAINT "attempt_items_attempt_id_slot_pk" PRIMARY KEY("attempt_id","slot")
);
--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"quiz_version" integer NOT NULL,
	"seed" text NOT NULL,
	"state" text DEFAULT 'in-progress' NOT NULL,
	"responses" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"time_multiplier" double precision DEFAULT 1 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submit_reason" text,
	"points" double precision,
	"max_points" double precision,
	"fraction" double precision,
	"pending" boolean DEFAULT false NOT NULL,
	"result" jsonb
);
--> statement-breakpoint
ALTER TABLE "attempt_items" ADD CONSTRAINT "attempt_items_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempt_items_item_idx" ON "attempt_items" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "attempts_user_quiz_idx" ON "attempts" USING btree ("user_id","quiz_id","started_at");