import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { moment, owner, stamp, total } from './columns';
import { lessons } from './course';

/** One row per learner and lesson they have opened; completed_at is set once they finish it. */
export const lessonProgress = pgTable(
  'lesson_progress',
  {
    userId: owner(),
    lessonId: text('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    startedAt: stamp('started_at'),
    completedAt: moment('completed_at'),
    /** How far down the lesson the learner last was (0–1), to continue where they left off. */
    position: total('position'),
    lastViewedAt: stamp('last_viewed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    // Serves "how many learners completed each lesson" without touching unfinished rows.
    index('lesson_progress_last_viewed_idx').on(t.userId, t.lastViewedAt),
    index('lesson_progress_completed_idx').on(t.lessonId).where(sql`${t.completedAt} is not null`),
  ],
);

/**
 * A learner's last checked answer to a lesson's check of understanding, and what the check told
 * them, so a reload shows both again. One row per learner and item; a new check replaces it.
 */
export const exerciseAnswers = pgTable(
  'exercise_answers',
  {
    userId: owner(),
    itemId: text('item_id').notNull(),
    /** The item version the answer was checked against. */
    itemVersion: integer('item_version').notNull(),
    response: jsonb('response').notNull(),
    /** The check's answer as the learner saw it: score, feedback, parts, breakdown, explanation. */
    result: jsonb('result').notNull(),
    checkedAt: stamp('checked_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemId] })],
);
