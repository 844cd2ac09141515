import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attemptItems, attempts, auditLog, quizzes, user } from '../schema';
import type { AttemptRow, SubmissionScore } from './attempts';

/** A grader's decision on one essay, as stored in `attempts.grades[slot]`. */
export interface StoredGrade {
  levels: Record<string, string>;
  comment: string;
  graderId: string;
  graderName: string;
  gradedAt: string;
}

/** Essays waiting for a grader, oldest submission first, optionally for one quiz or item. */
export function listPendingEssays(
  db: Database,
  filter: { quizId?: string; itemId?: string; limit?: number } = {},
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
      ),
    )
    .orderBy(asc(attempts.submittedAt), asc(attemptItems.slot))
    .limit(filter.limit ?? 200);
}

/** Counts of waiting essays per quiz, for the queue's filter. */
export function countPendingEssays(db: Database) {
  return db
    .select({
      quizId: attempts.quizId,
      quizTitle: quizzes.title,
      pending: sql<number>`count(*)::int`,
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(eq(attemptItems.pending, true))
    .groupBy(attempts.quizId, quizzes.title)
    .orderBy(quizzes.title);
}

/** A submitted attempt of any learner, for a grader, with the learner's name. */
export async function getSubmittedAttempt(db: Database, { attemptId }: { attemptId: string }) {
  const [row] = await db
    .select({ attempt: attempts, learnerName: user.name })
    .from(attempts)
    .innerJoin(user, eq(user.id, attempts.userId))
    .where(and(eq(attempts.id, attemptId), eq(attempts.state, 'submitted')));
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
    await tx.delete(attemptItems).where(eq(attemptItems.attemptId, input.attemptId));
    if (scored.items.length)
      await tx
        .insert(attemptItems)
        .values(scored.items.map((item) => ({ attemptId: input.attemptId, ...item })));
    await tx.insert(auditLog).values({
      actorId: input.grade.graderId,
      action: 'essay.grade',
      targetType: 'attempt',
      targetId: input.attemptId,
      details: { slot: input.slot, levels: input.grade.levels, points: scored.points },
    });
    return updated ?? null;
  });
}
