import { boolean, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { owner, stamp } from './columns';

/**
 * Which notices a person gets by email (each on until they turn it off), and the token of
 * their unsubscribe links: a link works without signing in, and only turns notices off.
 * A row is made the first time a notice could go to them.
 */
export const noticePreferences = pgTable('notice_preferences', {
  userId: owner().primaryKey(),
  /** An essay of theirs was graded. */
  essayGraded: boolean('essay_graded').notNull().default(true),
  /** A regrade changed one of their grades. */
  gradeChanged: boolean('grade_changed').notNull().default(true),
  /** They were added to a cohort. */
  cohortAdded: boolean('cohort_added').notNull().default(true),
  /** A cohort's due date is three days away and their course is not done. */
  dueSoon: boolean('due_soon').notNull().default(true),
  /** Weekly: how many review items are due. */
  reviewDigest: boolean('review_digest').notNull().default(true),
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  updatedAt: stamp('updated_at'),
});

/**
 * Scheduled work done, one row per job and period (a day, an ISO week): the instance whose
 * insert lands does the work, so it runs once per period however many instances run, and a
 * restart does not run it again.
 */
export const scheduledRuns = pgTable(
  'scheduled_runs',
  {
    job: text('job').notNull(),
    period: text('period').notNull(),
    ranAt: stamp('ran_at'),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);
