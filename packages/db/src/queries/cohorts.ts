/** Cohorts, their members and enrollment, and accommodations for learners and cohorts. */
import { type AnyColumn, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accommodations, attempts, cohortMembers, cohorts, user } from '../schema';
import { audit } from './audit';
import type { Tx } from './versioning';

/** Cohorts (all, or those `instructorId` teaches) with their learners and instructors counted, newest first. */
export function listCohorts(db: Database, { instructorId }: { instructorId?: string } = {}) {
  return db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      courseId: cohorts.courseId,
      opensAt: cohorts.opensAt,
      dueAt: cohorts.dueAt,
      learners: sql<number>`(select count(*)::int from ${cohortMembers} m where m.cohort_id = ${cohorts.id} and m.role = 'learner')`,
      instructors: sql<number>`(select count(*)::int from ${cohortMembers} m where m.cohort_id = ${cohorts.id} and m.role = 'instructor')`,
    })
    .from(cohorts)
    .where(
      instructorId
        ? sql`exists (select 1 from ${cohortMembers} m where m.cohort_id = ${cohorts.id}
            and m.user_id = ${instructorId} and m.role = 'instructor')`
        : undefined,
    )
    .orderBy(sql`${cohorts.createdAt} desc`);
}

/** One cohort with its members (name, email, role in the cohort) and accommodations. */
export async function getCohort(db: Database, { cohortId }: { cohortId: string }) {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId));
  if (!row) return null;
  const members = await db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: cohortMembers.role,
      timeMultiplier: accommodations.timeMultiplier,
      extraAttempts: accommodations.extraAttempts,
      dueShiftDays: accommodations.dueShiftDays,
    })
    .from(cohortMembers)
    .innerJoin(user, eq(user.id, cohortMembers.userId))
    .leftJoin(accommodations, eq(accommodations.userId, user.id))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(cohortMembers.role, user.name);
  const [own] = await db.select().from(accommodations).where(eq(accommodations.cohortId, cohortId));
  return { ...row, members, accommodation: own ?? null };
}

export async function createCohort(
  db: Database,
  input: { id: string; name: string; actorId: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const made = await tx
      .insert(cohorts)
      .values({ id: input.id, name: input.name })
      .onConflictDoNothing()
      .returning({ id: cohorts.id });
    if (!made.length) return false;
    await audit(tx, input.actorId, 'cohort.create', ['cohort', input.id], {
      details: { name: input.name },
    });
    return true;
  });
}

/** Accounts by email (lower-cased), for matching a pasted list or a CSV. */
export async function usersByEmail(db: Database, emails: string[]) {
  if (emails.length === 0)
    return new Map<string, { id: string; name: string; role: string; verified: boolean }>();
  const rows = await db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      verified: user.emailVerified,
    })
    .from(user)
    .where(inArray(sql`lower(${user.email})`, emails));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r]));
}

/** Adds members (learners or instructors) in one transaction; those already in are left be. */
export async function addCohortMembers(
  db: Database,
  input: {
    cohortId: string;
    userIds: string[];
    role: 'learner' | 'instructor';
    actorId: string;
    /** What the addition sets off, in its transaction (their notices). */
    afterAdd?: (tx: Tx, userIds: string[]) => Promise<void>;
  },
) {
  return db.transaction(async (tx) => {
    const added = input.userIds.length
      ? await tx
          .insert(cohortMembers)
          .values(
            input.userIds.map((userId) => ({ cohortId: input.cohortId, userId, role: input.role })),
          )
          .onConflictDoNothing()
          .returning({ userId: cohortMembers.userId })
      : [];
    await audit(tx, input.actorId, 'cohort.members.add', ['cohort', input.cohortId], {
      details: { role: input.role, users: added.map((a) => a.userId) },
    });
    if (added.length)
      await input.afterAdd?.(
        tx,
        added.map((a) => a.userId),
      );
    return added.length;
  });
}

export async function removeCohortMember(
  db: Database,
  input: { cohortId: string; userId: string; actorId: string },
) {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(cohortMembers)
      .where(
        and(eq(cohortMembers.cohortId, input.cohortId), eq(cohortMembers.userId, input.userId)),
      )
      .returning({ userId: cohortMembers.userId });
    if (removed.length)
      await audit(tx, input.actorId, 'cohort.members.remove', ['cohort', input.cohortId], {
        details: { user: input.userId },
      });
    return removed.length === 1;
  });
}

/** Enrolls a cohort in the course from `opensAt` to `dueAt` (null: no date), or unenrolls it. */
export async function enrollCohort(
  db: Database,
  input: {
    cohortId: string;
    courseId: string | null;
    opensAt: Date | null;
    dueAt: Date | null;
    actorId: string;
  },
) {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(cohorts)
      .set({ courseId: input.courseId, opensAt: input.opensAt, dueAt: input.dueAt })
      .where(eq(cohorts.id, input.cohortId))
      .returning({ id: cohorts.id });
    if (!updated.length) return false;
    await audit(
      tx,
      input.actorId,
      input.courseId ? 'cohort.enroll' : 'cohort.unenroll',
      ['cohort', input.cohortId],
      { details: { courseId: input.courseId, opensAt: input.opensAt, dueAt: input.dueAt } },
    );
    return true;
  });
}

export interface Accommodation {
  timeMultiplier: number;
  extraAttempts: number;
  dueShiftDays: number;
}

/**
 * What applies to a learner: their own accommodation if they have one, else the most generous
 * of their cohorts' (each field on its own), else none (1×, 0, 0).
 */
export async function effectiveAccommodation(
  db: Database,
  { userId }: { userId: string },
): Promise<Accommodation> {
  const [own] = await db.select().from(accommodations).where(eq(accommodations.userId, userId));
  if (own)
    return {
      timeMultiplier: own.timeMultiplier,
      extraAttempts: own.extraAttempts,
      dueShiftDays: own.dueShiftDays,
    };
  const [best] = await db
    .select({
      timeMultiplier: sql<number>`coalesce(max(${accommodations.timeMultiplier}), 1)`,
      extraAttempts: sql<number>`coalesce(max(${accommodations.extraAttempts}), 0)::int`,
      dueShiftDays: sql<number>`coalesce(max(${accommodations.dueShiftDays}), 0)::int`,
    })
    .from(accommodations)
    .innerJoin(cohortMembers, eq(cohortMembers.cohortId, accommodations.cohortId))
    .where(eq(cohortMembers.userId, userId));
  return {
    timeMultiplier: Number(best?.timeMultiplier ?? 1),
    extraAttempts: Number(best?.extraAttempts ?? 0),
    dueShiftDays: Number(best?.dueShiftDays ?? 0),
  };
}

/**
 * Sets (or, with all defaults, clears) the accommodation of a learner or a cohort, records it in
 * the audit log, and re-times the attempts in progress of everyone it covers: `retime` gets each
 * open attempt and the multiplier now in force, and returns its new deadline.
 */
export async function setAccommodation(
  db: Database,
  input: {
    target: { userId: string } | { cohortId: string };
    accommodation: Accommodation & { note: string | null };
    actorId: string;
    retime: (attempt: typeof attempts.$inferSelect, multiplier: number) => Promise<Date | null>;
  },
) {
  const where =
    'userId' in input.target
      ? eq(accommodations.userId, input.target.userId)
      : eq(accommodations.cohortId, input.target.cohortId);
  const cleared =
    input.accommodation.timeMultiplier === 1 &&
    input.accommodation.extraAttempts === 0 &&
    input.accommodation.dueShiftDays === 0;
  await db.transaction(async (tx) => {
    await tx.delete(accommodations).where(where);
    if (!cleared)
      await tx.insert(accommodations).values({
        id: `acc_${crypto.randomUUID()}`,
        ...('userId' in input.target
          ? { userId: input.target.userId }
          : { cohortId: input.target.cohortId }),
        ...input.accommodation,
      });
    await audit(
      tx,
      input.actorId,
      cleared ? 'accommodation.clear' : 'accommodation.set',
      [
        'userId' in input.target ? 'user' : 'cohort',
        'userId' in input.target ? input.target.userId : input.target.cohortId,
      ],
      { reason: input.accommodation.note, details: { ...input.accommodation } },
    );
  });
  // Attempts in progress take the new time at once (after the change is committed, so the
  // multiplier read here is the one in force).
  const covered =
    'userId' in input.target
      ? [input.target.userId]
      : (
          await db
            .select({ userId: cohortMembers.userId })
            .from(cohortMembers)
            .where(eq(cohortMembers.cohortId, input.target.cohortId))
        ).map((m) => m.userId);
  let retimed = 0;
  for (const userId of covered) {
    const { timeMultiplier } = await effectiveAccommodation(db, { userId });
    const open = await db
      .select()
      .from(attempts)
      .where(and(eq(attempts.userId, userId), eq(attempts.state, 'in-progress')));
    for (const attempt of open) {
      const deadline = await input.retime(attempt, timeMultiplier);
      await db
        .update(attempts)
        .set({ timeMultiplier, deadline })
        .where(and(eq(attempts.id, attempt.id), eq(attempts.state, 'in-progress')));
      retimed++;
    }
  }
  return { retimed };
}

/** Whether an instructor teaches a cohort (admins see every cohort; this is for instructors). */
export async function teachesCohort(
  db: Database,
  { userId, cohortId }: { userId: string; cohortId: string },
) {
  const [row] = await db
    .select({ userId: cohortMembers.userId })
    .from(cohortMembers)
    .where(
      and(
        eq(cohortMembers.cohortId, cohortId),
        eq(cohortMembers.userId, userId),
        eq(cohortMembers.role, 'instructor'),
      ),
    );
  return Boolean(row);
}

/**
 * The enrollments a learner has in a course through their cohorts: the cohort's dates and the
 * due-date shift of their accommodation (their own, else the cohort's), soonest due first.
 */
export async function learnerEnrollments(db: Database, { userId }: { userId: string }) {
  const rows = await db.execute<{
    cohort_id: string;
    name: string;
    opens_at: string | null;
    due_at: string | null;
    shift: number;
  }>(sql`
    select c.id as cohort_id, c.name, c.opens_at, c.due_at,
           coalesce(own.due_shift_days, whole.due_shift_days, 0) as shift
    from cohort_members m
    join cohorts c on c.id = m.cohort_id and c.course_id is not null
    left join accommodations own on own.user_id = m.user_id
    left join accommodations whole on whole.cohort_id = c.id
    where m.user_id = ${userId} and m.role = 'learner'
    order by c.due_at nulls last, c.name`);
  return rows.map((r) => ({
    cohortId: r.cohort_id,
    name: r.name,
    opensAt: r.opens_at === null ? null : new Date(r.opens_at),
    dueAt: r.due_at === null ? null : new Date(r.due_at),
    shiftDays: Number(r.shift),
  }));
}

/**
 * A WHERE condition: the learner in `learnerId` (a column) belongs, as a learner, to a cohort
 * that `instructorId` teaches. The one rule for what an instructor may see of learners'
 * attempts (grading, regrade previews); admins see everyone, so callers leave it out for them.
 */
export function taughtBy(learnerId: SQL | AnyColumn, instructorId: string): SQL {
  return sql`exists (
    select 1 from cohort_members l
    join cohort_members t on t.cohort_id = l.cohort_id
    where l.user_id = ${learnerId} and l.role = 'learner'
      and t.user_id = ${instructorId} and t.role = 'instructor')`;
}
