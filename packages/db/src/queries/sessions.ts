/** Sign-in failures per account, and sessions: listing and ending them. */
import { and, count, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { session, signInFailures } from '../schema';

/** Failed sign-ins to an account (by email) in the last hour. */
export async function recentSignInFailures(db: Database, { email }: { email: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(
      and(eq(signInFailures.email, email), gt(signInFailures.at, sql`now() - interval '1 hour'`)),
    );
  return Number(row?.n ?? 0);
}

/** Records a failed sign-in, and drops this account's rows older than a day. */
export async function recordSignInFailure(
  db: Database,
  { email, ip }: { email: string; ip: string | null },
) {
  await db.insert(signInFailures).values({ email, ip });
  await db
    .delete(signInFailures)
    .where(
      and(eq(signInFailures.email, email), lt(signInFailures.at, sql`now() - interval '1 day'`)),
    );
}

/** Ends one session (a sign-out the server decides, e.g. an admin session that timed out). */
export async function endSession(db: Database, { sessionId }: { sessionId: string }) {
  await db.delete(session).where(eq(session.id, sessionId));
}

/** A person's open sessions, most recently used first (no tokens: they never leave the server). */
export function listUserSessions(db: Database, { userId }: { userId: string }) {
  return db
    .select({
      id: session.id,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      expiresAt: session.expiresAt,
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })
    .from(session)
    .where(and(eq(session.userId, userId), gt(session.expiresAt, sql`now()`)))
    .orderBy(desc(session.updatedAt));
}

/** Ends one of a person's own sessions; false when it is not theirs or not there. */
export async function endUserSession(
  db: Database,
  { userId, sessionId }: { userId: string; sessionId: string },
) {
  const ended = await db
    .delete(session)
    .where(and(eq(session.id, sessionId), eq(session.userId, userId)))
    .returning({ id: session.id });
  return ended.length > 0;
}

/** Ends every session of a person but the one in use; how many ended. */
export async function endOtherSessions(
  db: Database,
  { userId, keepSessionId }: { userId: string; keepSessionId: string },
) {
  const ended = await db
    .delete(session)
    .where(and(eq(session.userId, userId), ne(session.id, keepSessionId)))
    .returning({ id: session.id });
  return ended.length;
}
