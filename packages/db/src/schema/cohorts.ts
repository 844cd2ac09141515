import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { user } from './auth';
import { counter, moment, owner, stamp } from './columns';
import { courses } from './course';

/**
 * Cohorts: groups of learners taught together, with their instructors. A cohort is enrolled in
 * the course when `courseId` is set, between `opensAt` and `dueAt`.
 */
export const cohorts = pgTable('cohorts', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  courseId: text('course_id').references(() => courses.id, { onDelete: 'set null' }),
  opensAt: moment('opens_at'),
  dueAt: moment('due_at'),
  createdAt: stamp(),
});

export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: owner(),
    /** learner | instructor */
    role: text('role').notNull().default('learner'),
    addedAt: stamp('added_at'),
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
    extraAttempts: counter('extra_attempts'),
    dueShiftDays: counter('due_shift_days'),
    note: text('note'),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    uniqueIndex('accommodations_user_idx').on(t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex('accommodations_cohort_idx').on(t.cohortId).where(sql`${t.cohortId} is not null`),
    check('accommodations_one_target', sql`(${t.userId} is null) <> (${t.cohortId} is null)`),
    check('accommodations_multiplier', sql`${t.timeMultiplier} >= 1 and ${t.timeMultiplier} <= 5`),
  ],
);
