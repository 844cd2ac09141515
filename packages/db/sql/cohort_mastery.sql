-- cohort_mastery: per cohort, objective, level and shard, how many of the cohort's learners hold
-- that level, kept in the transaction of each write to objective_mastery and cohort membership.
-- The cohort overview's heat map reads it.

CREATE OR REPLACE FUNCTION cohort_mastery_add(p_user text, p_objective text, p_level text, p_sign int)
RETURNS void AS $$
BEGIN
  INSERT INTO cohort_mastery AS c (cohort_id, objective_id, level, shard, learners)
  SELECT k.cohort_id, p_objective, p_level, rollup_shard(), p_sign
  FROM learner_cohorts(p_user) AS k(cohort_id)
  ORDER BY k.cohort_id
  ON CONFLICT (cohort_id, objective_id, level, shard) DO UPDATE
    SET learners = c.learners + excluded.learners;
END;
$$ LANGUAGE plpgsql;

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

CREATE OR REPLACE TRIGGER cohort_mastery__levels
  AFTER INSERT OR UPDATE OR DELETE ON objective_mastery
  FOR EACH ROW EXECUTE FUNCTION objective_mastery_cohorts();

-- A learner joining or leaving a cohort brings their levels in, or takes them out.
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

CREATE OR REPLACE TRIGGER cohort_mastery__members
  AFTER INSERT OR DELETE ON cohort_members
  FOR EACH ROW EXECUTE FUNCTION cohort_members_mastery();

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
