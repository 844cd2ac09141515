/** The item bank as instructors keep it: search with live statistics, drafts, publishing, retiring, import. */
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  cases,
  caseVersions,
  itemStats,
  items,
  itemVersions,
  objectives,
  type PairSums,
  quizVersions,
  quizzes,
  user,
} from '../schema';
import { audit } from './audit';
import { likePattern } from './text-search';
import { addVersion, addVersionIfChanged, reversionQuizzes, type Tx } from './versioning';

export type ItemStatus = 'draft' | 'published' | 'retired';

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

/** The definition an editor shows: the draft when there is one, else the published version. */
const workingDefinition = sql<unknown>`coalesce(${items.draft}, ${itemVersions.definition})`;

/**
 * The item bank, filtered, with each item's use and the running sums of its live statistics
 * (item_stats, pooled over the quizzes that hold it), over `answered` graded responses. Newest
 * edits first.
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
  // The item analysis's running sums, pooled over every quiz that holds the item (sums add up):
  // the caller derives facility and discrimination with quiz-engine's one definition.
  const stats = db
    .select({
      itemId: itemStats.itemId,
      n: sql<number>`sum(${itemStats.n})::int`.as('n'),
      sx: sql<number>`sum(${itemStats.sx})`.as('sx'),
      sxx: sql<number>`sum(${itemStats.sxx})`.as('sxx'),
      sy: sql<number>`sum(${itemStats.sy})`.as('sy'),
      syy: sql<number>`sum(${itemStats.syy})`.as('syy'),
      sxy: sql<number>`sum(${itemStats.sxy})`.as('sxy'),
    })
    .from(itemStats)
    .groupBy(itemStats.itemId)
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
      answered: sql<number>`coalesce(${stats.n}, 0)`,
      sums: sql<PairSums | null>`case when ${stats.n} is null then null else json_build_object('n', ${stats.n}, 'sx', ${stats.sx}, 'sxx', ${stats.sxx}, 'sy', ${stats.sy}, 'syy', ${stats.syy}, 'sxy', ${stats.sxy}) end`,
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
  /**
   * Given a quiz's current definition, returns it with the new item in place, or null when the
   * quiz does not hold the item. Quizzes that do get a new version, so new attempts use the fix.
   */
  rebuildQuiz: (definition: unknown) => unknown | null;
  /** For an item of a case: the case's definition with the new item in place. */
  rebuildCase: (definition: unknown) => unknown | null;
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
    const { version, unchanged } = await addVersionIfChanged(tx, 'item', input.itemId, {
      create: false,
      parent: { type: input.type, status: 'published', draft: null, draftUpdatedAt: null },
      version: {
        definition: input.definition,
        objectives: input.objectives,
        source: 'author',
        createdBy: input.actorId,
        note: input.note,
      },
    });
    if (!unchanged && row.caseId) await reversionCase(tx, row.caseId, input);
    const requizzed = unchanged ? [] : await reversionQuizzes(tx, input);
    await audit(tx, input.actorId, 'item.publish', ['item', input.itemId], {
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
  await addVersion(tx, 'case', caseId, {
    create: false,
    parent: {},
    version: { definition, source: 'author' },
  });
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
    await audit(
      tx,
      input.actorId,
      input.retired ? 'item.retire' : 'item.restore',
      ['item', input.itemId],
      { reason: input.reason },
    );
    return true;
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
    }>;
    cases: Array<{
      id: string;
      definition: unknown;
      items: Array<{
        id: string;
        type: string;
        objectives: string[];
        definition: unknown;
      }>;
    }>;
  },
) {
  return db.transaction(async (tx) => {
    const note = `imported from ${input.fileName}`;
    const addItem = (item: (typeof input.items)[number], caseId: string | null) =>
      addVersion(tx, 'item', item.id, {
        create: true,
        parent: { type: item.type, caseId, status: 'published' },
        version: {
          definition: item.definition,
          objectives: item.objectives,
          source: 'author',
          createdBy: input.actorId,
          note,
        },
      });
    for (const item of input.items) await addItem(item, null);
    for (const c of input.cases) {
      await addVersion(tx, 'case', c.id, {
        create: true,
        parent: {},
        version: { definition: c.definition, source: 'author' },
      });
      for (const item of c.items) await addItem(item, c.id);
    }
    await audit(tx, input.actorId, 'qti.import', ['bank', input.fileName.slice(0, 200)], {
      details: { items: input.items.map((i) => i.id), cases: input.cases.map((c) => c.id) },
    });
    return { items: input.items.length, cases: input.cases.length };
  });
}

/** The current published definition of each of these items that has one. */
export async function currentItemDefinitions(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, { definition: unknown; version: number }>();
  const rows = await db
    .select({ id: items.id, definition: itemVersions.definition, version: itemVersions.version })
    .from(items)
    .innerJoin(
      itemVersions,
      and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)),
    )
    .where(inArray(items.id, ids));
  return new Map(rows.map((r) => [r.id, { definition: r.definition, version: r.version }]));
}
