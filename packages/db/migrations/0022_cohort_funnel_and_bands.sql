CREATE TABLE "cohort_lesson_done" (
	"cohort_id" text NOT NULL,
	"lesson_id" text NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"learners" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cohort_lesson_done_cohort_id_lesson_id_shard_pk" PRIMARY KEY("cohort_id","lesson_id","shard")
);
--> statement-breakpoint
CREATE TABLE "cohort_quiz_bands" (
	"cohort_id" text NOT NULL,
	"quiz_id" text NOT NULL,
	"band" smallint NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"learners" integer DEFAULT 0 NOT NULL,
	"sum_best" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "cohort_quiz_bands_cohort_id_quiz_id_band_shard_pk" PRIMARY KEY("cohort_id","quiz_id","band","shard")
);
--> statement-breakpoint
-- The completion funnel and the score bands, kept per cohort by triggers instead of being
-- aggregated over every learner of the cohort on each read (at 10,000 learners those two reads
-- had reached 75–120 % of their 50 ms budget). Sharded like the other cohort rollups.

CREATE OR REPLACE FUNCTION cohort_lesson_add(p_user text, p_lesson text, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_lesson_done AS d (cohort_id, lesson_id, shard, learners)
  SELECT m.cohort_id, p_lesson, rollup_shard(), p_sign
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ORDER BY m.cohort_id
  ON CONFLICT (cohort_id, lesson_id, shard) DO UPDATE
    SET learners = d.learners + excluded.learners;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lesson_progress_cohorts() RETURNS trigger AS $$
DECLARE
  was boolean := TG_OP IN ('UPDATE', 'DELETE') AND OLD.completed_at IS NOT NULL;
  now_done boolean := TG_OP IN ('INSERT', 'UPDATE') AND NEW.completed_at IS NOT NULL;
BEGIN
  IF TG_OP = 'UPDATE' AND was = now_done AND OLD.user_id = NEW.user_id
     AND OLD.lesson_id = NEW.lesson_id THEN
    RETURN NULL;
  END IF;
  IF was THEN PERFORM cohort_lesson_add(OLD.user_id, OLD.lesson_id, -1); END IF;
  IF now_done THEN PERFORM cohort_lesson_add(NEW.user_id, NEW.lesson_id, 1); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER lesson_progress_cohorts
  AFTER INSERT OR UPDATE OF completed_at, user_id, lesson_id OR DELETE ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_cohorts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_band_add(p_user text, p_quiz text, p_best double precision, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_quiz_bands AS b (cohort_id, quiz_id, band, shard, learners, sum_best)
  SELECT m.cohort_id, p_quiz, least(floor(p_best * 10)::int, 9), rollup_shard(), p_sign,
         p_sign * p_best
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ORDER BY m.cohort_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION learner_quiz_stats_bands() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.best IS NOT DISTINCT FROM NEW.best AND OLD.user_id = NEW.user_id
     AND OLD.quiz_id = NEW.quiz_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.best IS NOT NULL THEN
    PERFORM cohort_band_add(OLD.user_id, OLD.quiz_id, OLD.best, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.best IS NOT NULL THEN
    PERFORM cohort_band_add(NEW.user_id, NEW.quiz_id, NEW.best, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER learner_quiz_stats_bands
  AFTER INSERT OR UPDATE OR DELETE ON learner_quiz_stats
  FOR EACH ROW EXECUTE FUNCTION learner_quiz_stats_bands();
--> statement-breakpoint
-- A learner joining or leaving a cohort brings their completed lessons and best scores in, or
-- takes them out.
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
  SELECT r.cohort_id, s.quiz_id, least(floor(s.best * 10)::int, 9), rollup_shard(), sign,
         sign * s.best
  FROM learner_quiz_stats s WHERE s.user_id = r.user_id AND s.best IS NOT NULL
  ORDER BY s.quiz_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohort_members_funnel
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_funnel();
--> statement-breakpoint
-- Rebuilds both from scratch, set-based (after a bulk load run with the triggers off).
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
  SELECT m.cohort_id, s.quiz_id, least(floor(s.best * 10)::int, 9), count(*)::int, sum(s.best)
  FROM cohort_members m JOIN learner_quiz_stats s ON s.user_id = m.user_id
  WHERE m.role = 'learner' AND s.best IS NOT NULL
  GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT rebuild_cohort_funnel();
--> statement-breakpoint
-- A user's deletion cascades to their memberships, progress, attempts and mastery, and each
-- cascade's triggers found the others' rows already gone, so the cohort rollups kept the
-- deleted learner's history. Leaving every cohort first, while that history is still there,
-- takes it out of every cohort rollup; the cascade then finds no membership to update.
CREATE OR REPLACE FUNCTION user_leaves_cohorts() RETURNS trigger AS $$
BEGIN
  DELETE FROM cohort_members WHERE user_id = OLD.id;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER user_leaves_cohorts
  BEFORE DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION user_leaves_cohorts();
--> statement-breakpoint
-- Rollups left stale by earlier deletions are rebuilt once.
SELECT rebuild_cohort_daily();
--> statement-breakpoint
SELECT rebuild_cohort_mastery();
