CREATE TABLE "item_stats" (
	"quiz_id" text NOT NULL,
	"item_id" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sx" double precision DEFAULT 0 NOT NULL,
	"sxx" double precision DEFAULT 0 NOT NULL,
	"sy" double precision DEFAULT 0 NOT NULL,
	"syy" double precision DEFAULT 0 NOT NULL,
	"sxy" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "item_stats_quiz_id_item_id_pk" PRIMARY KEY("quiz_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "attempt_items" ADD COLUMN "quiz_id" text;--> statement-breakpoint
ALTER TABLE "attempt_items" ADD COLUMN "attempt_fraction" double precision;