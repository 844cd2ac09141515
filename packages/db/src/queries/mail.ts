import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { mailOutbox } from '../schema';

/** A message as the outbox keeps it (see `mailOutbox`). */
export type OutboxMessage = {
  kind: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

/** Writes a message to the outbox, in the caller's transaction when `db` is one. */
export async function enqueueMail(db: Pick<Database, 'insert'>, message: OutboxMessage) {
  const [row] = await db.insert(mailOutbox).values(message).returning({ id: mailOutbox.id });
  return row?.id ?? null;
}

/**
 * Claims up to `limit` messages that are due, for one sender: each is counted as tried and put
 * `leaseSeconds` into the future first, so a sender that dies mid-way leaves it to a later run,
 * and two senders (one per app instance) never take the same message (SKIP LOCKED).
 */
export async function claimDueMail(
  db: Database,
  { limit, leaseSeconds }: { limit: number; leaseSeconds: number },
) {
  return db.execute<OutboxMessage & { id: number; attempts: number }>(sql`
    update mail_outbox set attempts = attempts + 1,
      due_at = now() + make_interval(secs => ${leaseSeconds})
    where id in (
      select id from mail_outbox where sent_at is null and due_at <= now()
      order by due_at limit ${limit} for update skip locked)
    returning id, kind, "to", subject, html, text, attempts`);
}

export async function markMailSent(db: Database, { id }: { id: number }) {
  await db.execute(sql`update mail_outbox set sent_at = now() where id = ${id}`);
}

/** Records why a message was not sent, and when to try it again. */
export async function markMailFailed(
  db: Database,
  { id, error, retryInSeconds }: { id: number; error: string; retryInSeconds: number },
) {
  await db.execute(sql`
    update mail_outbox set last_error = ${error.slice(0, 2000)},
      due_at = now() + make_interval(secs => ${retryInSeconds})
    where id = ${id}`);
}

/** Messages not sent yet, oldest first, with their last error: what an admin looks at. */
export async function listUnsentMail(db: Database, { limit = 100 }: { limit?: number } = {}) {
  return db
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      createdAt: mailOutbox.createdAt,
      attempts: mailOutbox.attempts,
      dueAt: mailOutbox.dueAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.createdAt))
    .limit(limit);
}

/** Whether a message of this kind went into the outbox for this address in the last `seconds`. */
export async function mailedRecently(
  db: Database,
  { to, kind, seconds }: { to: string; kind: string; seconds: number },
) {
  const [row] = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.to, to),
        eq(mailOutbox.kind, kind),
        gt(mailOutbox.createdAt, sql`now() - make_interval(secs => ${seconds})`),
      ),
    )
    .limit(1);
  return Boolean(row);
}
