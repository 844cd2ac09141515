import {
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { quizzes } from './bank';

/**
 * Rollups the dashboards read instead of scanning attempts and progress, kept up to date by
 * database triggers in the same transaction as the write they summarise (migrations 0010, 0012
 * and 0014), whichever code path makes it.
 */
export const learnerQuizStats = pgTable(
  'learner_quiz_stats',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    /** Best score fraction over submitted attempts. */
    best: doublePrecision('best'),
    submitted: integer('submitted').notNull().default(0),
    /** Submitted attempts below the pass mark. */
    fails: integer('fails').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.userId, t.quizId] })],
);

export const learnerActivity = pgTable('learner_activity', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  lessonsCompleted: integer('lessons_completed').notNull().default(0),
  lastActive: timestamp('last_active', { withTimezone: true }),
  /** Most failed attempts on any one quiz. */
  mostFails: integer('most_fails').notNull().default(0),
});

/**
 * Running sums per quiz and item over submitted, graded answers: x is the item's score fraction,
 * y the attempt's total fraction. Facility, SD and discrimination (Pearson r of x and y) follow
 * exactly from them, at any moment, without reading a single attempt.
 */
export const itemStats = pgTable(
  'item_stats',
  {
    quizId: text('quiz_id').notNull(),
    itemId: text('item_id').notNull(),
    n: integer('n').notNull().default(0),
    sx: doublePrecision('sx').notNull().default(0),
    sxx: doublePrecision('sxx').notNull().default(0),
    sy: doublePrecision('sy').notNull().default(0),
    syy: doublePrecision('syy').notNull().default(0),
    sxy: doublePrecision('sxy').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.quizId, t.itemId] })],
);

/**
 * Per cohort and UTC day, lessons completed and attempts submitted by its learners: kept by
 * triggers on progress and attempts, and moved when a learner joins or leaves the cohort.
 */
export const cohortDaily = pgTable(
  'cohort_daily',
  {
    cohortId: text('cohort_id').notNull(),
    day: date('day').notNull(),
    lessons: integer('lessons').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.day] })],
);
