-- The item analysis's running sums, per quiz (and shard), kept in the transaction of every write
-- to attempt_items: item_stats (facility, and discrimination against the rest of the test),
-- item_option_stats (distractors), case_stats (cases against the rest) and quiz_score_stats with
-- quiz_item_points (Cronbach's alpha). Definitions: packages/quiz-engine/README.md#item-statistics.
--
-- A submission, an essay grade, a regrade and the cascade of a deletion each insert or delete
-- all of an attempt's rows in one statement, so the sums run once per statement over its
-- transition table: a case's score and an attempt's total are sums over several rows. Every
-- insert takes its rows in key order, so two transactions meeting on a shard cannot deadlock.

-- Each row carries its attempt's quiz, fraction and marks, read once when it is written.
CREATE OR REPLACE FUNCTION attempt_items_stamp() RETURNS trigger AS $$
BEGIN
  SELECT a.quiz_id, a.fraction, a.points, a.max_points
    INTO NEW.quiz_id, NEW.attempt_fraction, NEW.attempt_points, NEW.attempt_max_points
  FROM attempts a WHERE a.id = NEW.attempt_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER item_stats__stamp
  BEFORE INSERT ON attempt_items
  FOR EACH ROW EXECUTE FUNCTION attempt_items_stamp();

-- Adds (sign 1) or takes away (sign −1) whole attempts' rows from the five analysis rollups.
CREATE OR REPLACE FUNCTION rollup_attempt_groups(batch attempt_items[], sign integer)
RETURNS void AS $$
DECLARE
  k smallint := rollup_shard();
BEGIN
  -- Items: x is the item's fraction, y the rest of the test; picked counts answers with picks.
  INSERT INTO item_stats AS s (quiz_id, item_id, shard, n, sx, sxx, sy, syy, sxy, picked)
  SELECT r.quiz_id, r.item_id, k, sign * count(*), sign * sum(r.fraction),
         sign * sum(r.fraction * r.fraction), sign * sum(r.y), sign * sum(r.y * r.y),
         sign * sum(r.fraction * r.y), sign * count(r.picks)
  FROM (
    SELECT b.*, coalesce(rest_share(b.attempt_points, b.attempt_max_points, b.points,
                                    b.max_points), 0) AS y
    FROM unnest(batch) b
  ) r
  WHERE NOT r.pending AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
  GROUP BY r.quiz_id, r.item_id
  ORDER BY r.quiz_id, r.item_id
  ON CONFLICT (quiz_id, item_id, shard) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy,
    picked = s.picked + excluded.picked;

  -- Distractors: one count per picked option; an answer that picked nothing counts under ''.
  -- The mean of the pickers is of their whole attempt (what "stronger learners" means there).
  INSERT INTO item_option_stats AS s (quiz_id, item_id, option_id, shard, n, sy)
  SELECT r.quiz_id, r.item_id, coalesce(p.option_id, ''), k, sign * count(*),
         sign * sum(r.attempt_fraction)
  FROM unnest(batch) r
  LEFT JOIN LATERAL unnest(r.picks) AS p(option_id) ON true
  WHERE r.picks IS NOT NULL AND NOT r.pending
    AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
  GROUP BY r.quiz_id, r.item_id, coalesce(p.option_id, '')
  ORDER BY r.quiz_id, r.item_id, coalesce(p.option_id, '')
  ON CONFLICT (quiz_id, item_id, option_id, shard) DO UPDATE SET
    n = s.n + excluded.n, sy = s.sy + excluded.sy;

  -- Cases: x is the case's fraction in the attempt, y the rest of the test without the case;
  -- counted once none of its items is pending.
  INSERT INTO case_stats AS s (quiz_id, case_id, shard, n, sx, sxx, sy, syy, sxy)
  SELECT quiz_id, case_id, k, sign * count(*), sign * sum(x), sign * sum(x * x), sign * sum(y),
         sign * sum(y * y), sign * sum(x * y)
  FROM (
    SELECT r.quiz_id, r.case_id, sum(r.points) / sum(r.max_points) AS x,
           coalesce(rest_share(max(r.attempt_points), max(r.attempt_max_points),
                               sum(r.points), sum(r.max_points)), 0) AS y
    FROM unnest(batch) r
    WHERE r.case_id IS NOT NULL AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
    GROUP BY r.quiz_id, r.case_id, r.attempt_id
    HAVING NOT bool_or(r.pending) AND sum(r.max_points) > 0
  ) c
  GROUP BY quiz_id, case_id
  ORDER BY quiz_id, case_id
  ON CONFLICT (quiz_id, case_id, shard) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy;

  -- Alpha: totals and item points (in points) over attempts with nothing pending.
  INSERT INTO quiz_score_stats AS s (quiz_id, shard, n, st, stt)
  SELECT quiz_id, k, sign * count(*), sign * sum(t), sign * sum(t * t)
  FROM (
    SELECT r.quiz_id, sum(r.points) AS t
    FROM unnest(batch) r
    WHERE r.quiz_id IS NOT NULL
    GROUP BY r.quiz_id, r.attempt_id
    HAVING NOT bool_or(r.pending)
  ) a
  GROUP BY quiz_id
  ORDER BY quiz_id
  ON CONFLICT (quiz_id, shard) DO UPDATE SET
    n = s.n + excluded.n, st = s.st + excluded.st, stt = s.stt + excluded.stt;

  INSERT INTO quiz_item_points AS s (quiz_id, item_id, shard, n, sp, spp)
  SELECT r.quiz_id, r.item_id, k, sign * count(*), sign * sum(r.points),
         sign * sum(r.points * r.points)
  FROM unnest(batch) r
  WHERE r.quiz_id IS NOT NULL AND r.attempt_id IN (
    SELECT b.attempt_id FROM unnest(batch) b GROUP BY b.attempt_id HAVING NOT bool_or(b.pending))
  GROUP BY r.quiz_id, r.item_id
  ORDER BY r.quiz_id, r.item_id
  ON CONFLICT (quiz_id, item_id, shard) DO UPDATE SET
    n = s.n + excluded.n, sp = s.sp + excluded.sp, spp = s.spp + excluded.spp;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION attempt_items_added() RETURNS trigger AS $$
BEGIN
  PERFORM rollup_attempt_groups(ARRAY(SELECT ROW(a.*)::attempt_items FROM added a), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION attempt_items_removed() RETURNS trigger AS $$
BEGIN
  PERFORM rollup_attempt_groups(ARRAY(SELECT ROW(r.*)::attempt_items FROM removed r), -1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER item_stats__added
  AFTER INSERT ON attempt_items REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_added();

CREATE OR REPLACE TRIGGER item_stats__removed
  AFTER DELETE ON attempt_items REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_removed();

-- Every analysis rollup from scratch, quiz by quiz so no batch holds more than one quiz's rows.
CREATE OR REPLACE FUNCTION rebuild_item_stats() RETURNS void AS $$
DECLARE
  q text;
BEGIN
  UPDATE attempt_items ai SET quiz_id = a.quiz_id, attempt_fraction = a.fraction,
    attempt_points = a.points, attempt_max_points = a.max_points
  FROM attempts a
  WHERE a.id = ai.attempt_id
    AND (ai.quiz_id IS DISTINCT FROM a.quiz_id OR ai.attempt_fraction IS DISTINCT FROM a.fraction
         OR ai.attempt_points IS DISTINCT FROM a.points
         OR ai.attempt_max_points IS DISTINCT FROM a.max_points);
  DELETE FROM item_stats;
  DELETE FROM item_option_stats;
  DELETE FROM case_stats;
  DELETE FROM quiz_score_stats;
  DELETE FROM quiz_item_points;
  FOR q IN SELECT DISTINCT quiz_id FROM attempt_items WHERE quiz_id IS NOT NULL LOOP
    PERFORM rollup_attempt_groups(
      ARRAY(SELECT ai FROM attempt_items ai WHERE ai.quiz_id = q), 1);
  END LOOP;
END;
$$ LANGUAGE plpgsql;
