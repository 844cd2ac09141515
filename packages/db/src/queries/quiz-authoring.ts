/** Quizzes built in apps/admin: the bank they draw on, and publishing a version. */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { attempts, items, itemVersions, quizzes } from '../schema';
import { audit } from './audit';
import { listCurrentCases } from './cases';
import { addVersion } from './versioning';

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
    const version = await addVersion(tx, 'quiz', input.quizId, {
      create: !row,
      parent: { title: input.title, kind: input.kind, moduleId: input.moduleId },
      version: {
        definition: input.definition,
        settings: input.settings,
        source: 'author',
      },
    });
    await audit(
      tx,
      input.actorId,
      input.create ? 'quiz.create' : 'quiz.publish',
      ['quiz', input.quizId],
      { details: { version } },
    );
    return { version };
  });
}
