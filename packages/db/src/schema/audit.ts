import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { attempts } from './attempts';
import { actor, stamp } from './columns';

/**
 * What staff did that changed someone's record: who, when, what, why. Rows are only ever added.
 * `details` holds what the action needs to be understood later (versions, counts).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: actor('actor_id'),
    /** item.publish | item.retire | regrade.apply | essay.grade | … */
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    reason: text('reason'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    at: stamp('at'),
  },
  (t) => [index('audit_log_target_idx').on(t.targetType, t.targetId, t.at)],
);

/** One attempt moved by a regrade: the grade before and after, for the learner's review. */
export const attemptRegrades = pgTable(
  'attempt_regrades',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    auditId: bigint('audit_id', { mode: 'number' })
      .notNull()
      .references(() => auditLog.id, { onDelete: 'cascade' }),
    fromQuizVersion: integer('from_quiz_version').notNull(),
    toQuizVersion: integer('to_quiz_version').notNull(),
    oldPoints: doublePrecision('old_points'),
    newPoints: doublePrecision('new_points'),
    maxPoints: doublePrecision('max_points'),
    at: stamp('at'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.auditId] })],
);
