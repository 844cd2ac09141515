/** What a new item or case version sets off: the quizzes that hold it get a new version too. */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { quizVersions, quizzes } from '../schema';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Gives every quiz whose current version holds the changed item or case a new version, built by
 * `rebuildQuiz` (null: the quiz does not hold it). Attempts keep the version they started on.
 */
export async function reversionQuizzes(
  tx: Tx,
  input: {
    rebuildQuiz: (definition: unknown) => unknown | null;
    hashQuiz: (definition: unknown, settings: unknown) => string;
  },
) {
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

/** Every quiz's current version, for the quizzes an item change may touch. */
export function listCurrentQuizVersions(db: Database) {
  return db
    .select({
      quizId: quizzes.id,
      title: quizzes.title,
      kind: quizzes.kind,
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
