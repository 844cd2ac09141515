import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { definitionHash } from '../hash';
import { cases, caseVersions, items, itemVersions, quizVersions, quizzes } from '../schema';

export interface BankInput {
  items: Array<{
    id: string;
    module: string | null;
    caseId: string | null;
    type: string;
    objectives: string[];
    definition: unknown;
  }>;
  cases: Array<{ id: string; module: string | null; definition: unknown }>;
  quizzes: Array<{
    id: string;
    module: string | null;
    kind: string;
    title: string;
    definition: unknown;
    settings: unknown;
  }>;
}

export interface VersionCounts {
  created: number;
  newVersions: number;
  unchanged: number;
}
export type BankSyncResult = Record<keyof BankInput, VersionCounts>;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * How one versioned kind of thing is stored: for each id its newest version number and the hash
 * of the newest version the content sync wrote (instructors' versions are not compared, so an
 * unchanged course file never undoes their edit), and how to add a version.
 */
interface Versioned<E extends { id: string }> {
  hashOf(entry: E): string;
  current(
    tx: Tx,
    ids: string[],
  ): Promise<Array<{ id: string; version: number; hash: string | null }>>;
  /** `definition` is what to store: the entry's own, or it with instructors' versions put back. */
  save(
    tx: Tx,
    entry: E,
    version: number,
    hash: string,
    isNew: boolean,
    definition: unknown,
  ): Promise<void>;
}

async function syncVersioned<E extends { id: string; definition: unknown }>(
  tx: Tx,
  kind: Versioned<E>,
  entries: E[],
  store: (entry: E) => unknown = (entry) => entry.definition,
) {
  const counts: VersionCounts = { created: 0, newVersions: 0, unchanged: 0 };
  const current = new Map(
    entries.length
      ? (
          await kind.current(
            tx,
            entries.map((e) => e.id),
          )
        ).map((r) => [r.id, r])
      : [],
  );
  for (const entry of entries) {
    const hash = kind.hashOf(entry);
    const existing = current.get(entry.id);
    if (existing?.hash === hash) counts.unchanged++;
    else {
      await kind.save(
        tx,
        entry,
        existing ? existing.version + 1 : 1,
        hash,
        !existing,
        store(entry),
      );
      if (existing) counts.newVersions++;
      else counts.created++;
    }
  }
  return counts;
}

const itemKind: Versioned<BankInput['items'][number]> = {
  hashOf: (e) => definitionHash(e.definition),
  current: (tx, ids) =>
    tx
      .select({
        id: items.id,
        version: sql<number>`(select max(v.version) from ${itemVersions} v where v.item_id = ${items.id})`,
        hash: sql<
          string | null
        >`(select v.hash from ${itemVersions} v where v.item_id = ${items.id} and v.source = 'content' order by v.version desc limit 1)`,
      })
      .from(items)
      .where(inArray(items.id, ids)),
  async save(tx, e, version, hash, isNew, definition) {
    const row = { moduleId: e.module, caseId: e.caseId, type: e.type, currentVersion: version };
    // A retired item stays retired when its course file changes; the new version waits in history.
    if (isNew) await tx.insert(items).values({ id: e.id, ...row, status: 'published' });
    else
      await tx
        .update(items)
        .set({ ...row, updatedAt: new Date() })
        .where(eq(items.id, e.id));
    await tx
      .insert(itemVersions)
      .values({ itemId: e.id, version, definition, objectives: e.objectives, hash });
  },
};

const caseKind: Versioned<BankInput['cases'][number]> = {
  hashOf: (e) => definitionHash(e.definition),
  current: (tx, ids) =>
    tx
      .select({
        id: cases.id,
        version: sql<number>`(select max(v.version) from ${caseVersions} v where v.case_id = ${cases.id})`,
        hash: sql<
          string | null
        >`(select v.hash from ${caseVersions} v where v.case_id = ${cases.id} and v.source = 'content' order by v.version desc limit 1)`,
      })
      .from(cases)
      .where(inArray(cases.id, ids)),
  async save(tx, e, version, hash, isNew, definition) {
    const row = { moduleId: e.module, currentVersion: version };
    if (isNew) await tx.insert(cases).values({ id: e.id, ...row });
    else
      await tx
        .update(cases)
        .set({ ...row, updatedAt: new Date() })
        .where(eq(cases.id, e.id));
    await tx.insert(caseVersions).values({ caseId: e.id, version, definition, hash });
  },
};

const quizKind: Versioned<BankInput['quizzes'][number]> = {
  hashOf: (e) => definitionHash({ definition: e.definition, settings: e.settings }),
  current: (tx, ids) =>
    tx
      .select({
        id: quizzes.id,
        version: sql<number>`(select max(v.version) from ${quizVersions} v where v.quiz_id = ${quizzes.id})`,
        hash: sql<
          string | null
        >`(select v.hash from ${quizVersions} v where v.quiz_id = ${quizzes.id} and v.source = 'content' order by v.version desc limit 1)`,
      })
      .from(quizzes)
      .where(inArray(quizzes.id, ids)),
  async save(tx, e, version, hash, isNew, definition) {
    const row = { moduleId: e.module, kind: e.kind, title: e.title, currentVersion: version };
    if (isNew) await tx.insert(quizzes).values({ id: e.id, ...row });
    else
      await tx
        .update(quizzes)
        .set({ ...row, updatedAt: new Date() })
        .where(eq(quizzes.id, e.id));
    await tx
      .insert(quizVersions)
      .values({ quizId: e.id, version, definition, settings: e.settings, hash });
  },
};

/** Current definitions that instructors wrote (their version is the current one). */
async function authored(tx: Tx) {
  const itemRows = await tx
    .select({ definition: itemVersions.definition })
    .from(items)
    .innerJoin(
      itemVersions,
      and(eq(itemVersions.itemId, items.id), eq(itemVersions.version, items.currentVersion)),
    )
    .where(eq(itemVersions.source, 'author'));
  const caseRows = await tx
    .select({ definition: caseVersions.definition })
    .from(cases)
    .innerJoin(
      caseVersions,
      and(eq(caseVersions.caseId, cases.id), eq(caseVersions.version, cases.currentVersion)),
    )
    .where(eq(caseVersions.source, 'author'));
  return {
    items: itemRows.map((r) => r.definition),
    cases: caseRows.map((r) => r.definition),
  };
}

export interface AuthoredDefinitions {
  items: unknown[];
  cases: unknown[];
}

/**
 * Puts instructors' current versions into a definition the course files hold a copy of (a case
 * holds its items, a quiz its items and cases), so a course-file change to one thing does not
 * bring back the old copy of another that an instructor fixed. Given by the caller (quiz-engine's
 * replaceItem / replaceCase); without it, definitions are stored as the files have them.
 */
export interface ReapplyAuthored {
  toCase(definition: unknown, authored: AuthoredDefinitions): unknown;
  toQuiz(definition: unknown, authored: AuthoredDefinitions): unknown;
}

/**
 * Loads the bank as versioned rows in one transaction: a new thing gets version 1; a definition
 * the course files changed since the sync last wrote it gets the next version and becomes
 * current; an unchanged one is left alone. Old versions are never rewritten, so running it twice
 * changes nothing. The hash of a version the sync writes is the course file's, so "changed" is
 * judged against the files even when instructors' versions were put back into it.
 */
export async function syncBank(
  db: Database,
  input: BankInput,
  reapply?: ReapplyAuthored,
): Promise<BankSyncResult> {
  return db.transaction(async (tx) => {
    const itemCounts = await syncVersioned(tx, itemKind, input.items);
    const afterItems = reapply ? await authored(tx) : null;
    const caseCounts = await syncVersioned(tx, caseKind, input.cases, (e) =>
      reapply && afterItems ? reapply.toCase(e.definition, afterItems) : e.definition,
    );
    const afterCases = reapply ? await authored(tx) : null;
    const quizCounts = await syncVersioned(tx, quizKind, input.quizzes, (e) =>
      reapply && afterCases ? reapply.toQuiz(e.definition, afterCases) : e.definition,
    );
    return { items: itemCounts, cases: caseCounts, quizzes: quizCounts };
  });
}
