-- The completion funnel and the score bands, per cohort and shard, kept in the transaction of
-- each write instead of aggregated over every learner of a cohort on each read:
-- cohort_lesson_done (learners who completed each lesson) and cohort_quiz_bands (learners per
-- quiz and score band of their grade, with the grades' sum). A learner's grade on a quiz is
-- quiz-engine's quizGrade, which the app writes to learner_quiz_grades; the bands follow it.

-- The writes, one per table: for each of the cohorts, each lesson (or quiz grade) moved by
-- p_sign learners. (Older definitions took one user: dropped first.)
DROP FUNCTION IF EXISTS cohort_lesson_add(text, text, int);
CREATE OR REPLACE FUNCTION cohort_lesson_add(p_cohorts text[], p_lessons text[], p_sign int)
RETURNS void AS $$
  INSERT INTO cohort_lesson_done AS d (cohort_id, lesson_id, shard, learners)
  SELECT k, l, rollup_shard(), p_sign
  FROM unnest(p_cohorts) AS k CROSS JOIN unnest(p_lessons) AS l
  ORDER BY k, l
  ON CONFLICT (cohort_id, lesson_id, shard) DO UPDATE
    SET learners = d.learners + excluded.learners;
$$ LANGUAGE sql;

DROP FUNCTION IF EXISTS cohort_band_add(text, text, double precision, int);
CREATE OR REPLACE FUNCTION cohort_band_add(
  p_cohorts text[], p_quizzes text[], p_grades double precision[], p_sign int
) RETURNS void AS $$
  INSERT INTO cohort_quiz_bands AS b (cohort_id, quiz_id, band, shard, learners, sum_best)
  SELECT k, g.quiz_id, score_band(g.grade), rollup_shard(), p_sign, p_sign * g.grade
  FROM unnest(p_cohorts) AS k CROSS JOIN unnest(p_quizzes, p_grades) AS g(quiz_id, grade)
  ORDER BY k, g.quiz_id
  ON CONFLICT (cohort_id, quiz_id, band, shard) DO UPDATE
    SET learners = b.learners + excluded.learners, sum_best = b.sum_best + excluded.sum_best;
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION lesson_progress_cohorts() RETURNS trigger AS $$
DECLARE
  was boolean := TG_OP IN ('UPDATE', 'DELETE') AND OLD.completed_at IS NOT NULL;
  now_done boolean := TG_OP IN ('INSERT', 'UPDATE') AND NEW.completed_at IS NOT NULL;
BEGIN
  IF TG_OP = 'UPDATE' AND was = now_done AND OLD.user_id = NEW.user_id
     AND OLD.lesson_id = NEW.lesson_id THEN
    RETURN NULL;
  END IF;
  IF was THEN
    PERFORM cohort_lesson_add(learner_cohorts(OLD.user_id), ARRAY[OLD.lesson_id], -1);
  END IF;
  IF now_done THEN
    PERFORM cohort_lesson_add(learner_cohorts(NEW.user_id), ARRAY[NEW.lesson_id], 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_funnel__lessons
  AFTER INSERT OR UPDATE OF completed_at, user_id, lesson_id OR DELETE ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_cohorts();

CREATE OR REPLACE FUNCTION learner_quiz_grades_bands() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.fraction IS NOT DISTINCT FROM NEW.fraction
     AND OLD.user_id = NEW.user_id AND OLD.quiz_id = NEW.quiz_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.fraction IS NOT NULL THEN
    PERFORM cohort_band_add(
      learner_cohorts(OLD.user_id), ARRAY[OLD.quiz_id], ARRAY[OLD.fraction], -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.fraction IS NOT NULL THEN
    PERFORM cohort_band_add(
      learner_cohorts(NEW.user_id), ARRAY[NEW.quiz_id], ARRAY[NEW.fraction], 1);
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
  m record;
BEGIN
  FOR m IN SELECT * FROM learner_membership_changes(TG_OP, NEW, OLD) LOOP
    PERFORM cohort_lesson_add(ARRAY[m.cohort_id], array_agg(lp.lesson_id), m.sign)
    FROM lesson_progress lp WHERE lp.user_id = m.user_id AND lp.completed_at IS NOT NULL;
    PERFORM cohort_band_add(ARRAY[m.cohort_id], array_agg(g.quiz_id), array_agg(g.fraction), m.sign)
    FROM learner_quiz_grades g WHERE g.user_id = m.user_id AND g.fraction IS NOT NULL;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_funnel__members
  AFTER INSERT OR UPDATE OF cohort_id, user_id, role OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_funnel();

CREATE OR REPLACE FUNCTION rebuild_cohort_funnel() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_lesson_done;
  INSERT INTO cohort_lesson_done (cohort_id, lesson_id, learners)
  SELECT m.cohort_id, lp.lesson_id, count(*)::int
  FROM cohort_learners() m JOIN lesson_progress lp ON lp.user_id = m.user_id
  WHERE lp.completed_at IS NOT NULL
  GROUP BY m.cohort_id, lp.lesson_id;
  DELETE FROM cohort_quiz_bands;
  INSERT INTO cohort_quiz_bands (cohort_id, quiz_id, band, learners, sum_best)
  SELECT m.cohort_id, g.quiz_id, score_band(g.fraction), count(*)::int, sum(g.fraction)
  FROM cohort_learners() m JOIN learner_quiz_grades g ON g.user_id = m.user_id
  WHERE g.fraction IS NOT NULL
  GROUP BY 1, 2, 3;
END;
$$ LANGUAGE plpgsql;
