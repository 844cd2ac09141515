-- Keeps item_stats (running sums per quiz and item) in step with attempt_items, in the same
-- transaction: a submission, a regrade or a grade replaces an attempt's rows, and the sums move
-- by exactly what was added or taken away.

CREATE OR REPLACE FUNCTION attempt_items_stamp() RETURNS trigger AS $$
BEGIN
  SELECT a.quiz_id, a.fraction INTO NEW.quiz_id, NEW.attempt_fraction
  FROM attempts a WHERE a.id = NEW.attempt_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attempt_items_stamp
  BEFORE INSERT ON attempt_items
  FOR EACH ROW EXECUTE FUNCTION attempt_items_stamp();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attempt_items_rollup() RETURNS trigger AS $$
DECLARE
  r attempt_items;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.pending OR r.quiz_id IS NULL OR r.attempt_fraction IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO item_stats AS s (quiz_id, item_id, n, sx, sxx, sy, syy, sxy)
  VALUES (r.quiz_id, r.item_id, sign, sign * r.fraction, sign * r.fraction * r.fraction,
          sign * r.attempt_fraction, sign * r.attempt_fraction * r.attempt_fraction,
          sign * r.fraction * r.attempt_fraction)
  ON CONFLICT (quiz_id, item_id) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attempt_items_rollup
  AFTER INSERT OR DELETE ON attempt_items
  FOR EACH ROW EXECUTE FUNCTION attempt_items_rollup();
--> statement-breakpoint
-- Rebuilds item_stats from scratch, set-based (after a bulk load run with the triggers off).
CREATE OR REPLACE FUNCTION rebuild_item_stats() RETURNS void AS $$
BEGIN
  UPDATE attempt_items ai SET quiz_id = a.quiz_id, attempt_fraction = a.fraction
  FROM attempts a
  WHERE a.id = ai.attempt_id
    AND (ai.quiz_id IS DISTINCT FROM a.quiz_id OR ai.attempt_fraction IS DISTINCT FROM a.fraction);
  DELETE FROM item_stats;
  INSERT INTO item_stats (quiz_id, item_id, n, sx, sxx, sy, syy, sxy)
  SELECT quiz_id, item_id, count(*)::int, sum(fraction), sum(fraction * fraction),
         sum(attempt_fraction), sum(attempt_fraction * attempt_fraction),
         sum(fraction * attempt_fraction)
  FROM attempt_items
  WHERE NOT pending AND quiz_id IS NOT NULL AND attempt_fraction IS NOT NULL
  GROUP BY quiz_id, item_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT rebuild_item_stats();
