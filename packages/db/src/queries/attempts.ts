import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attemptItems, attempts, quizVersions, quizzes } from '../schema';

export type AttemptRow = typeof attempts.$inferSelect;

/** A quiz's current version (definition and settings as stored), or null. */
export async function currentQuizVersion(db: Database, { quizId }: { quizId: string }) {
  const [row] = await db
    .select({
      quizId: quizzes.id,
      title: quizzes.title,
      kind: quizzes.kind,
      moduleId: quizzes.moduleId,
      version: quizVersions.version,
      definition: quizVersions.definition,
      settings: quizVersions.settings,
    })
    .from(quizzes)
    .innerJoin(
      quizVersions,
      and(eq(quizVersions.quizId, quizzes.id), eq(quizVersions.version, quizzes.currentVersion)),
    )
    .where(eq(quizzes.id, quizId));
  return row ?? null;
}

/** One stored version of a quiz (attempts are pinned to the version they started on). */
export async function quizVersion(
  db: Database,
  { quizId, version }: { quizId: string; version: number },
) {
  const [row] = await db
    .select({ definition: quizVersions.definition, settings: quizVersions.settings })
    .from(quizVersions)
    .where(and(eq(quizVersions.quizId, quizId), eq(quizVersions.version, version)));
  return row ?? null;
}

/** The learner's attempts at a quiz, newest first. */
export function listAttempts(db: Database, { userId, quizId }: { userId: string; quizId: string }) {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.quizId, quizId)))
    .orderBy(desc(attempts.startedAt));
}

export async function countAttempts(
  db: Database,
  { userId, quizId }: { userId: string; quizId: string },
) {
  const [row] = await db
    .select({ n: count() })
    .from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.quizId, quizId)));
  return row?.n ?? 0;
}

export async function createAttempt(
  db: Database,
  values: typeof attempts.$inferInsert,
): Promise<AttemptRow> {
  const [row] = await db.insert(attempts).values(values).returning();
  if (!row) throw new Error('attempt insert returned nothing');
  return row;
}

/** The learner's own attempt, or null (someone else's attempt is "not found", not "forbidden"). */
export async function getAttempt(
  db: Database,
  { attemptId, userId }: { attemptId: string; userId: string },
) {
  const [row] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
  return row ?? null;
}

export type SaveOutcome =
  | { status: 'saved'; sequence: number }
  | { status: 'duplicate'; sequence: number }
  | { status: 'stale'; sequence: number }
  | { status: 'submitted' }
  | { status: 'not-found' };

/**
 * Autosave: merges `responses` (slot → saved answer) into the attempt if `sequence` is higher
 * than the last one saved. The same save sent twice is a duplicate (fine); a lower or equal
 * sequence with other answers is stale — another tab or device saved in between.
 */
export async function saveResponses(
  db: Database,
  {
    attemptId,
    userId,
    sequence,
    responses,
  }: { attemptId: string; userId: string; sequence: number; responses: Record<string, unknown> },
): Promise<SaveOutcome> {
  const [saved] = await db
    .update(attempts)
    .set({ responses: sql`${attempts.responses} || ${JSON.stringify(responses)}::jsonb`, sequence })
    .where(
      and(
        eq(attempts.id, attemptId),
        eq(attempts.userId, userId),
        eq(attempts.state, 'in-progress'),
        lt(attempts.sequence, sequence),
      ),
    )
    .returning({ sequence: attempts.sequence });
  if (saved) return { status: 'saved', sequence: saved.sequence };
  const row = await getAttempt(db, { attemptId, userId });
  if (!row) return { status: 'not-found' };
  if (row.state !== 'in-progress') return { status: 'submitted' };
  const stored = row.responses as Record<string, unknown>;
  const same =
    row.sequence === sequence &&
    Object.entries(responses).every(
      ([slot, value]) => JSON.stringify(stored[slot]) === JSON.stringify(value),
    );
  return same
    ? { status: 'duplicate', sequence: row.sequence }
    : { status: 'stale', sequence: row.sequence };
}

export interface SubmissionScore {
  reason: 'submitted' | 'time-up';
  points: number;
  maxPoints: number;
  fraction: number;
  pending: boolean;
  result: unknown;
  items: Array<{
    slot: string;
    itemId: string;
    caseId: string | null;
    fraction: number;
    points: number;
    maxPoints: number;
    pending: boolean;
    /** Options picked (quiz-engine's `optionPicks`), for the distractor analysis. */
    picks: string[] | null;
  }>;
}

/**
 * Submits once: locks the attempt row, and if it is still in progress, scores it with `score`
 * (given the row as saved) and stores the result and per-item scores in the same transaction.
 * A second call — a double click, a retry — returns the stored submission unchanged.
 */
export async function submitAttempt(
  db: Database,
  {
    attemptId,
    userId,
    score,
    afterSubmit,
  }: {
    attemptId: string;
    userId: string;
    score: (row: AttemptRow) => SubmissionScore;
    /** Runs in the same transaction once newly submitted (e.g. to update mastery). */
    afterSubmit?: (tx: Pick<Database, 'select' | 'insert'>, row: AttemptRow) => Promise<void>;
  },
): Promise<{ row: AttemptRow; alreadySubmitted: boolean } | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(attempts)
      .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)))
      .for('update');
    if (!row) return null;
    if (row.state === 'submitted') return { row, alreadySubmitted: true };
    const scored = score(row);
    const [updated] = await tx
      .update(attempts)
      .set({
        state: 'submitted',
        submittedAt: new Date(),
        submitReason: scored.reason,
        points: scored.points,
        maxPoints: scored.maxPoints,
        fraction: scored.fraction,
        pending: scored.pending,
        result: scored.result,
      })
      .where(eq(attempts.id, attemptId))
      .returning();
    if (scored.items.length) {
      await tx.insert(attemptItems).values(scored.items.map((item) => ({ attemptId, ...item })));
    }
    if (!updated) throw new Error('attempt vanished during submission');
    await afterSubmit?.(tx, updated);
    return { row: updated, alreadySubmitted: false };
  });
}

/** A learner's submitted attempts across quizzes, oldest first (results over time). */
export function listSubmittedAttempts(db: Database, { userId }: { userId: string }) {
  return db
    .select({
      attemptId: attempts.id,
      quizId: attempts.quizId,
      title: quizzes.title,
      kind: quizzes.kind,
      fraction: attempts.fraction,
      pending: attempts.pending,
      submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
    .where(and(eq(attempts.userId, userId), eq(attempts.state, 'submitted')))
    .orderBy(attempts.submittedAt);
}

/** The learner's attempts still in progress, across quizzes. */
export function listOpenAttempts(db: Database, { userId }: { userId: string }) {
  return db
    .select()
    .from(attempts)
    .where(and(eq(attempts.userId, userId), eq(attempts.state, 'in-progress')));
}
