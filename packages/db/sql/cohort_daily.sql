-- cohort_daily: per cohort, UTC day and shard, lessons completed and attempts submitted by the
-- cohort's learners, kept in the transaction of each write to lesson_progress, attempts and
-- cohort membership. The cohort overview's activity chart reads it.

-- The one write: for each of the cohorts, each (day, lessons, attempts) added in. (An older
-- definition took one user: dropped first.)
DROP FUNCTION IF EXISTS cohort_daily_add(text, date, int, int);
CREATE OR REPLACE FUNCTION cohort_daily_add(
  p_cohorts text[], p_days date[], p_lessons int[], p_attempts int[]
) RETURNS void AS $$
  INSERT INTO cohort_daily AS d (cohort_id, day, shard, lessons, attempts)
  SELECT c, h.day, rollup_shard(), h.lessons, h.attempts
  FROM unnest(p_cohorts) AS c
  CROSS JOIN unnest(p_days, p_lessons, p_attempts) AS h(day, lessons, attempts)
  ORDER BY c, h.day
  ON CONFLICT (cohort_id, day, shard) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
$$ LANGUAGE sql;

-- A learner's completion or submission moves a day in each of their cohorts.
CREATE OR REPLACE FUNCTION learner_day_add(p_user text, p_at timestamptz, p_lessons int, p_attempts int)
RETURNS void AS $$
  SELECT cohort_daily_add(
    learner_cohorts(p_user), ARRAY[(p_at AT TIME ZONE 'utc')::date], ARRAY[p_lessons],
    ARRAY[p_attempts]);
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION lesson_progress_daily() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.completed_at IS NOT NULL THEN
    PERFORM learner_day_add(OLD.user_id, OLD.completed_at, -1, 0);
  END IF;
  IF NEW.completed_at IS NOT NULL THEN
    PERFORM learner_day_add(NEW.user_id, NEW.completed_at, 1, 0);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_daily__lessons
  AFTER INSERT OR UPDATE OF completed_at ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_daily();

CREATE OR REPLACE FUNCTION attempts_daily() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.submitted_at IS NOT NULL THEN
    PERFORM learner_day_add(OLD.user_id, OLD.submitted_at, 0, -1);
  END IF;
  IF NEW.submitted_at IS NOT NULL THEN
    PERFORM learner_day_add(NEW.user_id, NEW.submitted_at, 0, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_daily__attempts
  AFTER INSERT OR UPDATE OF submitted_at ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_daily();

-- What each learner did, by UTC day: what a learner brings into a cohort they join and takes
-- out of one they leave, and what the rebuild sums. (Asked for one user, the filter reaches both
-- tables' indexes.)
DROP FUNCTION IF EXISTS learner_days(text);
CREATE OR REPLACE FUNCTION learner_days()
RETURNS TABLE (user_id text, day date, lessons int, attempts int) AS $$
  SELECT h.user_id, h.day, sum(h.lessons)::int, sum(h.attempts)::int FROM (
    SELECT p.user_id, (p.completed_at AT TIME ZONE 'utc')::date AS day, 1 AS lessons, 0 AS attempts
    FROM lesson_progress p WHERE p.completed_at IS NOT NULL
    UNION ALL
    SELECT a.user_id, (a.submitted_at AT TIME ZONE 'utc')::date, 0, 1
    FROM attempts a WHERE a.submitted_at IS NOT NULL) h
  GROUP BY h.user_id, h.day;
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION cohort_members_daily() RETURNS trigger AS $$
DECLARE
  m record;
BEGIN
  FOR m IN SELECT * FROM learner_membership_changes(TG_OP, NEW, OLD) LOOP
    PERFORM cohort_daily_add(ARRAY[m.cohort_id], array_agg(h.day),
                             array_agg(m.sign * h.lessons), array_agg(m.sign * h.attempts))
    FROM learner_days() h WHERE h.user_id = m.user_id;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_daily__members
  AFTER INSERT OR UPDATE OF cohort_id, user_id, role OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_daily();

CREATE OR REPLACE FUNCTION rebuild_cohort_daily() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_daily;
  INSERT INTO cohort_daily (cohort_id, day, lessons, attempts)
  SELECT m.cohort_id, h.day, sum(h.lessons)::int, sum(h.attempts)::int
  FROM cohort_learners() m JOIN learner_days() h ON h.user_id = m.user_id
  GROUP BY m.cohort_id, h.day;
END;
$$ LANGUAGE plpgsql;
