-- From here on the functions and triggers live in packages/db/sql, one file per rollup, applied
-- after the migrations whenever a file changes (src/node/sql-files.ts). Their triggers are
-- named `<file>__<what>`; the ones the earlier migrations made under other names go, and the
-- files make them again under the new names right after this migration.
DROP TRIGGER IF EXISTS attempts_rollup ON attempts;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempts_daily ON attempts;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempts_event ON attempts;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lesson_progress_rollup ON lesson_progress;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lesson_progress_daily ON lesson_progress;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lesson_progress_event ON lesson_progress;
--> statement-breakpoint
DROP TRIGGER IF EXISTS lesson_progress_cohorts ON lesson_progress;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempt_items_stamp ON attempt_items;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempt_items_added ON attempt_items;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempt_items_removed ON attempt_items;
--> statement-breakpoint
DROP TRIGGER IF EXISTS attempt_items_event ON attempt_items;
--> statement-breakpoint
DROP TRIGGER IF EXISTS cohort_members_daily ON cohort_members;
--> statement-breakpoint
DROP TRIGGER IF EXISTS cohort_members_mastery ON cohort_members;
--> statement-breakpoint
DROP TRIGGER IF EXISTS cohort_members_funnel ON cohort_members;
--> statement-breakpoint
DROP TRIGGER IF EXISTS objective_mastery_cohorts ON objective_mastery;
--> statement-breakpoint
DROP TRIGGER IF EXISTS learner_quiz_grades_bands ON learner_quiz_grades;
--> statement-breakpoint
DROP TRIGGER IF EXISTS user_keep_one_admin ON "user";
--> statement-breakpoint
DROP TRIGGER IF EXISTS user_leaves_cohorts ON "user";
