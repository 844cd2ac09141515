import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text } from 'drizzle-orm/pg-core';
import { counter, moment, stamp } from './columns';

/**
 * The transactional outbox: a message is written here in the transaction of the action that
 * causes it (a reset asked for, an invitation made), and a worker sends it afterwards, with
 * retries and growing waits. A mail server that is down delays mail and loses none; one that
 * keeps refusing a message leaves its error here for an admin to read.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    createdAt: stamp(),
    /** Tries made so far. */
    attempts: counter('attempts'),
    /** When the worker may try it (again). */
    dueAt: stamp('due_at'),
    sentAt: moment('sent_at'),
    /** The last failure, in the mail server's words; it stays after the message is sent. */
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null`)],
);
