CREATE TABLE "case_stats" (
	"quiz_id" text NOT NULL,
	"case_id" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sx" double precision DEFAULT 0 NOT NULL,
	"sxx" double precision DEFAULT 0 NOT NULL,
	"sy" double precision DEFAULT 0 NOT NULL,
	"syy" double precision DEFAULT 0 NOT NULL,
	"sxy" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_quiz_id_case_id_pk" PRIMARY KEY("quiz_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "item_option_stats" (
	"quiz_id" text NOT NULL,
	"item_id" text NOT NULL,
	"option_id" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sy" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "item_option_stats_quiz_id_item_id_option_id_pk" PRIMARY KEY("quiz_id","item_id","option_id")
);
--> statement-breakpoint
CREATE TABLE "quiz_item_points" (
	"quiz_id" text NOT NULL,
	"item_id" text NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"sp" double precision DEFAULT 0 NOT NULL,
	"spp" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "quiz_item_points_quiz_id_item_id_pk" PRIMARY KEY("quiz_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "quiz_score_stats" (
	"quiz_id" text PRIMARY KEY NOT NULL,
	"n" integer DEFAULT 0 NOT NULL,
	"st" double precision DEFAULT 0 NOT NULL,
	"stt" double precision DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attempt_items" ADD COLUMN "picks" text[];--> statement-breakpoint
ALTER TABLE "item_stats" ADD COLUMN "picked" integer DEFAULT 0 NOT NULL;