-- cohort_mastery: per cohort, objective, level and shard, how many of the cohort's learners hold
-- that level, kept in the transaction of each write to objective_mastery and cohort membership.
-- The cohort overview's heat map reads it.

-- The one write: for each of the cohorts, each (objective, level) moved by p_sign learners. (An
-- older definition took one user: dropped first.)
DROP FUNCTION IF EXISTS cohort_mastery_add(text, text, text, int);
CREATE OR REPLACE FUNCTION cohort_mastery_add(
  p_cohorts text[], p_objectives text[], p_levels text[], p_sign int
) RETURNS void AS $$
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, shard, learners)
  SELECT k, o.objective_id, o.level, rollup_shard(), p_sign
  FROM unnest(p_cohorts) AS k
  CROSS JOIN unnest(p_objectives, p_levels) AS o(objective_id, level)
  ORDER BY k, o.objective_id, o.level
  ON CONFLICT (cohort_id, objective_id, level, shard) DO UPDATE
    SET learners = c.learners + excluded.learners;
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION objective_mastery_cohorts() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.level = NEW.level AND OLD.objective_id = NEW.objective_id
     AND OLD.user_id = NEW.user_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM cohort_mastery_add(
      learner_cohorts(OLD.user_id), ARRAY[OLD.objective_id], ARRAY[OLD.level], -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM cohort_mastery_add(
      learner_cohorts(NEW.user_id), ARRAY[NEW.objective_id], ARRAY[NEW.level], 1);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_mastery__levels
  AFTER INSERT OR UPDATE OR DELETE ON objective_mastery
  FOR EACH ROW EXECUTE FUNCTION objective_mastery_cohorts();

-- A learner joining or leaving a cohort brings their levels in, or takes them out.
CREATE OR REPLACE FUNCTION cohort_members_mastery() RETURNS trigger AS $$
DECLARE
  m record;
BEGIN
  FOR m IN SELECT * FROM learner_membership_changes(TG_OP, NEW, OLD) LOOP
    PERFORM cohort_mastery_add(ARRAY[m.cohort_id], array_agg(om.objective_id),
                               array_agg(om.level), m.sign)
    FROM objective_mastery om WHERE om.user_id = m.user_id;
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER cohort_mastery__members
  AFTER INSERT OR UPDATE OF cohort_id, user_id, role OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_mastery();

CREATE OR REPLACE FUNCTION rebuild_cohort_mastery() RETURNS void AS $$
BEGIN
  DELETE FROM cohort_mastery;
  INSERT INTO cohort_mastery (cohort_id, objective_id, level, learners)
  SELECT m.cohort_id, om.objective_id, om.level, count(*)::int
  FROM cohort_learners() m JOIN objective_mastery om ON om.user_id = m.user_id
  GROUP BY m.cohort_id, om.objective_id, om.level;
END;
$$ LANGUAGE plpgsql;
