import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth';

/**
 * Each learner's mastery of each objective: the level (Khan-style) and the FSRS card, as
 * quiz-engine's `ObjectiveMastery` (jsonb), with the level and next review copied out for
 * queries ("what is due?", "how many are proficient?").
 */
export const objectiveMastery = pgTable(
  'objective_mastery',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    objectiveId: text('objective_id').notNull(),
    level: text('level').notNull(),
    due: timestamp('due', { withTimezone: true }).notNull(),
    state: jsonb('state').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.objectiveId] }),
    index('objective_mastery_due_idx').on(t.userId, t.due),
  ],
);
