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

-- Cohorts' learners: the members whose work the cohort rollups count (an instructor's does
-- not). Functions rather than views here and below, so no migration is ever held up by one.
CREATE OR REPLACE FUNCTION cohort_learners() RETURNS TABLE (cohort_id text, user_id text) AS $$
  SELECT m.cohort_id, m.user_id FROM cohort_members m WHERE m.role = 'learner';
$$ LANGUAGE sql STABLE;

-- The cohorts a user is a learner in, in key order (so rollup writes lock rows in one order and
-- two transactions cannot deadlock on them).
DROP FUNCTION IF EXISTS learner_cohorts(text);
CREATE FUNCTION learner_cohorts(p_user text) RETURNS text[] AS $$
  SELECT coalesce(array_agg(cohort_id ORDER BY cohort_id), '{}')
  FROM cohort_learners() WHERE user_id = p_user;
$$ LANGUAGE sql STABLE;

-- What a write to cohort_members did to a cohort's learners, for its rollups' triggers: an
-- insert joins (+1), a delete leaves (-1), an update leaves as the old row and joins as the new
-- one. Rows of instructors give nothing.
CREATE OR REPLACE FUNCTION learner_membership_changes(
  op text, new_row cohort_members, old_row cohort_members
) RETURNS TABLE (cohort_id text, user_id text, sign int) AS $$
  SELECT (old_row).cohort_id, (old_row).user_id, -1
  WHERE op IN ('UPDATE', 'DELETE') AND (old_row).role = 'learner'
  UNION ALL
  SELECT (new_row).cohort_id, (new_row).user_id, 1
  WHERE op IN ('INSERT', 'UPDATE') AND (new_row).role = 'learner';
$$ LANGUAGE sql IMMUTABLE;

-- The rest of the test without `points` of `max_points`, as a share of the rest's marks; null
-- when nothing is left. The item analysis correlates an item with it (Moodle's discrimination).
CREATE OR REPLACE FUNCTION rest_share(
  total double precision, total_max double precision,
  points double precision, max_points double precision
) RETURNS double precision AS $$
  SELECT CASE WHEN total_max - max_points > 0
              THEN (total - points) / (total_max - max_points) END;
$$ LANGUAGE sql IMMUTABLE;
