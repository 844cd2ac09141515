CREATE TABLE "learner_quiz_grades" (
	"user_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"fraction" double precision,
	"passed" boolean,
	"method" text NOT NULL,
	"counted" integer DEFAULT 0 NOT NULL,
	"waiting" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_quiz_grades_user_id_quiz_id_pk" PRIMARY KEY("user_id","quiz_id")
);
--> statement-breakpoint
ALTER TABLE "learner_quiz_grades" ADD CONSTRAINT "learner_quiz_grades_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_quiz_grades" ADD CONSTRAINT "learner_quiz_grades_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The cohort score bands now hold each learner's grade (quiz-engine's quizGrade, written by the
-- app to learner_quiz_grades) instead of their best attempt, which disagreed with the gradebook
-- and the learner's own page under the average, first and last methods. `sum_best` keeps its
-- name and now sums grades.
DROP TRIGGER IF EXISTS learner_quiz_stats_bands ON learner_quiz_stats;
--> statement-breakpoint
DROP FUNCTION IF EXISTS learner_quiz_stats_bands();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION learner_quiz_grades_bands() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.fraction IS NOT DISTINCT FROM NEW.fraction
     AND OLD.user_id = NEW.user_id AND OLD.quiz_id = NEW.quiz_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.fraction IS NOT NULL THEN
    PERFORM cohort_band_add(OLD.user_id, OLD.quiz_id, OLD.fraction, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.fraction IS NOT NULL THEN
    PERFORM cohort_band_add(NEW.user_id, NEW.quiz_id, NEW.fraction, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER learner_quiz_grades_bands
  AFTER INSERT OR UPDATE OR DELETE ON learner_quiz_grades
  FOR EACH ROW EXECUTE FUNCTION learner_quiz_grades_bands();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_members_funnel() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_lesson_done AS d (cohort_id, lesson_id, shard, learners)
  SELECT r.cohort_id, lp.lesson_id, rollup_shard(), sign
  FROM lesson_progress lp WHERE lp.user_id = r.user_id AND lp.completed_at IS NOT NULL
  ORDER BY lp.lesson_id
  ON CONFLICT (cohort_id, lesson_id, shard) DO UPDATE
    SET learners = d.learners + excluded.learners;
  INSERT INTO cohort_quiz_bands AS b (cohort_id, quiz_id, band, shard, learners, sum_best)
  SELECT r.cohort_id, g.quiz_id, least(floor(g.fraction * 10)::int, 9), rollup_shard(), sign,
         sign * g.fraction
  FROM learner_quiz_grades g WHERE g.user_id = r.user_id AND g.fraction IS NOT NULL
  ORDER BY g.quiz_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rebuild_cohort_funnel() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_lesson_done;
  INSERT INTO cohort_lesson_done (cohort_id, lesson_id, learners)
  SELECT m.cohort_id, lp.lesson_id, count(*)::int
  FROM cohort_members m JOIN lesson_progress lp ON lp.user_id = m.user_id
  WHERE m.role = 'learner' AND lp.completed_at IS NOT NULL
  GROUP BY m.cohort_id, lp.lesson_id;
  DELETE FROM cohort_quiz_bands;
  INSERT INTO cohort_quiz_bands (cohort_id, quiz_id, band, learners, sum_best)
  SELECT m.cohort_id, g.quiz_id, least(floor(g.fraction * 10)::int, 9), count(*)::int,
         sum(g.fraction)
  FROM cohort_members m JOIN learner_quiz_grades g ON g.user_id = m.user_id
  WHERE m.role = 'learner' AND g.fraction IS NOT NULL
  GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Grades are the app's to compute (rebuildQuizGrades); until it runs, the bands start empty.
SELECT rebuild_cohort_funnel();
