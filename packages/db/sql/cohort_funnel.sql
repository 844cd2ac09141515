-- The completion funnel and the score bands, per cohort and shard, kept in the transaction of
-- each write instead of aggregated over every learner of a cohort on each read:
-- cohort_lesson_done (learners who completed each lesson) and cohort_quiz_bands (learners per
-- quiz and score band of their grade, with the grades' sum). A learner's grade on a quiz is
-- quiz-engine's quizGrade, which the app writes to learner_quiz_grades; the bands follow it.

CREATE OR REPLACE FUNCTION cohort_lesson_add(p_user text, p_lesson text, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_lesson_done AS d (cohort_id, lesson_id, shard, learners)
  SELECT k.cohort_id, p_lesson, rollup_shard(), p_sign
  FROM learner_cohorts(p_user) AS k(cohort_id)
  ORDER BY k.cohort_id
  ON CONFLICT (cohort_id, lesson_id, shard) DO UPDATE
    SET learners = d.learners + excluded.learners;
END;
$$ LANGUAGE plpgsql;

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

CREATE OR REPLACE TRIGGER cohort_funnel__lessons
  AFTER INSERT OR UPDATE OF completed_at, user_id, lesson_id OR DELETE ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_cohorts();

-- (Dropped first: an older definition named its grade parameter p_best.)
DROP FUNCTION IF EXISTS cohort_band_add(text, text, double precision, int);
CREATE FUNCTION cohort_band_add(p_user text, p_quiz text, p_grade double precision, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_quiz_bands AS b (cohort_id, quiz_id, band, shard, learners, sum_best)
  SELECT k.cohort_id, p_quiz, score_band(p_grade), rollup_shard(), p_sign, p_sign * p_grade
  FROM learner_cohorts(p_user) AS k(cohort_id)
  ORDER BY k.cohort_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
END;
$$ LANGUAGE plpgsql;

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

CREATE OR REPLACE TRIGGER cohort_funnel__grades
  AFTER INSERT OR UPDATE OR DELETE ON learner_quiz_grades
  FOR EACH ROW EXECUTE FUNCTION learner_quiz_grades_bands();

-- A learner joining or leaving a cohort brings their completed lessons and grades in, or takes
-- them out.
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
  SELECT r.cohort_id, g.quiz_id, score_band(g.fraction), rollup_shard(), sign, sign * g.fraction
  FROM learner_quiz_grades g WHERE g.user_id = r.user_id AND g.fraction IS NOT NULL
  ORDER BY g.quiz_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_funnel__members
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_funnel();

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
  SELECT m.cohort_id, g.quiz_id, score_band(g.fraction), count(*)::int, sum(g.fraction)
  FROM cohort_members m JOIN learner_quiz_grades g ON g.user_id = m.user_id
  WHERE m.role = 'learner' AND g.fraction IS NOT NULL
  GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
