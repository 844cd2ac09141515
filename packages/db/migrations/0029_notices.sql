CREATE TABLE "notice_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"essay_graded" boolean DEFAULT true NOT NULL,
	"grade_changed" boolean DEFAULT true NOT NULL,
	"cohort_added" boolean DEFAULT true NOT NULL,
	"due_soon" boolean DEFAULT true NOT NULL,
	"review_digest" boolean DEFAULT true NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_preferences_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"job" text NOT NULL,
	"period" text NOT NULL,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheduled_runs_job_period_pk" PRIMARY KEY("job","period")
);
--> statement-breakpoint
ALTER TABLE "notice_preferences" ADD CONSTRAINT "notice_preferences_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;