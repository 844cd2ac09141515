-- learning_events: what learners did, recorded by the database as it changes, in the writing
-- transaction, so no code path can complete a lesson or submit an attempt without its event.

-- A lesson completed (again after being marked not complete: a new event).
CREATE OR REPLACE FUNCTION lesson_progress_event() RETURNS trigger AS $$
BEGIN
  IF NEW.completed_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.completed_at IS NULL) THEN
    INSERT INTO learning_events (user_id, verb, object_type, object_id, occurred_at)
    VALUES (NEW.user_id, 'completed', 'lesson', NEW.lesson_id, NEW.completed_at);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER lesson_progress_event
  AFTER INSERT OR UPDATE OF completed_at ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_event();
--> statement-breakpoint
-- An attempt submitted ('completed'), and its score changed afterwards by an essay grade or a
-- regrade ('scored').
CREATE OR REPLACE FUNCTION attempts_event() RETURNS trigger AS $$
DECLARE
  verb text;
BEGIN
  IF NEW.state <> 'submitted' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' OR OLD.state <> 'submitted' THEN
    verb := 'completed';
  ELSIF OLD.points IS DISTINCT FROM NEW.points OR OLD.max_points IS DISTINCT FROM NEW.max_points
     OR OLD.pending <> NEW.pending THEN
    verb := 'scored';
  ELSE
    RETURN NULL;
  END IF;
  INSERT INTO learning_events (user_id, verb, object_type, object_id, attempt_id, result, occurred_at)
  VALUES (NEW.user_id, verb, 'attempt', NEW.quiz_id, NEW.id,
          jsonb_build_object('points', NEW.points, 'maxPoints', NEW.max_points,
                             'fraction', NEW.fraction, 'pending', NEW.pending,
                             'passed', NEW.result->'passed', 'startedAt', NEW.started_at,
                             'submittedAt', NEW.submitted_at),
          CASE WHEN verb = 'completed' THEN coalesce(NEW.submitted_at, now()) ELSE now() END);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attempts_event
  AFTER INSERT OR UPDATE ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_event();
--> statement-breakpoint
-- An item answered (its first scored row for the attempt and slot), or scored again when a
-- grade or a regrade rewrites the attempt's rows with a different score.
CREATE OR REPLACE FUNCTION attempt_items_event() RETURNS trigger AS $$
BEGIN
  INSERT INTO learning_events (user_id, verb, object_type, object_id, attempt_id, slot, result)
  SELECT a.user_id, CASE WHEN prev.seq IS NULL THEN 'answered' ELSE 'scored' END, 'item',
         r.item_id, r.attempt_id, r.slot,
         jsonb_build_object('points', r.points, 'maxPoints', r.max_points,
                            'fraction', r.fraction, 'pending', r.pending,
                            'picks', to_jsonb(r.picks), 'quizId', a.quiz_id)
  FROM added r
  JOIN attempts a ON a.id = r.attempt_id
  LEFT JOIN LATERAL (
    SELECT e.seq, e.result FROM learning_events e
    WHERE e.attempt_id = r.attempt_id AND e.slot = r.slot
    ORDER BY e.seq DESC LIMIT 1) prev ON true
  WHERE prev.seq IS NULL
     OR (prev.result->>'points')::float8 IS DISTINCT FROM r.points
     OR (prev.result->>'pending')::boolean IS DISTINCT FROM r.pending
  ORDER BY r.attempt_id, r.slot;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attempt_items_event
  AFTER INSERT ON attempt_items REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_event();
--> statement-breakpoint
-- cohort_mastery: learners per cohort, objective and level, for the heat map.
CREATE OR REPLACE FUNCTION cohort_mastery_add(p_user text, p_objective text, p_level text, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, learners)
  SELECT m.cohort_id, p_objective, p_level, p_sign
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ON CONFLICT (cohort_id, objective_id, level) DO UPDATE
    SET learners = c.learners + excluded.learners;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION objective_mastery_cohorts() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.level = NEW.level AND OLD.objective_id = NEW.objective_id
     AND OLD.user_id = NEW.user_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM cohort_mastery_add(OLD.user_id, OLD.objective_id, OLD.level, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM cohort_mastery_add(NEW.user_id, NEW.objective_id, NEW.level, 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER objective_mastery_cohorts
  AFTER INSERT OR UPDATE OR DELETE ON objective_mastery
  FOR EACH ROW EXECUTE FUNCTION objective_mastery_cohorts();
--> statement-breakpoint
-- A learner joining or leaving a cohort brings their levels in, or takes them out.
CREATE OR REPLACE FUNCTION cohort_members_mastery() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, learners)
  SELECT r.cohort_id, om.objective_id, om.level, sign
  FROM objective_mastery om WHERE om.user_id = r.user_id
  ON CONFLICT (cohort_id, objective_id, level) DO UPDATE
    SET learners = c.learners + excluded.learners;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cohort_members_mastery
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_mastery();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rebuild_cohort_mastery() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_mastery;
  INSERT INTO cohort_mastery (cohort_id, objective_id, level, learners)
  SELECT m.cohort_id, om.objective_id, om.level, count(*)::int
  FROM cohort_members m JOIN objective_mastery om ON om.user_id = m.user_id
  WHERE m.role = 'learner'
  GROUP BY m.cohort_id, om.objective_id, om.level;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT rebuild_cohort_mastery();
