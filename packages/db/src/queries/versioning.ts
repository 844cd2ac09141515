/**
 * Versions of items, cases and quizzes: how a new one is numbered and made current (`addVersion`,
 * the one place that rule is written), and what a new item or case version sets off — the
 * quizzes that hold it get a new version too.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { definitionHash } from '../hash';
import { cases, caseVersions, items, itemVersions, quizVersions, quizzes } from '../schema';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const VERSIONED = {
  item: { parent: items, versions: itemVersions, of: itemVersions.itemId, key: 'itemId' },
  case: { parent: cases, versions: caseVersions, of: caseVersions.caseId, key: 'caseId' },
  quiz: { parent: quizzes, versions: quizVersions, of: quizVersions.quizId, key: 'quizId' },
} as const;

type Versioned = typeof VERSIONED;
export type VersionedKind = keyof Versioned;
type VersionRow<K extends VersionedKind> = Omit<
  Versioned[K]['versions']['$inferInsert'],
  Versioned[K]['key'] | 'version' | 'hash'
>;

/**
 * What tells two versions apart: the hash of an item's or a case's definition, of a quiz's
 * definition with its settings. An unchanged course file, or a publish of what is current, makes
 * no new version.
 */
export function versionHash(
  kind: VersionedKind,
  version: { definition: unknown; settings?: unknown },
) {
  return kind === 'quiz'
    ? definitionHash({ definition: version.definition, settings: version.settings })
    : definitionHash(version.definition);
}
type ParentRow<K extends VersionedKind> = Omit<
  Versioned[K]['parent']['$inferInsert'],
  'id' | 'currentVersion'
>;

/**
 * Stores a new version of an item, case or quiz and makes it current, in the caller's
 * transaction. Its number is one past the highest ever stored (a number is never reused, even
 * when the current version is an older one); the parent row is made (`create`) or updated with
 * `parent`'s fields; the version row holds `version`. Returns the new number.
 */
export async function addVersion<K extends VersionedKind>(
  tx: Tx,
  kind: K,
  id: string,
  input: { create: boolean; parent: Partial<ParentRow<K>>; version: VersionRow<K> },
): Promise<number> {
  const t = VERSIONED[kind];
  const [latest] = await tx
    .select({ version: sql<number | null>`max(${t.versions.version})` })
    .from(t.versions)
    .where(eq(t.of, id));
  const version = Number(latest?.version ?? 0) + 1;
  if (input.create)
    await tx.insert(t.parent).values({ ...input.parent, id, currentVersion: version } as never);
  else
    await tx
      .update(t.parent)
      .set({ ...input.parent, currentVersion: version, updatedAt: new Date() } as never)
      .where(eq(t.parent.id, id));
  await tx.insert(t.versions).values({
    ...input.version,
    [t.key]: id,
    version,
    hash: versionHash(kind, input.version as unknown as { definition: unknown }),
  } as never);
  return version;
}

/**
 * As `addVersion`, unless the version would be the current one again (same hash): then the
 * parent row is updated with `parent`'s fields and keeps its current version.
 */
export async function addVersionIfChanged<K extends VersionedKind>(
  tx: Tx,
  kind: K,
  id: string,
  input: { create: boolean; parent: Partial<ParentRow<K>>; version: VersionRow<K> },
): Promise<{ version: number; unchanged: boolean }> {
  const t = VERSIONED[kind];
  const [current] = input.create
    ? []
    : await tx
        .select({ version: t.parent.currentVersion, hash: t.versions.hash })
        .from(t.parent)
        .innerJoin(
          t.versions,
          and(eq(t.of, t.parent.id), eq(t.versions.version, t.parent.currentVersion)),
        )
        .where(eq(t.parent.id, id));
  if (
    current &&
    current.hash === versionHash(kind, input.version as unknown as { definition: unknown })
  ) {
    await tx
      .update(t.parent)
      .set({ ...input.parent, updatedAt: new Date() } as never)
      .where(eq(t.parent.id, id));
    return { version: current.version ?? 0, unchanged: true };
  }
  return { version: await addVersion(tx, kind, id, input), unchanged: false };
}

/**
 * Gives every quiz whose current version holds the changed item or case a new version, built by
 * `rebuildQuiz` (null: the quiz does not hold it). Attempts keep the version they started on.
 */
export async function reversionQuizzes(
  tx: Tx,
  input: {
    rebuildQuiz: (definition: unknown) => unknown | null;
  },
) {
  const current = await currentQuizzes(tx).for('update', { of: quizzes });
  const changed: Array<{ quizId: string; version: number }> = [];
  for (const quiz of current) {
    const definition = input.rebuildQuiz(quiz.definition);
    if (definition === null) continue;
    const version = await addVersion(tx, 'quiz', quiz.quizId, {
      create: false,
      parent: {},
      version: {
        definition,
        settings: quiz.settings,
        source: 'author',
      },
    });
    changed.push({ quizId: quiz.quizId, version });
  }
  return changed;
}

/**
 * Quizzes joined to their current versions: the one way a quiz's current definition and
 * settings are read.
 */
export function currentQuizzes(db: Database | Tx) {
  return db
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
    );
}

/** Every quiz's current version, for the quizzes an item change may touch. */
export function listCurrentQuizVersions(db: Database) {
  return currentQuizzes(db).orderBy(quizzes.id);
}
