import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { stableStringify } from '../hash';
import { attempts, quizVersions, quizzes } from '../schema';
import { currentQuizzes } from './versioning';

export type AttemptRow = typeof attempts.$inferSelect;

/** A quiz's current version (definition and settings as stored), or null. */
export async function currentQuizVersion(db: Database, { quizId }: { quizId: string }) {
  const [row] = await currentQuizzes(db).where(eq(quizzes.id, quizId));
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

/**
 * Starts an attempt on the database's clock: `started_at` is now(), and the deadline is now() plus
 * `durationMs` (quiz-engine's `attemptDurationMs`; null when untimed), so every app instance
 * measures time the same way the saves and the expiry job do.
 */
export async function createAttempt(
  db: Database,
  {
    durationMs,
    ...values
  }: Omit<typeof attempts.$inferInsert, 'startedAt' | 'deadline'> & { durationMs: number | null },
): Promise<AttemptRow> {
  const [row] = await db
    .insert(attempts)
    .values({
      ...values,
      startedAt: sql`now()`,
      deadline: durationMs === null ? null : sql`now() + ${durationMs} * interval '1 millisecond'`,
    })
    .returning();
  if (!row) throw new Error('attempt insert returned nothing');
  return row;
}

/** The learner's own attempt, or null (someone else's attempt is "not found", not "forbidden"). */
export async function getAttempt(
  db: Pick<Database, 'select'>,
  { attemptId, userId }: { attemptId: string; userId: string },
) {
  const [row] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
  return row ?? null;
}

/** Whose an attempt is (null when there is no such attempt): what the own-attempt scope checks. */
export async function attemptOwner(db: Database, { attemptId }: { attemptId: string }) {
  // Every call of an attempt procedure asks this first: a prepared statement, built once per pool.
  const [row] = await ownerQuery(db).execute({ attemptId });
  return row?.userId ?? null;
}

const ownerQueries = new WeakMap<Database, ReturnType<typeof prepareOwnerQuery>>();
const prepareOwnerQuery = (db: Database) =>
  db
    .select({ userId: attempts.userId })
    .from(attempts)
    .where(eq(attempts.id, sql.placeholder('attemptId')))
    .prepare('attempt_owner');
function ownerQuery(db: Database) {
  let query = ownerQueries.get(db);
  if (!query) {
    query = prepareOwnerQuery(db);
    ownerQueries.set(db, query);
  }
  return query;
}

/** A slot's answer as a save sends it. */
export interface SentAnswer {
  response: unknown;
  certainty?: string;
  flagged?: boolean;
  /**
   * The sequence number of the last save the sender had seen when the answer was made. When the
   * slot was written by a later save (another tab, another device), the answer is stale and is
   * not applied.
   */
  base: number;
}

export type SaveOutcome =
  | {
      status: 'saved' | 'duplicate';
      sequence: number;
      /** Slots not applied because a later save wrote them: slot → the answer stored there. */
      superseded: Record<string, StoredAnswer>;
    }
  | { status: 'stale'; sequence: number }
  | { status: 'time-up' }
  | { status: 'submitted' }
  | { status: 'not-found' };

/** An answer as stored in `attempts.responses` (see the column). */
export interface StoredAnswer {
  response?: unknown;
  certainty?: string;
  flagged?: boolean;
  tries?: Array<{ response: unknown; certainty?: string }>;
  at?: number;
}

/** What a learner gave for a slot, without the server's bookkeeping (tries, at, base). */
function given(answer: StoredAnswer | SentAnswer | undefined): string {
  if (!answer) return 'null';
  const { response, certainty, flagged } = answer;
  return stableStringify({ response, certainty, flagged: flagged || undefined });
}

/** `deadline + grace ≥ now()` on the database's clock, for a query's WHERE. */
const onTime = (graceMs: number) =>
  sql`(${attempts.deadline} is null or now() <= ${attempts.deadline} + ${graceMs} * interval '1 millisecond')`;

/**
 * Autosave, in one statement: merges `responses` (slot → answer) into the attempt if `sequence` is
 * higher than the last one saved and the attempt's time has not run out (its deadline plus
 * `graceMs`, on the database's clock). Each merged answer records the save's sequence in `at`,
 * and keeps the checked tries stored for its slot (they are the server's record). An answer whose
 * `base` is older than its slot's `at` was made on a stale view and is not applied: it comes back
 * in `superseded` with what the slot holds (so a tab that fell behind can never overwrite). The same save sent twice is a duplicate (fine); a
 * lower or equal sequence with other answers is stale — another tab or device saved in between.
 */
export async function saveResponses(
  db: Database,
  {
    attemptId,
    userId,
    sequence,
    responses,
    graceMs,
  }: {
    attemptId: string;
    userId: string;
    sequence: number;
    responses: Record<string, SentAnswer>;
    graceMs: number;
  },
): Promise<SaveOutcome> {
  const sent = JSON.stringify(responses);
  const [saved] = await db
    .update(attempts)
    .set({
      responses: sql`${attempts.responses} || coalesce((
        select jsonb_object_agg(n.key,
                 (n.value - 'base' - 'tries' - 'at') || jsonb_build_object('at', ${sequence}::int)
                 || case when ${attempts.responses} -> n.key ? 'tries'
                         then jsonb_build_object('tries', ${attempts.responses} -> n.key -> 'tries')
                         else '{}'::jsonb end)
        from jsonb_each(${sent}::jsonb) n
        where coalesce((${attempts.responses} -> n.key ->> 'at')::int, 0)
              <= (n.value ->> 'base')::int), '{}'::jsonb)`,
      sequence,
    })
    .where(
      and(
        eq(attempts.id, attemptId),
        eq(attempts.userId, userId),
        eq(attempts.state, 'in-progress'),
        lt(attempts.sequence, sequence),
        onTime(graceMs),
      ),
    )
    .returning({
      sequence: attempts.sequence,
      // After the update: a sent slot whose `at` is not this save's was not applied.
      superseded: sql<Record<string, StoredAnswer>>`(
        select coalesce(jsonb_object_agg(n.key, ${attempts.responses} -> n.key), '{}'::jsonb)
        from jsonb_each(${sent}::jsonb) n
        where coalesce((${attempts.responses} -> n.key ->> 'at')::int, -1) <> ${sequence}::int)`,
    });
  if (saved) return { status: 'saved', sequence: saved.sequence, superseded: saved.superseded };
  const [row] = await db
    .select({
      state: attempts.state,
      sequence: attempts.sequence,
      responses: attempts.responses,
      late: sql<boolean>`not ${onTime(graceMs)}`,
    })
    .from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)));
  if (!row) return { status: 'not-found' };
  if (row.state !== 'in-progress') return { status: 'submitted' };
  const stored = row.responses as Record<string, StoredAnswer | undefined>;
  // The same save again (a retry after a lost answer): each slot holds what it sent, or was
  // superseded then and would be again.
  const superseded: Record<string, StoredAnswer> = {};
  const same =
    row.sequence === sequence &&
    Object.entries(responses).every(([slot, answer]) => {
      const kept = Object.hasOwn(stored, slot) ? stored[slot] : undefined;
      if (kept?.at === sequence) return given(kept) === given(answer);
      if (kept && (kept.at ?? 0) > answer.base) {
        superseded[slot] = kept;
        return true;
      }
      return false;
    });
  if (same) return { status: 'duplicate', sequence: row.sequence, superseded };
  if (row.late) return { status: 'time-up' };
  return { status: 'stale', sequence: row.sequence };
}

/** One checked try, as stored in a slot's `tries`. */
export interface StoredTry {
  response: unknown;
  certainty?: string;
}

export type CheckOutcome<R> =
  | { status: 'checked'; sequence: number; tries: StoredTry[]; row: AttemptRow; verdict: R }
  /** The same check resent (a retry): nothing new was evaluated or charged. */
  | { status: 'duplicate'; sequence: number; tries: StoredTry[]; row: AttemptRow }
  | { status: 'refused'; verdict: R }
  | { status: 'stale' }
  | { status: 'time-up' }
  | { status: 'submitted' }
  | { status: 'not-found' };

/**
 * Checks one try on one slot, serialised in the database: the attempt row is locked, so checks
 * (and saves) on it run one after another, and `evaluate` always sees every try checked before.
 * It decides, given the locked row and the slot's tries so far, whether this try may be checked
 * (`{ accept: false }`: nothing is written) and what the checked tries become. The check must
 * carry a sequence number higher than the last save's; the same check resent is a duplicate.
 */
export async function checkSlot<R>(
  db: Database,
  {
    attemptId,
    userId,
    slot,
    sequence,
    answer,
    graceMs,
    evaluate,
  }: {
    attemptId: string;
    userId: string;
    slot: string;
    sequence: number;
    answer: StoredTry;
    graceMs: number;
    evaluate: (
      row: AttemptRow,
      tries: StoredTry[],
    ) => { accept: true; tries: StoredTry[]; verdict: R } | { accept: false; verdict: R };
  },
): Promise<CheckOutcome<R>> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ attempt: attempts, late: sql<boolean>`not ${onTime(graceMs)}` })
      .from(attempts)
      .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)))
      .for('update');
    if (!locked) return { status: 'not-found' };
    const row = locked.attempt;
    if (row.state !== 'in-progress') return { status: 'submitted' };
    const stored = (row.responses as Record<string, StoredAnswer | undefined>)[slot];
    const tries = Object.hasOwn(row.responses as object, slot) ? (stored?.tries ?? []) : [];
    if (row.sequence >= sequence) {
      const resent =
        row.sequence === sequence &&
        stored?.at === sequence &&
        stableStringify(tries.at(-1)) === stableStringify(answer);
      return resent ? { status: 'duplicate', sequence, tries, row } : { status: 'stale' };
    }
    if (locked.late) return { status: 'time-up' };
    const decided = evaluate(row, tries);
    if (!decided.accept) return { status: 'refused', verdict: decided.verdict };
    const next: StoredAnswer = {
      ...(stored ?? {}),
      response: answer.response,
      ...(answer.certainty ? { certainty: answer.certainty } : {}),
      tries: decided.tries,
      at: sequence,
    };
    const [updated] = await tx
      .update(attempts)
      .set({
        responses: sql`jsonb_set(${attempts.responses}, array[${slot}]::text[], ${JSON.stringify(next)}::jsonb)`,
        sequence,
      })
      .where(eq(attempts.id, row.id))
      .returning();
    if (!updated) throw new Error('attempt vanished during a check');
    return {
      status: 'checked',
      sequence,
      tries: decided.tries,
      row: updated,
      verdict: decided.verdict,
    };
  });
}

/**
 * Attempts in progress whose time ran out (deadline + `graceMs` before now, on the database's
 * clock), oldest deadline first: what the expiry job closes.
 */
export function listExpiredAttempts(
  db: Database,
  { graceMs, limit }: { graceMs: number; limit: number },
) {
  return db
    .select({ id: attempts.id, userId: attempts.userId })
    .from(attempts)
    .where(
      and(
        eq(attempts.state, 'in-progress'),
        sql`${attempts.deadline} is not null`,
        sql`now() > ${attempts.deadline} + ${graceMs} * interval '1 millisecond'`,
      ),
    )
    .orderBy(attempts.deadline)
    .limit(limit);
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

/** What a write that rescores attempts (a grade, a regrade) may do in its own transaction. */
export type RescoreTx = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** An attempt rescored in place: the row as it is now, and its item scores before. */
export interface Rescored {
  row: AttemptRow;
  before: Array<{ slot: string; fraction: number; pending: boolean }>;
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
      /** The attempt's deadline has passed, on the database's clock. */
      late: boolean,
    ) => SubmissionScore | Promise<SubmissionScore>;
    /**
     * Runs in the same transaction once newly submitted (e.g. to update mastery), given the
     * submitted row and the quiz's kind; its first query joins the pipeline of the writes.
     */
    afterSubmit?: (
      tx: Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>,
      row: AttemptRow,
      quiz: { kind: string },
    ) => Promise<void>;
  },
): Promise<{ row: AttemptRow; alreadySubmitted: boolean; submitted: SubmittedScore[] } | null> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({
        attempt: attempts,
        kind: quizzes.kind,
        late: sql<boolean>`${attempts.deadline} is not null and now() > ${attempts.deadline}`,
      })
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
    const scored = await score(row, tx, locked.late);
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
