-- Keeps cohort_daily (per cohort and UTC day: lessons completed, attempts submitted) in step with
-- lesson_progress, attempts and cohort membership, in the writing transaction.

CREATE OR REPLACE FUNCTION cohort_daily_add(p_user text, p_day date, p_lessons int, p_attempts int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_daily AS d (cohort_id, day, lessons, attempts)
  SELECT m.cohort_id, p_day, p_lessons, p_attempts
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ON CONFLICT (cohort_id, day) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TRIGGER lesson_progress_daily
  AFTER INSERT OR UPDATE OF completed_at ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_daily();
--> statement-breakpoint
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
--> statement-breakpoint
CREATE TRIGGER attempts_daily
  AFTER INSERT OR UPDATE OF submitted_at ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_daily();
--> statement-breakpoint
-- A learner joining or leaving a cohort brings their whole history in, or takes it out.
CREATE OR REPLACE FUNCTION cohort_members_daily() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_daily AS d (cohort_id, day, lessons, attempts)
  SELECT r.cohort_id, h.day, sign * sum(h.lessons)::int, sign * sum(h.attempts)::int FROM (
    SELECT (completed_at AT TIME ZONE 'utc')::date AS day, 1 AS lessons, 0 AS attempts
    FROM lesson_progress WHERE user_id = r.user_id AND completed_at IS NOT NULL
    UNION ALL
    SELECT (submitted_at AT TIME ZONE 'utc')::date, 0, 1
    FROM attempts WHERE user_id = r.user_id AND submitted_at IS NOT NULL) h
  GROUP BY h.day
  ON CONFLICT (cohort_id, day) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohort_members_daily
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_daily();
--> statement-breakpoint
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
--> statement-breakpoint
SELECT rebuild_cohort_daily();
