import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { quizzes } from './bank';
import { counter, moment, owner, stamp } from './columns';

/**
 * One learner's attempt at one quiz version. The paper is rebuilt from (quiz version, seed), so
 * only the seed is stored; responses autosave into `responses` with a rising `sequence`, and the
 * score is written once, at submission.
 */
export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    userId: owner(),
    quizId: text('quiz_id')
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    quizVersion: integer('quiz_version').notNull(),
    seed: text('seed').notNull(),
    /** in-progress | submitted */
    state: text('state').notNull().default('in-progress'),
    /**
     * slot → the learner's answer as last saved: `{ response, certainty?, flagged?, tries?, at }`,
     * where `tries` are the checked tries (written by a check only) and `at` the sequence number
     * of the save that last wrote the slot (a replayed save older than it is not applied).
     */
    responses: jsonb('responses').notNull().default(sql`'{}'::jsonb`),
    /** The sequence number of the last save; a save must carry a higher one. */
    sequence: counter('sequence'),
    timeMultiplier: doublePrecision('time_multiplier').notNull().default(1),
    startedAt: stamp('started_at'),
    deadline: moment('deadline'),
    submittedAt: moment('submitted_at'),
    /** submitted | time-up */
    submitReason: text('submit_reason'),
    points: doublePrecision('points'),
    maxPoints: doublePrecision('max_points'),
    fraction: doublePrecision('fraction'),
    pending: boolean('pending').notNull().default(false),
    /** quiz-engine's AttemptResult: per-item scores, case totals, breakdown lines. */
    result: jsonb('result'),
    /** Manual grades of essays: slot → { fraction, level, comment, graderId, gradedAt }. */
    grades: jsonb('grades').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [
    index('attempts_user_quiz_idx').on(t.userId, t.quizId, t.startedAt),
    // At most one attempt in progress per learner and quiz, even when two tabs start at once.
    uniqueIndex('attempts_one_open_idx')
      .on(t.userId, t.quizId)
      .where(sql`${t.state} = 'in-progress'`),
    // The expiry job finds attempts whose time ran out without reading the others.
    index('attempts_open_deadline_idx')
      .on(t.deadline)
      .where(sql`${t.state} = 'in-progress' and ${t.deadline} is not null`),
  ],
);

/** Per-item scores of submitted attempts, one row per slot: what item statistics read. */
export const attemptItems = pgTable(
  'attempt_items',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    slot: text('slot').notNull(),
    itemId: text('item_id').notNull(),
    caseId: text('case_id'),
    fraction: doublePrecision('fraction').notNull(),
    points: doublePrecision('points').notNull(),
    maxPoints: doublePrecision('max_points').notNull(),
    pending: boolean('pending').notNull().default(false),
    /** manual | auto */
    gradedBy: text('graded_by').notNull().default('auto'),
    /** Set by a trigger from the attempt (its quiz, its total then), for the item_stats rollup. */
    quizId: text('quiz_id'),
    attemptFraction: doublePrecision('attempt_fraction'),
    /**
     * Set by the same trigger: the attempt's points and max points then, so the item analysis
     * can correlate the item with the rest of the test (total less this item).
     */
    attemptPoints: doublePrecision('attempt_points'),
    attemptMaxPoints: doublePrecision('attempt_max_points'),
    /**
     * The options picked on a choice-type item (quiz-engine's `optionPicks`): `{}` for a
     * response that picked none, null for an item with no options to count.
     */
    picks: text('picks').array(),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.slot] }),
    index('attempt_items_item_idx').on(t.itemId),
  ],
);
