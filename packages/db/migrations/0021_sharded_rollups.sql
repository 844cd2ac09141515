-- Shards for the rollups every learner's write moves: the item-analysis sums (per quiz and item),
-- cohort_daily and cohort_mastery (per cohort). Before, concurrent submissions to one quiz all
-- updated the same rows and queued on their row locks until each other's commit: at 16
-- concurrent submitters, backends spent most of their time waiting on a transaction id lock.
-- Now each writer adds its delta to its own shard (its backend's process id modulo 16) and
-- readers sum a key's shards. Existing rows become shard 0.
--
-- The per-row item_stats trigger becomes part of the statement-level rollup over the
-- transition table, and every rollup insert takes its rows in key order, so two transactions
-- that meet on a shard lock its rows in the same order and cannot deadlock.

ALTER TABLE "case_stats" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohort_daily" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohort_mastery" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_option_stats" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "item_stats" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quiz_item_points" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "quiz_score_stats" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_stats" DROP CONSTRAINT "case_stats_quiz_id_case_id_pk";--> statement-breakpoint
ALTER TABLE "cohort_daily" DROP CONSTRAINT "cohort_daily_cohort_id_day_pk";--> statement-breakpoint
ALTER TABLE "cohort_mastery" DROP CONSTRAINT "cohort_mastery_cohort_id_objective_id_level_pk";--> statement-breakpoint
ALTER TABLE "item_option_stats" DROP CONSTRAINT "item_option_stats_quiz_id_item_id_option_id_pk";--> statement-breakpoint
ALTER TABLE "item_stats" DROP CONSTRAINT "item_stats_quiz_id_item_id_pk";--> statement-breakpoint
ALTER TABLE "quiz_item_points" DROP CONSTRAINT "quiz_item_points_quiz_id_item_id_pk";--> statement-breakpoint
ALTER TABLE "quiz_score_stats" DROP CONSTRAINT "quiz_score_stats_pkey";--> statement-breakpoint
ALTER TABLE "case_stats" ADD CONSTRAINT "case_stats_quiz_id_case_id_shard_pk" PRIMARY KEY("quiz_id","case_id","shard");--> statement-breakpoint
ALTER TABLE "cohort_daily" ADD CONSTRAINT "cohort_daily_cohort_id_day_shard_pk" PRIMARY KEY("cohort_id","day","shard");--> statement-breakpoint
ALTER TABLE "cohort_mastery" ADD CONSTRAINT "cohort_mastery_cohort_id_objective_id_level_shard_pk" PRIMARY KEY("cohort_id","objective_id","level","shard");--> statement-breakpoint
ALTER TABLE "item_option_stats" ADD CONSTRAINT "item_option_stats_quiz_id_item_id_option_id_shard_pk" PRIMARY KEY("quiz_id","item_id","option_id","shard");--> statement-breakpoint
ALTER TABLE "item_stats" ADD CONSTRAINT "item_stats_quiz_id_item_id_shard_pk" PRIMARY KEY("quiz_id","item_id","shard");--> statement-breakpoint
ALTER TABLE "quiz_item_points" ADD CONSTRAINT "quiz_item_points_quiz_id_item_id_shard_pk" PRIMARY KEY("quiz_id","item_id","shard");--> statement-breakpoint
ALTER TABLE "quiz_score_stats" ADD CONSTRAINT "quiz_score_stats_quiz_id_shard_pk" PRIMARY KEY("quiz_id","shard");--> statement-breakpoint
-- The shard a writing backend adds to: fixed for a connection, spread across a pool's.
CREATE OR REPLACE FUNCTION rollup_shard() RETURNS smallint AS $$
  SELECT (pg_backend_pid() % 16)::smallint;
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempt_items_rollup ON attempt_items;
--> statement-breakpoint
DROP FUNCTION IF EXISTS attempt_items_rollup();
--> statement-breakpoint
-- Adds (sign 1) or takes away (sign −1) whole attempts' rows from the five analysis rollups.
CREATE OR REPLACE FUNCTION rollup_attempt_groups(batch attempt_items[], sign integer)
RETURNS void AS $$
DECLARE
  k smallint := rollup_shard();
BEGIN
  -- Items: x is the item's fraction, y the attempt's; picked counts answers that recorded picks.
  INSERT INTO item_stats AS s (quiz_id, item_id, shard, n, sx, sxx, sy, syy, sxy, picked)
  SELECT r.quiz_id, r.item_id, k, sign * count(*), sign * sum(r.fraction),
         sign * sum(r.fraction * r.fraction), sign * sum(r.attempt_fraction),
         sign * sum(r.attempt_fraction * r.attempt_fraction),
         sign * sum(r.fraction * r.attempt_fraction), sign * count(r.picks)
  FROM unnest(batch) r
  WHERE NOT r.pending AND r.quiz_id IS NOT NULL AND r.attempt_fraction IS NOT NULL
  GROUP BY r.quiz_id, r.item_id
  ORDER BY r.quiz_id, r.item_id
  ON CONFLICT (quiz_id, item_id, shard) DO UPDATE SET
    n = s.n + excluded.n, sx = s.sx + excluded.sx, sxx = s.sxx + excluded.sxx,
    sy = s.sy + excluded.sy, syy = s.syy + excluded.syy, sxy = s.sxy + excluded.sxy,
    picked = s.picked + excluded.picked;

  -- Distractors: one count per picked option; an answer that picked nothing counts under ''.
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

  -- Cases: x is the case's fraction in the attempt, counted once none of its items is pending.
  INSERT INTO case_stats AS s (quiz_id, case_id, shard, n, sx, sxx, sy, syy, sxy)
  SELECT quiz_id, case_id, k, sign * count(*), sign * sum(x), sign * sum(x * x), sign * sum(y),
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
  FOR q IN SELECT DISTINCT quiz_id FROM attempt_items WHERE quiz_id IS NOT NULL LOOP
    PERFORM rollup_attempt_groups(
      ARRAY(SELECT ai FROM attempt_items ai WHERE ai.quiz_id = q), 1);
  END LOOP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_daily_add(p_user text, p_day date, p_lessons int, p_attempts int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_daily AS d (cohort_id, day, shard, lessons, attempts)
  SELECT m.cohort_id, p_day, rollup_shard(), p_lessons, p_attempts
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ORDER BY m.cohort_id
  ON CONFLICT (cohort_id, day, shard) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_members_daily() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_daily AS d (cohort_id, day, shard, lessons, attempts)
  SELECT r.cohort_id, h.day, rollup_shard(), sign * sum(h.lessons)::int,
         sign * sum(h.attempts)::int
  FROM (
    SELECT (completed_at AT TIME ZONE 'utc')::date AS day, 1 AS lessons, 0 AS attempts
    FROM lesson_progress WHERE user_id = r.user_id AND completed_at IS NOT NULL
    UNION ALL
    SELECT (submitted_at AT TIME ZONE 'utc')::date, 0, 1
    FROM attempts WHERE user_id = r.user_id AND submitted_at IS NOT NULL) h
  GROUP BY h.day
  ORDER BY h.day
  ON CONFLICT (cohort_id, day, shard) DO UPDATE
    SET lessons = d.lessons + excluded.lessons, attempts = d.attempts + excluded.attempts;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_mastery_add(p_user text, p_objective text, p_level text, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, shard, learners)
  SELECT m.cohort_id, p_objective, p_level, rollup_shard(), p_sign
  FROM cohort_members m WHERE m.user_id = p_user AND m.role = 'learner'
  ORDER BY m.cohort_id
  ON CONFLICT (cohort_id, objective_id, level, shard) DO UPDATE
    SET learners = c.learners + excluded.learners;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cohort_members_mastery() RETURNS trigger AS $$
DECLARE
  r cohort_members;
  sign integer;
BEGIN
  IF TG_OP = 'INSERT' THEN r := NEW; sign := 1; ELSE r := OLD; sign := -1; END IF;
  IF r.role <> 'learner' THEN RETURN NULL; END IF;
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, shard, learners)
  SELECT r.cohort_id, om.objective_id, om.level, rollup_shard(), sign
  FROM objective_mastery om WHERE om.user_id = r.user_id
  ORDER BY om.objective_id, om.level
  ON CONFLICT (cohort_id, objective_id, level, shard) DO UPDATE
    SET learners = c.learners + excluded.learners;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
