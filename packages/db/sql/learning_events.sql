-- learning_events: what learners did, recorded by the database as it changes, in the writing
-- transaction, so no code path can complete a lesson or submit an attempt without its event.
-- The xAPI export reads them. Events are history: there is nothing to rebuild.

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
CREATE OR REPLACE TRIGGER learning_events__lessons
  AFTER INSERT OR UPDATE OF completed_at ON lesson_progress
  FOR EACH ROW EXECUTE FUNCTION lesson_progress_event();
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
CREATE OR REPLACE TRIGGER learning_events__attempts
  AFTER INSERT OR UPDATE ON attempts
  FOR EACH ROW EXECUTE FUNCTION attempts_event();
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
CREATE OR REPLACE TRIGGER learning_events__items
  AFTER INSERT ON attempt_items REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_event();
