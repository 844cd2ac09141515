-- Rules more than one rollup uses, written once.

-- The shard a writing backend adds to: fixed for a connection, spread across a pool's. Rollups
-- every learner's write moves keep one row per key and shard (16 of them) and readers sum a
-- key's shards, so concurrent writers do not queue on one row's lock.
CREATE OR REPLACE FUNCTION rollup_shard() RETURNS smallint AS $$
  SELECT (pg_backend_pid() % 16)::smallint;
$$ LANGUAGE sql STABLE;

-- The cohort score bands: how many, and which one a grade (0–1) falls in: 0–10 %, …, 90–100 %
-- (a grade of exactly 1 is in the top band).
CREATE OR REPLACE FUNCTION score_band_count() RETURNS int AS $$
  SELECT 10;
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION score_band(grade double precision) RETURNS smallint AS $$
  SELECT least(floor(grade * score_band_count())::int, score_band_count() - 1)::smallint;
$$ LANGUAGE sql IMMUTABLE;

-- The cohorts a user is a learner in, in key order (so rollup writes lock rows in one order and
-- two transactions cannot deadlock on them). Instructors' memberships count for no rollup.
CREATE OR REPLACE FUNCTION learner_cohorts(p_user text) RETURNS SETOF text AS $$
  SELECT m.cohort_id FROM cohort_members m
  WHERE m.user_id = p_user AND m.role = 'learner'
  ORDER BY m.cohort_id;
$$ LANGUAGE sql STABLE;

-- The rest of the test without `points` of `max_points`, as a share of the rest's marks; null
-- when nothing is left. The item analysis correlates an item with it (Moodle's discrimination).
CREATE OR REPLACE FUNCTION rest_share(
  total double precision, total_max double precision,
  points double precision, max_points double precision
) RETURNS double precision AS $$
  SELECT CASE WHEN total_max - max_points > 0
              THEN (total - points) / (total_max - max_points) END;
$$ LANGUAGE sql IMMUTABLE;
