ALTER TABLE "lesson_progress" ADD COLUMN "position" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_progress" ADD COLUMN "last_viewed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "lesson_progress_last_viewed_idx" ON "lesson_progress" USING btree ("user_id","last_viewed_at");