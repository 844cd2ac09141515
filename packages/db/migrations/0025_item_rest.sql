ALTER TABLE "attempt_items" ADD COLUMN "attempt_points" double precision;--> statement-breakpoint
ALTER TABLE "attempt_items" ADD COLUMN "attempt_max_points" double precision;--> statement-breakpoint
-- The item analysis correlates each item (and case) with the rest of the test, as Moodle's
-- discrimination index and quiz-engine's ItemAnalysis define it, instead of with the total
-- that includes it (which made items look better than they are, and hid negative ones). The
-- rest is a share of the rest's marks, so papers of different length compare. item_stats and
-- case_stats keep their column names: sy, syy and sxy now sum the rest share y.
CREATE OR REPLACE FUNCTION attempt_items_stamp() RETURNS trigger AS $$
BEGIN
  SELECT a.quiz_id, a.fraction, a.points, a.max_points
    INTO NEW.quiz_id, NEW.attempt_fraction, NEW.attempt_points, NEW.attempt_max_points
  FROM attempts a WHERE a.id = NEW.attempt_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The rest of the test without `points` of `max_points`, as a share; null when nothing is left.
CREATE OR REPLACE FUNCTION rest_share(
  total double precision, total_max double precision,
  points double precision, max_points double precision
) RETURNS double precision AS $$
  SELECT CASE WHEN total_max - max_points > 0
              THEN (total - points) / (total_max - max_points) END;
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
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
--> statement-breakpoint
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
--> statement-breakpoint
SELECT rebuild_item_stats();
