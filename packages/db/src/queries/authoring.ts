import { and, asc, desc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { stableStringify } from '../hash';
import {
  attemptItems,
  attemptRegrades,
  attempts,
  auditLog,
  cases,
  caseVersions,
  items,
  itemVersions,
  objectives,
  quizVersions,
  quizzes,
  user,
} from '../schema';
import type { SubmissionScore } from './attempts';

export type ItemStatus = 'draft' | 'published' | 'retired';
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface BankFilter {
  /** Words in the prompt, or part of the id. */
  q?: string;
  type?: string;
  tag?: string;
  objective?: string;
  lessonId?: string;
  moduleId?: string;
  status?: ItemStatus;
  limit?: number;
  offset?: number;
}

/** An ILIKE pattern matching `text` anywhere, its own % _ and \ taken literally. */
const likePattern = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The definition an editor shows: the draft when there is one, else the published version. */
const workingDefinition = sql<unknown>`coalesce(${items.draft}, ${itemVersions.definition})`;

/**
 * The item bank, filtered, with each item's use and live statistics from submitted attempts:
 * facility (mean score fraction) and discrimination (correlation of the item's score with the
 * attempt's total), both over `answered` responses. Newest edits first.
 */
export async function listBankItems(db: Database, filter: BankFilter = {}) {
  const where: SQL[] = [];
  if (filter.q?.trim()) {
    const like = likePattern(filter.q);
    const text = or(ilike(items.id, like), sql`(${workingDefinition})->>'prompt' ilike ${like}`);
    if (text) where.push(text);
  }
  if (filter.type) where.push(eq(items.type, filter.type));
  if (filter.status) where.push(eq(items.status, filter.status));
  if (filter.moduleId) where.push(eq(items.moduleId, filter.moduleId));
  if (filter.tag) where.push(sql`(${workingDefinition})->'tags' ? ${filter.tag}`);
  if (filter.objective) where.push(sql`(${workingDefinition})->'objectives' ? ${filter.objective}`);
  if (filter.lessonId) {
    where.push(sql`exists (select 1 from ${objectives} o
      where o.lesson_id = ${filter.lessonId}
        and (${workingDefinition})->'objectives' ? o.id)`);
  }
  const stats = db
    .select({
      itemId: attemptItems.itemId,
      answered: sql<number>`count(*)::int`.as('answered'),
      facility: sql<number | null>`avg(${attemptItems.fraction})`.as('facility'),
      discrimination: sql<number | null>`corr(${attemptItems.fraction}, ${attempts.fraction})`.as(
        'discrimination',
      ),
    })
    .from(attemptItems)
    .innerJoin(attempts, eq(attempts.id, attemptItems.attemptId))
    .where(eq(attemptItems.pending, false))
    .groupBy(attemptItems.itemId)
    .as('stats');
  const rows = await db
    .select({
      id: items.id,
      type: items.type,
      status: items.status,
      moduleId: items.moduleId,
      caseId: items.caseId,
      currentVersion: items.currentVersion,
      hasDraft: sql<boolean>`${items.draft} is not null`,
      prompt: sql<string>`(${workingDefinition})->>'prompt'`,
      tags: sql<string[]>`coalesce((${workingDefinition})->'tags', '[]'::jsonb)`,
      objectives: sql<string[]>`coalesce((${workingDefinition})->'objectives', '[]'::jsonb)`,
      updatedAt: sql<Date>`greatest(${items.updatedAt}, ${items.draftUpdatedAt})`,
      answered: sql<number>`coalesce(${stats.answered}, 0)`,
      facility: stats.facility,
      discrimination: stats.discrimination,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(items)
    .leftJoin(
      itemVersions,
      and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)),
    )
    .leftJoin(stats, eq(stats.itemId, items.id))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(sql`greatest(${items.updatedAt}, ${items.draftUpdatedAt})`), asc(items.id))
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0);
  const usage = await quizUsage(db);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...row }) => ({
      ...row,
      quizzes: usage.get(row.id) ?? 0,
    })),
  };
}

/** How many quizzes' current versions hold each item (on the paper, in a case, or in the pool). */
async function quizUsage(db: Database) {
  const rows = await db.execute<{ item_id: string; quizzes: number }>(sql`
    select ids.item_id, count(distinct q.id)::int as quizzes
    from ${quizzes} q
    join ${quizVersions} v on v.quiz_id = q.id and v.version = q.current_version
    -- every object with a prompt is an item definition: fixed, in a case, or in the pool
    cross join lateral jsonb_path_query(v.definition, 'lax $.** ? (exists (@.prompt)).id') as ids_json
    cross join lateral (select ids_json #>> '{}' as item_id) ids
    group by ids.item_id`);
  return new Map(rows.map((r) => [r.item_id, r.quizzes]));
}

/** One item for its editor: the row, the working definition, and every version, newest first. */
export async function getBankItem(db: Database, { itemId }: { itemId: string }) {
  const [row] = await db.select().from(items).where(eq(items.id, itemId));
  if (!row) return null;
  const versions = await db
    .select({
      version: itemVersions.version,
      definition: itemVersions.definition,
      source: itemVersions.source,
      note: itemVersions.note,
      createdAt: itemVersions.createdAt,
      author: user.name,
    })
    .from(itemVersions)
    .leftJoin(user, eq(user.id, itemVersions.createdBy))
    .where(eq(itemVersions.itemId, itemId))
    .orderBy(desc(itemVersions.version));
  const published = versions.find((v) => v.version === row.currentVersion) ?? null;
  return {
    id: row.id,
    type: row.type,
    status: row.status as ItemStatus,
    moduleId: row.moduleId,
    caseId: row.caseId,
    currentVersion: row.currentVersion,
    draft: row.draft,
    draftUpdatedAt: row.draftUpdatedAt,
    definition: row.draft ?? published?.definition ?? null,
    versions,
  };
}

/** A new item, as a draft nobody sees until it is published. False when the id is taken. */
export async function createItemDraft(
  db: Database,
  input: { itemId: string; type: string; moduleId: string | null; definition: unknown },
): Promise<boolean> {
  const inserted = await db
    .insert(items)
    .values({
      id: input.itemId,
      type: input.type,
      moduleId: input.moduleId,
      status: 'draft',
      currentVersion: null,
      draft: input.definition,
      draftUpdatedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: items.id });
  return inserted.length === 1;
}

/** Keeps work in progress (valid or not). False when there is no such item. */
export async function saveItemDraft(
  db: Database,
  input: { itemId: string; definition: unknown | null },
): Promise<boolean> {
  const updated = await db
    .update(items)
    .set({ draft: input.definition, draftUpdatedAt: new Date() })
    .where(eq(items.id, input.itemId))
    .returning({ id: items.id });
  return updated.length === 1;
}

export interface PublishInput {
  itemId: string;
  /** When the draft being published was saved, as the caller read it: a later save wins. */
  draftSeen: Date | null;
  actorId: string;
  note: string | null;
  /** Already validated by quiz-engine. */
  definition: unknown;
  type: string;
  objectives: string[];
  hash: string;
  /**
   * Given a quiz's current definition, returns it with the new item in place, or null when the
   * quiz does not hold the item. Quizzes that do get a new version, so new attempts use the fix.
   */
  rebuildQuiz: (definition: unknown) => unknown | null;
  hashQuiz: (definition: unknown, settings: unknown) => string;
  /** For an item of a case: the case's definition with the new item in place. */
  rebuildCase: (definition: unknown) => unknown | null;
  hashCase: (definition: unknown) => string;
}

/**
 * Publishes an item: a new version (unless identical to the current one), the draft cleared, the
 * item current and published, every quiz holding it re-versioned, and an audit row — all in one
 * transaction. Attempts already started stay on the quiz version they began with.
 */
export async function publishItem(
  db: Database,
  input: PublishInput,
): Promise<
  | { version: number; unchanged: boolean; quizzes: Array<{ quizId: string; version: number }> }
  | { refused: string }
  | null
> {
  return db.transaction(async (tx) => {
    // Locks in one order everywhere — the case, then its items — so publishing an item and its
    // case at the same moment wait for each other instead of deadlocking.
    const [peek] = await tx
      .select({ caseId: items.caseId })
      .from(items)
      .where(eq(items.id, input.itemId));
    if (peek?.caseId)
      await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, peek.caseId)).for('update');
    const [row] = await tx.select().from(items).where(eq(items.id, input.itemId)).for('update');
    if (!row) return null;
    if (row.status === 'retired')
      return { refused: 'A retired item cannot be published; bring it back first.' };
    if ((row.draftUpdatedAt?.getTime() ?? null) !== (input.draftSeen?.getTime() ?? null))
      return {
        refused: 'The draft changed while you were publishing it. Check it and publish again.',
      };
    const [latest] = await tx
      .select({ version: itemVersions.version, hash: itemVersions.hash })
      .from(itemVersions)
      .where(eq(itemVersions.itemId, input.itemId))
      .orderBy(desc(itemVersions.version))
      .limit(1);
    const current = row.currentVersion
      ? (
          await tx
            .select({ hash: itemVersions.hash })
            .from(itemVersions)
            .where(
              and(
                eq(itemVersions.itemId, input.itemId),
                eq(itemVersions.version, row.currentVersion),
              ),
            )
        )[0]
      : undefined;
    const unchanged = current?.hash === input.hash;
    const version = unchanged ? (row.currentVersion as number) : (latest?.version ?? 0) + 1;
    if (!unchanged) {
      await tx.insert(itemVersions).values({
        itemId: input.itemId,
        version,
        definition: input.definition,
        objectives: input.objectives,
        hash: input.hash,
        source: 'author',
        createdBy: input.actorId,
        note: input.note,
      });
    }
    await tx
      .update(items)
      .set({
        type: input.type,
        currentVersion: version,
        status: 'published',
        draft: null,
        draftUpdatedAt: null,
        updatedAt: new Date(),
      })
      .where(eq(items.id, input.itemId));
    if (!unchanged && row.caseId) await reversionCase(tx, row.caseId, input);
    const requizzed = unchanged ? [] : await reversionQuizzes(tx, input);
    await tx.insert(auditLog).values({
      actorId: input.actorId,
      action: 'item.publish',
      targetType: 'item',
      targetId: input.itemId,
      reason: input.note,
      details: { version, unchanged, quizzes: requizzed },
    });
    return { version, unchanged, quizzes: requizzed };
  });
}

/** A new version of the case an item belongs to, with the item's new definition in it. */
async function reversionCase(tx: Tx, caseId: string, input: PublishInput) {
  const [row] = await tx
    .select({ version: cases.currentVersion, definition: caseVersions.definition })
    .from(cases)
    .innerJoin(
      caseVersions,
      and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.currentVersion)),
    )
    .where(eq(cases.id, caseId))
    .for('update', { of: cases });
  if (!row) return;
  const definition = input.rebuildCase(row.definition);
  if (definition === null) return;
  const [latest] = await tx
    .select({ version: sql<number>`max(${caseVersions.version})` })
    .from(caseVersions)
    .where(eq(caseVersions.caseId, caseId));
  const version = (latest?.version ?? row.version) + 1;
  await tx.insert(caseVersions).values({
    caseId,
    version,
    definition,
    hash: input.hashCase(definition),
    source: 'author',
  });
  await tx
    .update(cases)
    .set({ currentVersion: version, updatedAt: new Date() })
    .where(eq(cases.id, caseId));
}

async function reversionQuizzes(tx: Tx, input: Pick<PublishInput, 'rebuildQuiz' | 'hashQuiz'>) {
  const current = await tx
    .select({
      quizId: quizzes.id,
      version: quizzes.currentVersion,
      definition: quizVersions.definition,
      settings: quizVersions.settings,
    })
    .from(quizzes)
    .innerJoin(
      quizVersions,
      and(eq(quizVersions.quizId, quizzes.id), eq(quizVersions.version, quizzes.currentVersion)),
    )
    .for('update', { of: quizzes });
  const changed: Array<{ quizId: string; version: number }> = [];
  for (const quiz of current) {
    const definition = input.rebuildQuiz(quiz.definition);
    if (definition === null) continue;
    const [latest] = await tx
      .select({ version: sql<number>`max(${quizVersions.version})` })
      .from(quizVersions)
      .where(eq(quizVersions.quizId, quiz.quizId));
    const version = (latest?.version ?? quiz.version) + 1;
    await tx.insert(quizVersions).values({
      quizId: quiz.quizId,
      version,
      definition,
      settings: quiz.settings,
      hash: input.hashQuiz(definition, quiz.settings),
      source: 'author',
    });
    await tx
      .update(quizzes)
      .set({ currentVersion: version, updatedAt: new Date() })
      .where(eq(quizzes.id, quiz.quizId));
    changed.push({ quizId: quiz.quizId, version });
  }
  return changed;
}

/** Retires a published item (no new quiz draws it; history stays) or brings it back. */
export async function setItemRetired(
  db: Database,
  input: { itemId: string; actorId: string; retired: boolean; reason: string | null },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(items)
      .set({ status: input.retired ? 'retired' : 'published', updatedAt: new Date() })
      .where(
        and(
          eq(items.id, input.itemId),
          input.retired ? eq(items.status, 'published') : eq(items.status, 'retired'),
        ),
      )
      .returning({ id: items.id });
    if (!row) return false;
    await tx.insert(auditLog).values({
      actorId: input.actorId,
      action: input.retired ? 'item.retire' : 'item.restore',
      targetType: 'item',
      targetId: input.itemId,
      reason: input.reason,
    });
    return true;
  });
}

/** Every quiz's current version, for the quizzes an item change may touch. */
export function listCurrentQuizVersions(db: Database) {
  return db
    .select({
      quizId: quizzes.id,
      title: quizzes.title,
      version: quizzes.currentVersion,
      definition: quizVersions.definition,
      settings: quizVersions.settings,
    })
    .from(quizzes)
    .innerJoin(
      quizVersions,
      and(eq(quizVersions.quizId, quizzes.id), eq(quizVersions.version, quizzes.currentVersion)),
    )
    .orderBy(quizzes.id);
}

/** Submitted attempts of a quiz still on versions older than `beforeVersion`, with whose they are. */
export function listAttemptsBeforeVersion(
  db: Database,
  { quizId, beforeVersion }: { quizId: string; beforeVersion: number },
) {
  return db
    .select({
      attempt: attempts,
      learnerName: user.name,
      learnerEmail: user.email,
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
  input: { actorId: string; reason: string; itemId: string; changes: RegradeChange[] },
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
    const [audit] = await tx
      .insert(auditLog)
      .values({
        actorId: input.actorId,
        action: 'regrade.apply',
        targetType: 'item',
        targetId: input.itemId,
        reason: input.reason,
        details: { attempts: input.changes.length },
      })
      .returning({ id: auditLog.id });
    if (!audit) throw new Error('audit row was not written');
    for (const { gradesSeen: _seen, ...change } of input.changes) {
      await tx
        .update(attempts)
        .set({
          quizVersion: change.toVersion,
          points: change.points,
          maxPoints: change.maxPoints,
          fraction: change.fraction,
          pending: change.pending,
          result: change.result,
        })
        .where(eq(attempts.id, change.attemptId));
      await tx.delete(attemptItems).where(eq(attemptItems.attemptId, change.attemptId));
      if (change.items.length)
        await tx
          .insert(attemptItems)
          .values(change.items.map((item) => ({ attemptId: change.attemptId, ...item })));
      await tx.insert(attemptRegrades).values({
        attemptId: change.attemptId,
        auditId: audit.id,
        fromQuizVersion: change.fromVersion,
        toQuizVersion: change.toVersion,
        oldPoints: before.get(change.attemptId)?.points ?? null,
        newPoints: change.points,
        maxPoints: change.maxPoints,
      });
    }
    return { ok: true as const, auditId: audit.id, applied: input.changes.length };
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

/** Every quiz with its current version and how many attempts it has had. */
export function listQuizzes(db: Database) {
  return db
    .select({
      quizId: quizzes.id,
      title: quizzes.title,
      kind: quizzes.kind,
      moduleId: quizzes.moduleId,
      version: quizzes.currentVersion,
      updatedAt: quizzes.updatedAt,
      attempts: sql<number>`(select count(*)::int from ${attempts} a where a.quiz_id = ${quizzes.id})`,
    })
    .from(quizzes)
    .orderBy(quizzes.moduleId, quizzes.id);
}

/** Every case's current definition. */
export function listCurrentCases(db: Database) {
  return db
    .select({ id: cases.id, definition: caseVersions.definition })
    .from(cases)
    .innerJoin(
      caseVersions,
      and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.currentVersion)),
    );
}

/** Published, not retired, standalone items and every case, as they are now: a quiz's raw material. */
export async function publishedBank(db: Database) {
  const itemRows = await db
    .select({ id: items.id, definition: itemVersions.definition })
    .from(items)
    .innerJoin(
      itemVersions,
      and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)),
    )
    .where(and(eq(items.status, 'published'), sql`${items.caseId} is null`));
  return { items: itemRows, cases: await listCurrentCases(db) };
}

/**
 * Publishes a quiz built in apps/admin: a new quiz (version 1) or the next version of one. New
 * attempts use it; attempts already started keep the version they began with.
 */
export async function publishQuiz(
  db: Database,
  input: {
    quizId: string;
    title: string;
    kind: string;
    moduleId: string | null;
    definition: unknown;
    settings: unknown;
    hash: string;
    actorId: string;
    create: boolean;
    /** The version the builder started from: if another is current now, nothing is written. */
    baseVersion: number | null;
  },
): Promise<{ version: number } | { conflict: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ version: quizzes.currentVersion })
      .from(quizzes)
      .where(eq(quizzes.id, input.quizId))
      .for('update');
    if (input.create && row) return { conflict: 'A quiz with this id exists already.' };
    if (!input.create && !row) return { conflict: 'There is no such quiz.' };
    if (row && row.version !== input.baseVersion)
      return {
        conflict: `This quiz changed since you opened it: version ${row.version} is current now. Reload to see it.`,
      };
    const [latest] = await tx
      .select({ version: sql<number | null>`max(${quizVersions.version})` })
      .from(quizVersions)
      .where(eq(quizVersions.quizId, input.quizId));
    const version = (latest?.version ?? 0) + 1;
    const fields = {
      title: input.title,
      kind: input.kind,
      moduleId: input.moduleId,
      currentVersion: version,
    };
    if (row) {
      await tx
        .update(quizzes)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(quizzes.id, input.quizId));
    } else await tx.insert(quizzes).values({ id: input.quizId, ...fields });
    await tx.insert(quizVersions).values({
      quizId: input.quizId,
      version,
      definition: input.definition,
      settings: input.settings,
      hash: input.hash,
      source: 'author',
    });
    await tx.insert(auditLog).values({
      actorId: input.actorId,
      action: input.create ? 'quiz.create' : 'quiz.publish',
      targetType: 'quiz',
      targetId: input.quizId,
      details: { version },
    });
    return { version };
  });
}

/** Cases with their current version's title and item count; `q` matches id, title or scenario. */
export async function listCases(db: Database, { q }: { q?: string } = {}) {
  const like = q?.trim() ? likePattern(q) : null;
  const rows = await db
    .select({
      caseId: cases.id,
      moduleId: cases.moduleId,
      version: cases.currentVersion,
      updatedAt: cases.updatedAt,
      title: sql<string>`${caseVersions.definition}->>'title'`,
      items: sql<number>`jsonb_array_length(coalesce(${caseVersions.definition}->'items', '[]'::jsonb))`,
    })
    .from(cases)
    .innerJoin(
      caseVersions,
      and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.currentVersion)),
    )
    .where(
      like
        ? or(
            ilike(cases.id, like),
            sql`${caseVersions.definition}->>'title' ilike ${like}`,
            sql`${caseVersions.definition}->>'stimulus' ilike ${like}`,
          )
        : undefined,
    )
    .orderBy(cases.moduleId, cases.id);
  return rows;
}

/** One case for its editor: the current definition and every version, newest first. */
export async function getCase(db: Database, { caseId }: { caseId: string }) {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!row) return null;
  const versions = await db
    .select({
      version: caseVersions.version,
      definition: caseVersions.definition,
      source: caseVersions.source,
      createdAt: caseVersions.createdAt,
    })
    .from(caseVersions)
    .where(eq(caseVersions.caseId, caseId))
    .orderBy(desc(caseVersions.version));
  return {
    caseId: row.id,
    moduleId: row.moduleId,
    version: row.currentVersion,
    definition: versions.find((v) => v.version === row.currentVersion)?.definition ?? null,
    versions,
  };
}

class CaseConflict extends Error {}

/**
 * Publishes a case (new, or its next version) in one transaction: the case version; each of
 * its items as a bank row belonging to the case, with a new version where it changed; items
 * detached from the case become standalone; quizzes holding the case get a new version.
 */
export async function publishCase(
  db: Database,
  input: {
    caseId: string;
    moduleId: string | null;
    create: boolean;
    actorId: string;
    /** Already validated by quiz-engine. */
    definition: { items: Array<{ id: string; type: string; objectives: string[] }> };
    /** The version the editor started from: if another is current now, nothing is written. */
    baseVersion: number | null;
    hash: (definition: unknown) => string;
    rebuildQuiz: (definition: unknown) => unknown | null;
  },
): Promise<
  { version: number; quizzes: Array<{ quizId: string; version: number }> } | { conflict: string }
> {
  try {
    return await writeCase(db, input);
  } catch (error) {
    if (error instanceof CaseConflict) return { conflict: error.message };
    throw error;
  }
}

async function writeCase(db: Database, input: Parameters<typeof publishCase>[1]) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.id, input.caseId)).for('update');
    if (input.create && row) return { conflict: 'A case with this id exists already.' };
    if (!input.create && !row) return { conflict: 'There is no such case.' };
    if (row && row.currentVersion !== input.baseVersion)
      return {
        conflict: `This case changed since you opened it: version ${row.currentVersion} is current now. Reload to see it.`,
      };
    const [latest] = await tx
      .select({ version: sql<number | null>`max(${caseVersions.version})` })
      .from(caseVersions)
      .where(eq(caseVersions.caseId, input.caseId));
    const version = (latest?.version ?? 0) + 1;
    if (row)
      await tx
        .update(cases)
        .set({ currentVersion: version, moduleId: input.moduleId, updatedAt: new Date() })
        .where(eq(cases.id, input.caseId));
    else
      await tx
        .insert(cases)
        .values({ id: input.caseId, moduleId: input.moduleId, currentVersion: version });
    await tx.insert(caseVersions).values({
      caseId: input.caseId,
      version,
      definition: input.definition,
      hash: input.hash(input.definition),
      source: 'author',
    });

    const kept = new Set(input.definition.items.map((i) => i.id));
    await tx
      .update(items)
      .set({ caseId: null, updatedAt: new Date() })
      .where(
        and(
          eq(items.caseId, input.caseId),
          kept.size
            ? sql`${items.id} not in (${sql.join(
                [...kept].map((id) => sql`${id}`),
                sql`, `,
              )})`
            : undefined,
        ),
      );
    for (const item of input.definition.items) {
      const hash = input.hash(item);
      const [existing] = await tx
        .select({ id: items.id, currentVersion: items.currentVersion, caseId: items.caseId })
        .from(items)
        .where(eq(items.id, item.id))
        .for('update');
      // An item belongs to one place: sharing it would leave stale copies and let a paper ask
      // it twice. The editor attaches a copy under a new id instead.
      if (existing && existing.caseId !== input.caseId) {
        throw new CaseConflict(
          `Item “${item.id}” belongs to ${existing.caseId ? `case “${existing.caseId}”` : 'the bank as a standalone item'}; attach a copy of it instead.`,
        );
      }
      const [newest] = await tx
        .select({ version: itemVersions.version, hash: itemVersions.hash })
        .from(itemVersions)
        .where(eq(itemVersions.itemId, item.id))
        .orderBy(desc(itemVersions.version))
        .limit(1);
      const current =
        existing?.currentVersion != null
          ? (
              await tx
                .select({ hash: itemVersions.hash })
                .from(itemVersions)
                .where(
                  and(
                    eq(itemVersions.itemId, item.id),
                    eq(itemVersions.version, existing.currentVersion),
                  ),
                )
            )[0]
          : undefined;
      const itemVersion =
        current?.hash === hash ? (existing?.currentVersion as number) : (newest?.version ?? 0) + 1;
      if (!existing)
        await tx.insert(items).values({
          id: item.id,
          moduleId: input.moduleId,
          caseId: input.caseId,
          type: item.type,
          status: 'published',
          currentVersion: itemVersion,
        });
      else
        await tx
          .update(items)
          .set({
            caseId: input.caseId,
            type: item.type,
            status: 'published',
            currentVersion: itemVersion,
            updatedAt: new Date(),
          })
          .where(eq(items.id, item.id));
      if (current?.hash !== hash)
        await tx.insert(itemVersions).values({
          itemId: item.id,
          version: itemVersion,
          definition: item,
          objectives: item.objectives,
          hash,
          source: 'author',
          createdBy: input.actorId,
          note: `published with case ${input.caseId}`,
        });
    }
    const requizzed = await reversionQuizzes(tx, {
      rebuildQuiz: input.rebuildQuiz,
      hashQuiz: (definition, settings) => input.hash({ definition, settings }),
    });
    await tx.insert(auditLog).values({
      actorId: input.actorId,
      action: input.create ? 'case.create' : 'case.publish',
      targetType: 'case',
      targetId: input.caseId,
      details: { version, quizzes: requizzed },
    });
    return { version, quizzes: requizzed };
  });
}

/** Which of these ids the bank has already, as items or as cases. */
export async function existingBankIds(db: Database, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await db.execute<{ id: string }>(sql`
    select id from ${items} where id in (${list})
    union select id from ${cases} where id in (${list})`);
  return new Set(rows.map((r) => r.id));
}

/**
 * Adds imported items and cases to the bank in one transaction, each as version 1 by the
 * importing instructor (ids must be new: the caller leaves out those that exist), with one audit
 * row naming the file.
 */
export async function importBank(
  db: Database,
  input: {
    actorId: string;
    fileName: string;
    items: Array<{
      id: string;
      type: string;
      objectives: string[];
      definition: unknown;
      hash: string;
    }>;
    cases: Array<{
      id: string;
      definition: unknown;
      hash: string;
      items: Array<{
        id: string;
        type: string;
        objectives: string[];
        definition: unknown;
        hash: string;
      }>;
    }>;
  },
) {
  return db.transaction(async (tx) => {
    const note = `imported from ${input.fileName}`;
    const addItem = async (item: (typeof input.items)[number], caseId: string | null) => {
      await tx.insert(items).values({
        id: item.id,
        type: item.type,
        caseId,
        status: 'published',
        currentVersion: 1,
      });
      await tx.insert(itemVersions).values({
        itemId: item.id,
        version: 1,
        definition: item.definition,
        objectives: item.objectives,
        hash: item.hash,
        source: 'author',
        createdBy: input.actorId,
        note,
      });
    };
    for (const item of input.items) await addItem(item, null);
    for (const c of input.cases) {
      await tx.insert(cases).values({ id: c.id, currentVersion: 1 });
      await tx.insert(caseVersions).values({
        caseId: c.id,
        version: 1,
        definition: c.definition,
        hash: c.hash,
        source: 'author',
      });
      for (const item of c.items) await addItem(item, c.id);
    }
    await tx.insert(auditLog).values({
      actorId: input.actorId,
      action: 'qti.import',
      targetType: 'bank',
      targetId: input.fileName.slice(0, 200),
      details: { items: input.items.map((i) => i.id), cases: input.cases.map((c) => c.id) },
    });
    return { items: input.items.length, cases: input.cases.length };
  });
}

/** The current published definition of each of these items that has one. */
export async function currentItemDefinitions(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, unknown>();
  const rows = await db
    .select({ id: items.id, definition: itemVersions.definition })
    .from(items)
    .innerJoin(
      itemVersions,
      and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)),
    )
    .where(inArray(items.id, ids));
  return new Map(rows.map((r) => [r.id, r.definition]));
}
