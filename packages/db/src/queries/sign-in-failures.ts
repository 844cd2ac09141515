import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
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
