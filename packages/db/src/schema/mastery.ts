import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { moment, owner, stamp } from './columns';

/**
 * Each learner's mastery of each objective: the level (Khan-style) and the FSRS card, as
 * quiz-engine's `ObjectiveMastery` (jsonb), with the level and next review copied out for
 * queries ("what is due?", "how many are proficient?").
 */
export const objectiveMastery = pgTable(
  'objective_mastery',
  {
    userId: owner(),
    objectiveId: text('objective_id').notNull(),
    level: text('level').notNull(),
    due: moment('due').notNull(),
    state: jsonb('state').notNull(),
    updatedAt: stamp('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.objectiveId] }),
    index('objective_mastery_due_idx').on(t.userId, t.due),
  ],
);
