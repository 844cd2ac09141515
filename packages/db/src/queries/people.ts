/** People, for admins: search, counts, and the audit rows of what admins did to accounts. */
import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { session, user } from '../schema';
import { type AuditAction, audit } from './audit';
import { likePattern } from './text-search';

export interface PeopleFilter {
  q?: string;
  role?: string;
  banned?: boolean;
  limit?: number;
  offset?: number;
}

/** Accounts matching a search (name or email), newest first, with their open sessions. */
export async function listPeople(db: Database, filter: PeopleFilter = {}) {
  const where: SQL[] = [];
  if (filter.q?.trim()) {
    const like = likePattern(filter.q);
    const text = or(ilike(user.name, like), ilike(user.email, like));
    if (text) where.push(text);
  }
  if (filter.role) where.push(eq(user.role, filter.role));
  if (filter.banned !== undefined)
    where.push(
      filter.banned ? eq(user.banned, true) : sql`coalesce(${user.banned}, false) = false`,
    );
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      banned: user.banned,
      banReason: user.banReason,
      createdAt: user.createdAt,
      // Spelled out: inside a subquery an interpolated column loses its table and would
      // read the session's own id.
      sessions: sql<number>`(select count(*)::int from ${session} s where s.user_id = "user"."id" and s.expires_at > now())`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(user)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(user.createdAt), user.email)
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  return {
    total: rows[0]?.total ?? 0,
    people: rows.map(({ total: _total, ...row }) => ({ ...row, banned: row.banned === true })),
  };
}

/** One account, or null. */
export async function getPerson(db: Database, { userId }: { userId: string }) {
  const [row] = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      banned: user.banned,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
    })
    .from(user)
    .where(eq(user.id, userId));
  return row ? { ...row, banned: row.banned === true } : null;
}

/** How many admins can sign in (not banned): the last one may not be demoted or banned. */
export async function countActiveAdmins(db: Database) {
  const [row] = await db
    .select({ n: count() })
    .from(user)
    .where(and(eq(user.role, 'admin'), sql`coalesce(${user.banned}, false) = false`));
  return row?.n ?? 0;
}

/** An audit row for something an admin did to an account. */
export function recordAccountAction(
  db: Database,
  input: {
    actorId: string;
    action: Extract<AuditAction, `user.${string}`>;
    userId: string;
    reason?: string | null;
    details?: object;
  },
) {
  return audit(db, input.actorId, input.action, ['user', input.userId], {
    reason: input.reason,
    details: input.details,
  });
}
