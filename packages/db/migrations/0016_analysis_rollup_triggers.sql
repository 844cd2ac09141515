-- Item analysis beyond facility and discrimination, kept live in the write's transaction:
-- distractor frequencies (item_option_stats), case-level sums (case_stats) and the sums behind
-- Cronbach's alpha (quiz_score_stats, quiz_item_points).
--
-- Case scores and attempt totals are sums over several rows of one attempt, so these rollups
-- run once per statement over its transition table, not once per row. Every writer (submission,
-- essay grade, regrade, and the cascade when an attempt or a user is deleted) inserts or
-- deletes all of an attempt's rows in one statement; the invariant tests check the rollups
-- against a recomputation after each kind of write.

-- item_stats also counts the answers that recorded picks: the denominator of option shares.
CREATE OR REPLACE FUNCTION attempt_items_rollup() RETURNS trigger AS $$
DECLARE
  r attempt_items;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.pending OR r.quiz_id IS NULL OR r.attempt_fraction IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO item_stats AS s (quiz_id, item_id, n, sx, sxx, sy, syy, sxy, picked)
  VALUES (r.quiz_id, r.item_id, sign, sign * r.fraction, sign * r.fraction * r.fraction,
          sign * r.attempt_fraction, sign * r.attempt_fraction * r.attempt_fraction,
          sign * r.fraction * r.attempt_fraction,
          CASE WHEN r.picks IS NULL THEN 0 ELSE sign END)
  ON CONFLICT (quiz_id, item_id) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy,
    picked = s.picked + excluded.picked;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign −1) whole attempts' rows from the four analysis rollups.
CREATE OR REPLACE FUNCTION rollup_attempt_groups(batch attempt_items[], sign integer)
RETURNS void AS $$
BEGIN
  -- Distractors: one count per picked option; an answer that picked nothing counts under ''.
  INSERT INTO item_option_stats AS s (quiz_id, item_id, option_id, n, sy)
  SELECT r.quiz_id, r.item_id, coalesce(p.option_id, ''), sign * count(*),
         sign * sum(r.attempt_fraction)
  FROM unnest(batch) r
  LEFT JOIN LATERAL unnest(r.picks) AS p(option_id) ON true
  WHERE r.picks IS NOT NULL AND NOT r.pending
    AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
  GROUP BY r.quiz_id, r.item_id, coalesce(p.option_id, '')
  ON CONFLICT (quiz_id, item_id, option_id) DO UPDATE SET
    n = s.n + excluded.n, sy = s.sy + excluded.sy;

  -- Cases: x is the case's fraction in the attempt, counted once none of its items is pending.
  INSERT INTO case_stats AS s (quiz_id, case_id, n, sx, sxx, sy, syy, sxy)
  SELECT quiz_id, case_id, sign * count(*), sign * sum(x), sign * sum(x * x), sign * sum(y),
         sign * sum(y * y), sign * sum(x * y)
  FROM (
    SELECT r.quiz_id, r.case_id, sum(r.points) / sum(r.max_points) AS x,
           max(r.attempt_fraction) AS y
    FROM unnest(batch) r
    WHERE r.case_id IS NOT NULL AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
    GROUP BY r.quiz_id, r.case_id, r.attempt_id
    HAVING NOT bool_or(r.pending) AND sum(r.max_points) > 0
  ) c
  GROUP BY quiz_id, case_id
  ON CONFLICT (quiz_id, case_id) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy;

  -- Alpha: totals and item points (in points) over attempts with nothing pending.
  INSERT INTO quiz_score_stats AS s (quiz_id, n, st, stt)
  SELECT quiz_id, sign * count(*), sign * sum(t), sign * sum(t * t)
  FROM (
    SELECT r.quiz_id, sum(r.points) AS t
    FROM unnest(batch) r
    WHERE r.quiz_id IS NOT NULL
    GROUP BY r.quiz_id, r.attempt_id
    HAVING NOT bool_or(r.pending)
  ) a
  GROUP BY quiz_id
  ON CONFLICT (quiz_id) DO UPDATE SET
    n = s.n + excluded.n, st = s.st + excluded.st, stt = s.stt + excluded.stt;

  INSERT INTO quiz_item_points AS s (quiz_id, item_id, n, sp, spp)
  SELECT r.quiz_id, r.item_id, sign * count(*), sign * sum(r.points),
         sign * sum(r.points * r.points)
  FROM unnest(batch) r
  WHERE r.quiz_id IS NOT NULL AND r.attempt_id IN (
    SELECT b.attempt_id FROM unnest(batch) b GROUP BY b.attempt_id HAVING NOT bool_or(b.pending))
  GROUP BY r.quiz_id, r.item_id
  ON CONFLICT (quiz_id, item_id) DO UPDATE SET
    n = s.n + excluded.n, sp = s.sp + excluded.sp, spp = s.spp + excluded.spp;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attempt_items_added() RETURNS trigger AS $$
BEGIN
  PERFORM rollup_attempt_groups(ARRAY(SELECT ROW(a.*)::attempt_items FROM added a), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attempt_items_removed() RETURNS trigger AS $$
BEGIN
  PERFORM rollup_attempt_groups(ARRAY(SELECT ROW(r.*)::attempt_items FROM removed r), -1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attempt_items_added
  AFTER INSERT ON attempt_items REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_added();
--> statement-breakpoint
CREATE TRIGGER attempt_items_removed
  AFTER DELETE ON attempt_items REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION attempt_items_removed();
--> statement-breakpoint
-- Rebuilds every item-analysis rollup from scratch (after a bulk load run with the triggers
-- off), quiz by quiz so no batch holds more than one quiz's rows.
CREATE OR REPLACE FUNCTION rebuild_item_stats() RETURNS void AS $$
DECLARE
  q text;
BEGIN
  UPDATE attempt_items ai SET quiz_id = a.quiz_id, attempt_fraction = a.fraction
  FROM attempts a
  WHERE a.id = ai.attempt_id
    AND (ai.quiz_id IS DISTINCT FROM a.quiz_id OR ai.attempt_fraction IS DISTINCT FROM a.fraction);
  DELETE FROM item_stats;
  DELETE FROM item_option_stats;
  DELETE FROM case_stats;
  DELETE FROM quiz_score_stats;
  DELETE FROM quiz_item_points;
  INSERT INTO item_stats (quiz_id, item_id, n, sx, sxx, sy, syy, sxy, picked)
  SELECT quiz_id, item_id, count(*)::int, sum(fraction), sum(fraction * fraction),
         sum(attempt_fraction), sum(attempt_fraction * attempt_fraction),
         sum(fraction * attempt_fraction), count(picks)::int
  FROM attempt_items
  WHERE NOT pending AND quiz_id IS NOT NULL AND attempt_fraction IS NOT NULL
  GROUP BY quiz_id, item_id;
  FOR q IN SELECT DISTINCT quiz_id FROM attempt_items WHERE quiz_id IS NOT NULL LOOP
    PERFORM rollup_attempt_groups(
      ARRAY(SELECT ai FROM attempt_items ai WHERE ai.quiz_id = q), 1);
  END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT rebuild_item_stats();
