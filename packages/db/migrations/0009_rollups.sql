CREATE TABLE "learner_activity" (
	"user_id" text PRIMARY KEY NOT NULL,
	"lessons_completed" integer DEFAULT 0 NOT NULL,
	"last_active" timestamp with time zone,
	"most_fails" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learner_quiz_stats" (
	"user_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"best" double precision,
	"submitted" integer DEFAULT 0 NOT NULL,
	"fails" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "learner_quiz_stats_user_id_quiz_id_pk" PRIMARY KEY("user_id","quiz_id")
);
--> statement-breakpoint
ALTER TABLE "learner_activity" ADD CONSTRAINT "learner_activity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_quiz_stats" ADD CONSTRAINT "learner_quiz_stats_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_quiz_stats" ADD CONSTRAINT "learner_quiz_stats_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;