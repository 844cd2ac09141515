import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attempts, quizVersions, quizzes } from '../schema';

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

/**
 * Which version of a quiz is current, without its definition (a final assessment's is over
 * 250 kB): callers read the version itself through a per-process cache.
 */
export async function currentQuizRef(db: Database, { quizId }: { quizId: string }) {
  const [row] = await db
    .select({ quizId: quizzes.id, version: quizzes.currentVersion })
    .from(quizzes)
    .where(eq(quizzes.id, quizId));
  return row ?? null;
}

/** The learner's attempt in progress at a quiz (there is at most one), or null. */
export async function openAttempt(
  db: Database,
  { userId, quizId }: { userId: string; quizId: string },
) {
  const [row] = await db
    .select()
    .from(attempts)
    .where(
      and(
        eq(attempts.userId, userId),
        eq(attempts.quizId, quizId),
        eq(attempts.state, 'in-progress'),
      ),
    );
  return row ?? null;
}

/** One stored version of a quiz (attempts are pinned to the version they started on). */
export async function quizVersion(
  db: Pick<Database, 'select'>,
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

/** JSON with object keys sorted, so two values compare equal whatever order jsonb kept. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Autosave: merges `responses` (slot → saved answer) into the attempt if `sequence` is higher
 * than the last one saved, in one statement. An answer without `tries` keeps the checked tries
 * stored for its slot (they are the server's record: a save must not erase them); one with
 * `tries` (written by a check) replaces them. The same save sent twice is a duplicate (fine); a
 * lower or equal sequence with other answers is stale — another tab or device saved in between.
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
    .set({
      responses: sql`${attempts.responses} || (
        select coalesce(jsonb_object_agg(n.key,
                 case when n.value ? 'tries' or not (${attempts.responses} -> n.key ? 'tries')
                      then n.value
                      else n.value || jsonb_build_object('tries', ${attempts.responses} -> n.key -> 'tries')
                 end), '{}'::jsonb)
        from jsonb_each(${JSON.stringify(responses)}::jsonb) n)`,
      sequence,
    })
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
  const stored = row.responses as Record<string, Record<string, unknown> | undefined>;
  const same =
    row.sequence === sequence &&
    Object.entries(responses).every(([slot, value]) => {
      const kept = stored[slot];
      const { tries, ...answer } = kept ?? {};
      const sent = value as Record<string, unknown> | null;
      return sent && 'tries' in sent
        ? canonical(kept) === canonical(sent)
        : canonical(kept === undefined ? undefined : answer) === canonical(sent);
    });
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
 * An attempt's item scores in one statement: the rows go as one JSON parameter, so the text is
 * the same for any paper (prepared once per connection, and nothing to build per row).
 */
function insertItemScores(
  tx: Pick<Database, 'execute'>,
  attemptId: string,
  items: SubmissionScore['items'],
) {
  const rows = items.map((i) => ({
    slot: i.slot,
    item_id: i.itemId,
    case_id: i.caseId,
    fraction: i.fraction,
    points: i.points,
    max_points: i.maxPoints,
    pending: i.pending,
    picks: i.picks,
  }));
  return tx.execute(sql`
    insert into attempt_items
      (attempt_id, slot, item_id, case_id, fraction, points, max_points, pending, picks)
    select ${attemptId}, r.slot, r.item_id, r.case_id, r.fraction, r.points, r.max_points,
           r.pending, r.picks
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(slot text, item_id text,
      case_id text, fraction float8, points float8, max_points float8, pending boolean,
      picks text[])`);
}

/** A submitted attempt as the quiz's grading method sees it (highest, latest, first, mean). */
export interface SubmittedScore {
  fraction: number;
  submittedAt: Date;
  pending: boolean;
}

/**
 * Submits once: locks the attempt row, and if it is still in progress, scores it with `score`
 * (given the row as saved) and stores the result and per-item scores in the same transaction.
 * A second call — a double click, a retry — returns the stored submission unchanged. Either way
 * it returns the learner's submitted attempts at the quiz, this one included, for the grade.
 *
 * Round trips are what a submission waits on, so it makes five: begin; the locked read; the
 * update, the item rows, the history and `afterSubmit`'s reads, sent together down the one
 * connection without waiting for each other's answers; `afterSubmit`'s writes; commit.
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
    /**
     * Scores the locked row. Any query it makes must go through `tx`: the transaction holds a
     * pooled connection, and waiting for another one could deadlock a full pool.
     */
    score: (
      row: AttemptRow,
      tx: Pick<Database, 'select'>,
    ) => SubmissionScore | Promise<SubmissionScore>;
    /**
     * Runs in the same transaction once newly submitted (e.g. to update mastery), given the
     * submitted row and the quiz's kind; its first query joins the pipeline of the writes.
     */
    afterSubmit?: (
      tx: Pick<Database, 'select' | 'insert' | 'execute'>,
      row: AttemptRow,
      quiz: { kind: string },
    ) => Promise<void>;
  },
): Promise<{ row: AttemptRow; alreadySubmitted: boolean; submitted: SubmittedScore[] } | null> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ attempt: attempts, kind: quizzes.kind })
      .from(attempts)
      .innerJoin(quizzes, eq(quizzes.id, attempts.quizId))
      .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)))
      .for('update', { of: attempts });
    if (!locked) return null;
    const row = locked.attempt;
    const history = () =>
      tx
        .select({
          fraction: attempts.fraction,
          submittedAt: attempts.submittedAt,
          pending: attempts.pending,
        })
        .from(attempts)
        .where(
          and(
            eq(attempts.userId, userId),
            eq(attempts.quizId, row.quizId),
            eq(attempts.state, 'submitted'),
          ),
        )
        .then((rows) =>
          rows.flatMap((r) =>
            r.fraction !== null && r.submittedAt
              ? [{ fraction: r.fraction, submittedAt: r.submittedAt, pending: r.pending }]
              : [],
          ),
        );
    if (row.state === 'submitted') {
      return { row, alreadySubmitted: true, submitted: await history() };
    }
    const scored = await score(row, tx);
    const fields = {
      state: 'submitted' as const,
      submittedAt: new Date(),
      submitReason: scored.reason,
      points: scored.points,
      maxPoints: scored.maxPoints,
      fraction: scored.fraction,
      pending: scored.pending,
      result: scored.result,
    };
    // Pipelined: the update is sent first, so PostgreSQL, which runs a connection's statements
    // in the order they arrive, has scored the attempt before the item rows (whose trigger
    // reads its fraction) and the history (which must include it).
    const [updated, , submitted] = await Promise.all([
      tx
        .update(attempts)
        .set(fields)
        .where(eq(attempts.id, attemptId))
        .returning()
        .then((rows) => rows[0]),
      scored.items.length ? insertItemScores(tx, attemptId, scored.items) : null,
      history(),
      afterSubmit?.(tx, { ...row, ...fields }, { kind: locked.kind }),
    ]);
    if (!updated) throw new Error('attempt vanished during submission');
    return { row: updated, alreadySubmitted: false, submitted };
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
