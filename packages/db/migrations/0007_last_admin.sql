-- Alliance Academy keeps at least one admin who can sign in: a change that would demote, ban or
-- delete the last one fails, whichever path makes it (the admin plugin, a script, SQL).
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
--> statement-breakpoint
CREATE TRIGGER user_keep_one_admin
  AFTER UPDATE OF role, banned OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION keep_one_admin();
