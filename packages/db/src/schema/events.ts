import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { attempts } from './attempts';
import { owner, stamp } from './columns';

/**
 * What learners did, as it happened, one row per learning event: a lesson completed, an attempt
 * submitted (and its score changed later by a regrade), an item answered (and scored later by a
 * grader or a regrade). Written by database triggers in the write's own transaction
 * (packages/db/sql/learning_events.sql), whichever code path makes it; only ever added to. The
 * xAPI export reads it.
 */
export const learningEvents = pgTable(
  'learning_events',
  {
    /** Order of writing (keyset for exports). */
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /** The statement id the xAPI export gives this event. */
    id: uuid('id').notNull().unique().default(sql`gen_random_uuid()`),
    userId: owner(),
    /** completed | answered | scored */
    verb: text('verb').notNull(),
    /** lesson | attempt | item */
    objectType: text('object_type').notNull(),
    /** The lesson, the attempt's quiz, or the item. */
    objectId: text('object_id').notNull(),
    attemptId: text('attempt_id').references(() => attempts.id, { onDelete: 'cascade' }),
    slot: text('slot'),
    /** points, maxPoints, fraction, pending; passed for attempts; picks for items. */
    result: jsonb('result'),
    occurredAt: stamp('occurred_at'),
  },
  (t) => [
    index('learning_events_user_idx').on(t.userId, t.seq),
    index('learning_events_attempt_idx')
      .on(t.attemptId, t.slot)
      .where(sql`${t.attemptId} is not null`),
  ],
);
