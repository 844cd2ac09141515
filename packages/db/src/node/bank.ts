import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { addVersion, type VersionedKind, versionHash } from '../queries/versioning';
import { cases, caseVersions, items, itemVersions, quizzes } from '../schema';

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

interface VersionCounts {
  created: number;
  newVersions: number;
  unchanged: number;
}
export type BankSyncResult = Record<keyof BankInput, VersionCounts>;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * How one versioned kind of thing is synced: for each id the hash of the newest version the
 * content sync wrote (instructors' versions are not compared, so an unchanged course file never
 * undoes their edit), and what a new version stores (`addVersion` numbers it and makes it current).
 */
interface Synced<E extends { id: string }> {
  kind: VersionedKind;
  hashOf(entry: E): string;
  current(tx: Tx, ids: string[]): Promise<Array<{ id: string; hash: string | null }>>;
  /** The parent row's fields, on creation (`isNew`) or on a new version. */
  parent(entry: E, isNew: boolean): Record<string, unknown>;
  /** `definition` is what to store: the entry's own, or it with instructors' versions put back. */
  version(entry: E, definition: unknown): Record<string, unknown>;
}

async function syncVersioned<E extends { id: string; definition: unknown }>(
  tx: Tx,
  kind: Synced<E>,
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
      await addVersion(tx, kind.kind, entry.id, {
        create: !existing,
        parent: kind.parent(entry, !existing) as never,
        version: kind.version(entry, store(entry)) as never,
      });
      if (existing) counts.newVersions++;
      else counts.created++;
    }
  }
  return counts;
}

/** The hash of the newest version the content sync wrote, per id. */
const contentHash = (table: string, key: string, parent: { id: unknown }) =>
  sql<
    string | null
  >`(select v.hash from ${sql.raw(table)} v where v.${sql.raw(key)} = ${parent.id} and v.source = 'content' order by v.version desc limit 1)`;

const itemKind: Synced<BankInput['items'][number]> = {
  kind: 'item',
  hashOf: (e) => versionHash('item', e),
  current: (tx, ids) =>
    tx
      .select({ id: items.id, hash: contentHash('item_versions', 'item_id', items) })
      .from(items)
      .where(inArray(items.id, ids)),
  // A retired item stays retired when its course file changes; the new version waits in history.
  parent: (e, isNew) => ({
    moduleId: e.module,
    caseId: e.caseId,
    type: e.type,
    ...(isNew ? { status: 'published' } : {}),
  }),
  version: (e, definition) => ({ definition, objectives: e.objectives }),
};

const caseKind: Synced<BankInput['cases'][number]> = {
  kind: 'case',
  hashOf: (e) => versionHash('case', e),
  current: (tx, ids) =>
    tx
      .select({ id: cases.id, hash: contentHash('case_versions', 'case_id', cases) })
      .from(cases)
      .where(inArray(cases.id, ids)),
  parent: (e) => ({ moduleId: e.module }),
  version: (_e, definition) => ({ definition }),
};

const quizKind: Synced<BankInput['quizzes'][number]> = {
  kind: 'quiz',
  hashOf: (e) => versionHash('quiz', e),
  current: (tx, ids) =>
    tx
      .select({ id: quizzes.id, hash: contentHash('quiz_versions', 'quiz_id', quizzes) })
      .from(quizzes)
      .where(inArray(quizzes.id, ids)),
  parent: (e) => ({ moduleId: e.module, kind: e.kind, title: e.title }),
  version: (e, definition) => ({ definition, settings: e.settings }),
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

interface AuthoredDefinitions {
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
