/** Regrades (previewed elsewhere, applied here in one transaction) and the audit trail. */
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { stableStringify } from '../hash';
import { attemptItems, attemptRegrades, attempts, auditLog, user } from '../schema';
import type { Rescored, RescoreTx, SubmissionScore } from './attempts';
import { audit } from './audit';
import { taughtBy } from './cohorts';

/**
 * Submitted attempts of a quiz still on versions older than `beforeVersion`, with whose they are
 * and whether `taughtBy` (an instructor; unset for admins) may see who: a learner in a cohort
 * they teach.
 */
export function listAttemptsBeforeVersion(
  db: Database,
  {
    quizId,
    beforeVersion,
    taughtBy: instructorId,
  }: { quizId: string; beforeVersion: number; taughtBy?: string },
) {
  return db
    .select({
      attempt: attempts,
      learnerName: user.name,
      learnerEmail: user.email,
      visible: instructorId
        ? taughtBy(attempts.userId, instructorId).mapWith(Boolean)
        : sql<boolean>`true`,
    })
    .from(attempts)
    .innerJoin(user, eq(user.id, attempts.userId))
    .where(
      and(
        eq(attempts.quizId, quizId),
        eq(attempts.state, 'submitted'),
        lt(attempts.quizVersion, beforeVersion),
      ),
    )
    .orderBy(attempts.submittedAt);
}

export interface RegradeChange extends Omit<SubmissionScore, 'reason'> {
  attemptId: string;
  fromVersion: number;
  toVersion: number;
  /** The attempt's grades as the preview scored them: a grade saved since makes it stale. */
  gradesSeen: unknown;
}

/**
 * Applies a previewed regrade in one transaction: each attempt is locked and moved only if it is
 * still on the version the preview scored (otherwise the whole regrade is refused, so nobody's
 * grade changes from a stale preview), its scores are replaced, and the audit log records who,
 * when and why, with a row per attempt for the learner's review.
 */
export async function applyRegrade(
  db: Database,
  input: {
    actorId: string;
    reason: string;
    itemId: string;
    changes: RegradeChange[];
    /** Runs in the same transaction once every attempt is rescored (grades, mastery). */
    afterWrite?: (tx: RescoreTx, changed: Rescored[]) => Promise<void>;
  },
): Promise<{ ok: true; auditId: number; applied: number } | { ok: false; stale: string[] }> {
  return db.transaction(async (tx) => {
    const stale: string[] = [];
    const before = new Map<string, { points: number | null }>();
    for (const change of input.changes) {
      const [row] = await tx
        .select({
          version: attempts.quizVersion,
          points: attempts.points,
          state: attempts.state,
          grades: attempts.grades,
        })
        .from(attempts)
        .where(eq(attempts.id, change.attemptId))
        .for('update');
      if (
        !row ||
        row.version !== change.fromVersion ||
        row.state !== 'submitted' ||
        stableStringify(row.grades) !== stableStringify(change.gradesSeen)
      )
        stale.push(change.attemptId);
      else before.set(change.attemptId, { points: row.points });
    }
    if (stale.length) return { ok: false as const, stale };
    const auditId = await audit(tx, input.actorId, 'regrade.apply', ['item', input.itemId], {
      reason: input.reason,
      details: { attempts: input.changes.length },
    });
    const changed: Rescored[] = [];
    for (const { gradesSeen: _seen, ...change } of input.changes) {
      const itemsBefore = await tx
        .select({
          slot: attemptItems.slot,
          fraction: attemptItems.fraction,
          pending: attemptItems.pending,
        })
        .from(attemptItems)
        .where(eq(attemptItems.attemptId, change.attemptId));
      const [row] = await tx
        .update(attempts)
        .set({
          quizVersion: change.toVersion,
          points: change.points,
          maxPoints: change.maxPoints,
          fraction: change.fraction,
          pending: change.pending,
          result: change.result,
        })
        .where(eq(attempts.id, change.attemptId))
        .returning();
      if (row) changed.push({ row, before: itemsBefore });
      await tx.delete(attemptItems).where(eq(attemptItems.attemptId, change.attemptId));
      if (change.items.length)
        await tx
          .insert(attemptItems)
          .values(change.items.map((item) => ({ attemptId: change.attemptId, ...item })));
      await tx.insert(attemptRegrades).values({
        attemptId: change.attemptId,
        auditId: auditId,
        fromQuizVersion: change.fromVersion,
        toQuizVersion: change.toVersion,
        oldPoints: before.get(change.attemptId)?.points ?? null,
        newPoints: change.points,
        maxPoints: change.maxPoints,
      });
    }
    await input.afterWrite?.(tx, changed);
    return { ok: true as const, auditId: auditId, applied: input.changes.length };
  });
}

/** Regrades that touched an attempt, oldest first, with why (for the learner's review). */
export function listAttemptRegrades(db: Database, { attemptId }: { attemptId: string }) {
  return db
    .select({
      at: attemptRegrades.at,
      oldPoints: attemptRegrades.oldPoints,
      newPoints: attemptRegrades.newPoints,
      maxPoints: attemptRegrades.maxPoints,
      reason: auditLog.reason,
    })
    .from(attemptRegrades)
    .innerJoin(auditLog, eq(auditLog.id, attemptRegrades.auditId))
    .where(eq(attemptRegrades.attemptId, attemptId))
    .orderBy(attemptRegrades.at);
}

/** The audit trail of one thing, newest first. */
export function listAudit(
  db: Database,
  { targetType, targetId }: { targetType: string; targetId: string },
) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      reason: auditLog.reason,
      details: auditLog.details,
      at: auditLog.at,
      actor: user.name,
    })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}
