-- Rules the data must keep, whoever writes it (the app, a script, SQL). A bulk load leaves
-- these on: they are not rollups.

-- At least one admin who can sign in: a change that would demote, ban or delete the last one
-- fails.
CREATE OR REPLACE FUNCTION keep_one_admin() RETURNS trigger AS $$
BEGIN
  IF OLD.role <> 'admin' OR coalesce(OLD.banned, false) THEN
    RETURN NULL;
  END IF;
  -- One such change at a time, so two admins demoting each other cannot both succeed; the
  -- check below then sees what the other committed (a fresh snapshot per statement).
  PERFORM pg_advisory_xact_lock(hashtext('alliance:keep_one_admin'));
  IF NOT EXISTS (
       SELECT 1 FROM "user" WHERE role = 'admin' AND coalesce(banned, false) = false
     ) THEN
    RAISE EXCEPTION 'the last admin cannot be demoted, banned or removed'
      USING ERRCODE = 'P0001', HINT = 'last_admin';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER guards__one_admin
  AFTER UPDATE OF role, banned OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION keep_one_admin();

-- A user's deletion cascades to their memberships, progress, attempts and mastery, and each
-- cascade's triggers would find the others' rows already gone, so the cohort rollups would keep
-- the deleted learner's history. Leaving every cohort first, while that history is still
-- there, takes it out of every cohort rollup; the cascade then finds no membership to update.
CREATE OR REPLACE FUNCTION user_leaves_cohorts() RETURNS trigger AS $$
BEGIN
  DELETE FROM cohort_members WHERE user_id = OLD.id;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE TRIGGER guards__leave_cohorts
  BEFORE DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION user_leaves_cohorts();
