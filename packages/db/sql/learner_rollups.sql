-- learner_quiz_stats (per learner and quiz: best attempt, submitted, failed) and learner_activity
-- (per learner: lessons completed, last active, most fails on one quiz), kept in the transaction
-- of each write to attempts and lesson_progress. The at-risk list reads them.

CREATE OR REPLACE FUNCTION refresh_learner_quiz(p_user text, p_quiz text) RETURNS void AS $$
BEGIN
  INSERT INTO learner_quiz_stats (user_id, quiz_id, best, submitted, fails)
  SELECT p_user, p_quiz, max(fraction), count(*)::int,
         (count(*) FILTER (WHERE result->>'passed' = 'false'))::int
  FROM attempts WHERE user_id = p_user AND quiz_id = p_quiz AND state = 'submitted'
  ON CONFLICT (user_id, quiz_id) DO UPDATE
    SET best = excluded.best, submitted = excluded.submitted, fails = excluded.fails;
  INSERT INTO learner_activity (user_id, most_fails)
  SELECT p_user, coalesce(max(fails), 0) FROM learner_quiz_stats WHERE user_id = p_user
  ON CONFLICT (user_id) DO UPDATE SET most_fails = excluded.most_fails;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION attempts_rollup() RETURNS trigger AS $$
BEGIN
  INSERT INTO learner_activity (user_id, last_active) VALUES (NEW.user_id, NEW.started_at)
  ON CONFLICT (user_id) DO UPDATE
    SET last_active = greatest(learner_activity.last_active, excluded.last_active);
  IF NEW.state = 'submitted' THEN
    PERFORM refresh_learner_quiz(NEW.user_id, NEW.quiz_id);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER learner_rollups__attempts
  AFTER INSERT OR UPDATE OF state, fraction, result ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_rollup();

CREATE OR REPLACE FUNCTION lesson_progress_rollup() RETURNS trigger AS $$
BEGIN
  INSERT INTO learner_activity (user_id, lessons_completed, last_active)
  SELECT NEW.user_id,
         (SELECT count(*)::int FROM lesson_progress
           WHERE user_id = NEW.user_id AND completed_at IS NOT NULL),
         NEW.last_viewed_at
  ON CONFLICT (user_id) DO UPDATE
    SET lessons_completed = excluded.lessons_completed,
        last_active = greatest(learner_activity.last_active, excluded.last_active);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER learner_rollups__lessons
  AFTER INSERT OR UPDATE OF completed_at, last_viewed_at ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_rollup();

-- Both from scratch, set-based (a bulk load runs with the triggers off, then this).
CREATE OR REPLACE FUNCTION rebuild_learner_rollups() RETURNS void AS $$
BEGIN
  DELETE FROM learner_quiz_stats;
  INSERT INTO learner_quiz_stats (user_id, quiz_id, best, submitted, fails)
  SELECT user_id, quiz_id, max(fraction), count(*)::int,
         (count(*) FILTER (WHERE result->>'passed' = 'false'))::int
  FROM attempts WHERE state = 'submitted' GROUP BY user_id, quiz_id;
  DELETE FROM learner_activity;
  INSERT INTO learner_activity (user_id, lessons_completed, last_active, most_fails)
  SELECT u.id,
         coalesce(p.completed, 0),
         greatest(p.last_viewed, a.last_started),
         coalesce(f.most_fails, 0)
  FROM "user" u
  LEFT JOIN (SELECT user_id, (count(*) FILTER (WHERE completed_at IS NOT NULL))::int AS completed,
                    max(last_viewed_at) AS last_viewed
             FROM lesson_progress GROUP BY user_id) p ON p.user_id = u.id
  LEFT JOIN (SELECT user_id, max(started_at) AS last_started FROM attempts GROUP BY user_id) a
         ON a.user_id = u.id
  LEFT JOIN (SELECT user_id, max(fails) AS most_fails FROM learner_quiz_stats GROUP BY user_id) f
         ON f.user_id = u.id
  WHERE p.user_id IS NOT NULL OR a.user_id IS NOT NULL;
END;
$$ LANGUAGE plpgsql;
