CREATE TABLE "learning_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"verb" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"attempt_id" text,
	"slot" text,
	"result" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learning_events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "cohort_mastery" (
	"cohort_id" text NOT NULL,
	"objective_id" text NOT NULL,
	"level" text NOT NULL,
	"learners" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cohort_mastery_cohort_id_objective_id_level_pk" PRIMARY KEY("cohort_id","objective_id","level")
);
--> statement-breakpoint
ALTER TABLE "learning_events" ADD CONSTRAINT "learning_events_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_events" ADD CONSTRAINT "learning_events_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learning_events_user_idx" ON "learning_events" USING btree ("user_id","seq");--> statement-breakpoint
CREATE INDEX "learning_events_attempt_idx" ON "learning_events" USING btree ("attempt_id","slot") WHERE "learning_events"."attempt_id" is not null;