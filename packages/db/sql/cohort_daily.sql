-- cohort_daily: per cohort, UTC day and shard, lessons completed and attempts submitted by the
-- cohort's learners, kept in the transaction of each write to lesson_progress, attempts and
-- cohort membership. The cohort overview's activity chart reads it.

CREATE OR REPLACE FUNCTION cohort_daily_add(p_user text, p_day date, p_lessons int, p_attempts int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_daily AS d (cohort_id, day, shard, lessons, attempts)
  SELECT k.cohort_id, p_day, rollup_shard(), p_lessons, p_attempts
  FROM learner_cohorts(p_user) AS k(cohort_id)
  ORDER BY k.cohort_id
  ON CONFLICT (cohort_id, day, shard) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION lesson_progress_daily() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.completed_at IS NOT NULL THEN
    PERFORM cohort_daily_add(OLD.user_id, (OLD.completed_at AT TIME ZONE 'utc')::date, -1, 0);
  END IF;
  IF NEW.completed_at IS NOT NULL THEN
    PERFORM cohort_daily_add(NEW.user_id, (NEW.completed_at AT TIME ZONE 'utc')::date, 1, 0);
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
    PERFORM cohort_daily_add(OLD.user_id, (OLD.submitted_at AT TIME ZONE 'utc')::date, 0, -1);
  END IF;
  IF NEW.submitted_at IS NOT NULL THEN
    PERFORM cohort_daily_add(NEW.user_id, (NEW.submitted_at AT TIME ZONE 'utc')::date, 0, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_daily__attempts
  AFTER INSERT OR UPDATE OF submitted_at ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_daily();

-- What a learner did, by day: a joining learner brings it into the cohort, a leaving one takes
-- it out.
CREATE OR REPLACE FUNCTION learner_days(p_user text)
RETURNS TABLE (day date, lessons int, attempts int) AS $$
  SELECT h.day, sum(h.lessons)::int, sum(h.attempts)::int FROM (
    SELECT (completed_at AT TIME ZONE 'utc')::date AS day, 1 AS lessons, 0 AS attempts
    FROM lesson_progress WHERE user_id = p_user AND completed_at IS NOT NULL
    UNION ALL
    SELECT (submitted_at AT TIME ZONE 'utc')::date, 0, 1
    FROM attempts WHERE user_id = p_user AND submitted_at IS NOT NULL) h
  GROUP BY h.day
  ORDER BY h.day;
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION cohort_members_daily() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_daily AS d (cohort_id, day, shard, lessons, attempts)
  SELECT r.cohort_id, h.day, rollup_shard(), sign * h.lessons, sign * h.attempts
  FROM learner_days(r.user_id) h
  ORDER BY h.day
  ON CONFLICT (cohort_id, day, shard) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_daily__members
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_daily();

CREATE OR REPLACE FUNCTION rebuild_cohort_daily() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_daily;
  INSERT INTO cohort_daily (cohort_id, day, lessons, attempts)
  SELECT m.cohort_id, h.day, sum(h.lessons)::int, sum(h.attempts)::int
  FROM cohort_members m
  JOIN (
    SELECT user_id, (completed_at AT TIME ZONE 'utc')::date AS day, 1 AS lessons, 0 AS attempts
    FROM lesson_progress WHERE completed_at IS NOT NULL
    UNION ALL
    SELECT user_id, (submitted_at AT TIME ZONE 'utc')::date, 0, 1
    FROM attempts WHERE submitted_at IS NOT NULL) h ON h.user_id = m.user_id
  WHERE m.role = 'learner'
  GROUP BY m.cohort_id, h.day;
END;
$$ LANGUAGE plpgsql;
