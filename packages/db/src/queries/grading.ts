import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attemptItems, attempts, quizzes, user } from '../schema';
import type { AttemptRow, Rescored, RescoreTx, SubmissionScore } from './attempts';
import { audit } from './audit';
import { taughtBy } from './cohorts';

/** A grader's decision on one essay, as stored in `attempts.grades[slot]`. */
export interface StoredGrade {
  levels: Record<string, string>;
  comment: string;
  graderId: string;
  graderName: string;
  gradedAt: string;
}

/**
 * Essays waiting for a grader, oldest submission first, optionally for one quiz or item; with
 * `taughtBy`, only those of learners in cohorts that instructor teaches.
 */
export function listPendingEssays(
  db: Database,
  filter: { quizId?: string; itemId?: string; limit?: number; taughtBy?: string } = {},
) {
  return db
    .select({
      attemptId: attemptItems.attemptId,
      slot: attemptItems.slot,
      itemId: attemptItems.itemId,
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      learnerName: user.name,
      submittedAt: attempts.submittedAt,
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .innerJoin(user, eq(user.id, attempts.userId))
    .where(
      and(
        eq(attemptItems.pending, true),
        filter.quizId ? eq(attempts.quizId, filter.quizId) : undefined,
        filter.itemId ? eq(attemptItems.itemId, filter.itemId) : undefined,
        filter.taughtBy ? taughtBy(attempts.userId, filter.taughtBy) : undefined,
      ),
    )
    .orderBy(asc(attempts.submittedAt), asc(attemptItems.slot))
    .limit(filter.limit ?? 200);
}

/** Counts of waiting essays per quiz, for the queue's filter (with `taughtBy`, as above). */
export function countPendingEssays(db: Database, filter: { taughtBy?: string } = {}) {
  return db
    .select({
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      pending: sql<number>`count(*)::int`,
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(
      and(
        eq(attemptItems.pending, true),
        filter.taughtBy ? taughtBy(attempts.userId, filter.taughtBy) : undefined,
      ),
    )
    .groupBy(attempts.quizId, quizzes.title)
    .orderBy(quizzes.title);
}

/**
 * A submitted attempt, for a grader, with the learner's name; with `taughtBy`, only when the
 * learner is in a cohort that instructor teaches (else null: "not found").
 */
export async function getSubmittedAttempt(
  db: Database,
  { attemptId, taughtBy: instructorId }: { attemptId: string; taughtBy?: string },
) {
  const [row] = await db
    .select({ attempt: attempts, learnerName: user.name })
    .from(attempts)
    .innerJoin(user, eq(user.id, attempts.userId))
    .where(
      and(
        eq(attempts.id, attemptId),
        eq(attempts.state, 'submitted'),
        instructorId ? taughtBy(attempts.userId, instructorId) : undefined,
      ),
    );
  return row ?? null;
}

/**
 * Stores a grade and rescores the attempt in one transaction (the row locked, so two graders
 * cannot lose each other's work): `rescore` gets the attempt with every grade so far and returns
 * its new scores. The attempt stops being provisional when its last essay is graded.
 */
export async function saveEssayGrade(
  db: Database,
  input: {
    attemptId: string;
    slot: string;
    grade: StoredGrade;
    rescore: (row: AttemptRow) => Omit<SubmissionScore, 'reason'>;
    /** Runs in the same transaction once the attempt is rescored (its grade, mastery). */
    afterWrite?: (tx: RescoreTx, changed: Rescored[]) => Promise<void>;
  },
): Promise<AttemptRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(attempts)
      .where(and(eq(attempts.id, input.attemptId), eq(attempts.state, 'submitted')))
      .for('update');
    if (!row) return null;
    const grades = { ...(row.grades as Record<string, StoredGrade>), [input.slot]: input.grade };
    const scored = input.rescore({ ...row, grades });
    const [updated] = await tx
      .update(attempts)
      .set({
        grades,
        points: scored.points,
        maxPoints: scored.maxPoints,
        fraction: scored.fraction,
        pending: scored.pending,
        result: scored.result,
      })
      .where(eq(attempts.id, input.attemptId))
      .returning();
    const before = await tx
      .select({
        slot: attemptItems.slot,
        fraction: attemptItems.fraction,
        pending: attemptItems.pending,
      })
      .from(attemptItems)
      .where(eq(attemptItems.attemptId, input.attemptId));
    await tx.delete(attemptItems).where(eq(attemptItems.attemptId, input.attemptId));
    if (scored.items.length)
      await tx
        .insert(attemptItems)
        .values(scored.items.map((item) => ({ attemptId: input.attemptId, ...item })));
    await audit(tx, input.grade.graderId, 'essay.grade', ['attempt', input.attemptId], {
      details: { slot: input.slot, levels: input.grade.levels, points: scored.points },
    });
    if (updated) await input.afterWrite?.(tx, [{ row: updated, before }]);
    return updated ?? null;
  });
}
