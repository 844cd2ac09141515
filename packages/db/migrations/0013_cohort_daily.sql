CREATE TABLE "cohort_daily" (
	"cohort_id" text NOT NULL,
	"day" date NOT NULL,
	"lessons" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cohort_daily_cohort_id_day_pk" PRIMARY KEY("cohort_id","day")
);
