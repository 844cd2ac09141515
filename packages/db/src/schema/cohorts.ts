import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { courses } from './course';

/**
 * Cohorts: groups of learners taught together, with their instructors. A cohort is enrolled in
 * the course when `courseId` is set, between `opensAt` and `dueAt`.
 */
export const cohorts = pgTable('cohorts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  courseId: text('course_id').references(() => courses.id, { onDelete: 'set null' }),
  opensAt: timestamp('opens_at', { withTimezone: true }),
  dueAt: timestamp('due_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    /** learner | instructor */
    role: text('role').notNull().default('learner'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.userId] }),
    index('cohort_members_user_idx').on(t.userId),
  ],
);

/**
 * Accommodations, for one learner or a whole cohort: more time (a multiplier on time limits),
 * extra attempts, and a due date moved later. A learner's own row wins over their cohorts'.
 */
export const accommodations = pgTable(
  'accommodations',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
    cohortId: text('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
    timeMultiplier: doublePrecision('time_multiplier').notNull().default(1),
    extraAttempts: integer('extra_attempts').notNull().default(0),
    dueShiftDays: integer('due_shift_days').notNull().default(0),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accommodations_user_idx').on(t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('accommodations_cohort_idx').on(t.cohortId).where(sql`${t.cohortId} is not null`),
    check('accommodations_one_target', sql`(${t.userId} is null) <> (${t.cohortId} is null)`),
    check('accommodations_multiplier', sql`${t.timeMultiplier} >= 1 and ${t.timeMultiplier} <= 5`),
  ],
);
