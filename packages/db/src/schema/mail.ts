import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Tries made so far. */
    attempts: integer('attempts').notNull().default(0),
    /** When the worker may try it (again). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** The last failure, in the mail server's words; it stays after the message is sent. */
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null`)],
);
