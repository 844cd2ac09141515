/** Email notices: who wants which, unsubscribing without signing in, and once-per-period runs. */
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { noticePreferences, scheduledRuns, user } from '../schema';
import type { Tx } from './versioning';

/** The notices a person can switch, by the name of their column. */
export const NOTICE_KINDS = [
  'essayGraded',
  'gradeChanged',
  'cohortAdded',
  'dueSoon',
  'reviewDigest',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export type NoticeSettings = Record<NoticeKind, boolean>;

/** Whoever may get a notice: their address, name, settings and unsubscribe token. */
export interface NoticeRecipient {
  userId: string;
  email: string;
  name: string;
  settings: NoticeSettings;
  unsubscribeToken: string;
}

const settingsOf = (row: typeof noticePreferences.$inferSelect): NoticeSettings =>
  Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, row[kind]])) as NoticeSettings;

/**
 * The recipients among `userIds`, each with settings (a row with everything on and a new token
 * is made the first time), in the caller's transaction.
 */
export async function noticeRecipients(
  db: Pick<Database, 'select' | 'insert'>,
  userIds: readonly string[],
): Promise<Map<string, NoticeRecipient>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  await db
    .insert(noticePreferences)
    .values(
      ids.map((userId) => ({ userId, unsubscribeToken: randomBytes(24).toString('base64url') })),
    )
    .onConflictDoNothing();
  const rows = await db
    .select({ email: user.email, name: user.name, prefs: noticePreferences })
    .from(noticePreferences)
    .innerJoin(user, eq(user.id, noticePreferences.userId))
    .where(inArray(noticePreferences.userId, ids));
  return new Map(
    rows.map((r) => [
      r.prefs.userId,
      {
        userId: r.prefs.userId,
        email: r.email,
        name: r.name,
        settings: settingsOf(r.prefs),
        unsubscribeToken: r.prefs.unsubscribeToken,
      },
    ]),
  );
}

/** One person's settings (all on until they change them); reading writes nothing. */
export async function noticeSettings(db: Database, { userId }: { userId: string }) {
  const [row] = await db
    .select({ prefs: noticePreferences, id: user.id })
    .from(user)
    .leftJoin(noticePreferences, eq(noticePreferences.userId, user.id))
    .where(eq(user.id, userId));
  if (!row) return null;
  return row.prefs
    ? settingsOf(row.prefs)
    : (Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, true])) as NoticeSettings);
}

/** Saves one person's settings. */
export async function setNoticeSettings(
  db: Database,
  { userId, settings }: { userId: string; settings: NoticeSettings },
) {
  await noticeRecipients(db, [userId]);
  await db
    .update(noticePreferences)
    .set({ ...settings, updatedAt: new Date() })
    .where(eq(noticePreferences.userId, userId));
}

/**
 * Turns off one notice (or all of them, `kind` null) for the holder of an unsubscribe token.
 * Returns the address it was for, or null for an unknown token.
 */
export async function unsubscribe(
  db: Database,
  { token, kind }: { token: string; kind: NoticeKind | null },
) {
  const off = kind ? { [kind]: false } : Object.fromEntries(NOTICE_KINDS.map((k) => [k, false]));
  const [row] = await db
    .update(noticePreferences)
    .set({ ...off, updatedAt: new Date() })
    .where(eq(noticePreferences.unsubscribeToken, token))
    .returning({ userId: noticePreferences.userId });
  if (!row) return null;
  const [person] = await db.select({ email: user.email }).from(user).where(eq(user.id, row.userId));
  return person?.email ?? null;
}

/**
 * Claims a job's period ("due-soon", "2026-12-04"): true for the one caller whose claim lands,
 * false for every other (another instance, or a run after a restart).
 */
export async function claimScheduledRun(
  db: Database | Tx,
  { job, period }: { job: string; period: string },
) {
  const made = await db
    .insert(scheduledRuns)
    .values({ job, period })
    .onConflictDoNothing()
    .returning({ job: scheduledRuns.job });
  return made.length === 1;
}

/** Whether a job's period has been run (for tests and the admin's view). */
export async function scheduledRunDone(
  db: Database,
  { job, period }: { job: string; period: string },
) {
  const [row] = await db
    .select({ job: scheduledRuns.job })
    .from(scheduledRuns)
    .where(and(eq(scheduledRuns.job, job), eq(scheduledRuns.period, period)));
  return Boolean(row);
}

/**
 * The learners of cohorts due between `from` and `to` whose course is not done: a lesson of the
 * cohort's course not completed, or no pass on its final assessment. One row per learner and
 * cohort.
 */
export async function dueSoonLearners(db: Database | Tx, { from, to }: { from: Date; to: Date }) {
  return db.execute<{
    user_id: string;
    cohort_id: string;
    cohort_name: string;
    due_at: Date;
    lessons_left: number;
    final_passed: boolean;
  }>(sql`
    select m.user_id, c.id as cohort_id, c.name as cohort_name, c.due_at,
           (select count(*)::int from lessons l join modules mo on mo.id = l.module_id
             where mo.course_id = c.course_id and l.retired_at is null and mo.retired_at is null
               and not exists (select 1 from lesson_progress p where p.user_id = m.user_id
                                and p.lesson_id = l.id and p.completed_at is not null))
             as lessons_left,
           coalesce((select bool_or(g.passed) from learner_quiz_grades g
                     join quizzes q on q.id = g.quiz_id
                     where g.user_id = m.user_id and q.kind = 'final'), false) as final_passed
    from cohorts c
    join cohort_members m on m.cohort_id = c.id and m.role = 'learner'
    where c.course_id is not null and c.due_at >= ${from.toISOString()}::timestamptz and c.due_at < ${to.toISOString()}::timestamptz
    order by c.id, m.user_id`);
}

/** Learners with review items due by `until` (FSRS), and how many. */
export async function reviewDueLearners(db: Database | Tx, { until }: { until: Date }) {
  return db.execute<{ user_id: string; due: number }>(sql`
    select m.user_id, count(*)::int as due
    from objective_mastery m join "user" u on u.id = m.user_id
    where m.due <= ${until.toISOString()}::timestamptz and u.role = 'learner'
    group by m.user_id
    order by m.user_id`);
}
