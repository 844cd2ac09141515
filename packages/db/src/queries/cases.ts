/** Cases: listing, opening, and publishing with their items. */
import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { cases, caseVersions, items } from '../schema';
import { audit } from './audit';
import { likePattern } from './text-search';
import { addVersion, addVersionIfChanged, reversionQuizzes } from './versioning';

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
    const version = await addVersion(tx, 'case', input.caseId, {
      create: !row,
      parent: { moduleId: input.moduleId },
      version: {
        definition: input.definition,
        source: 'author',
      },
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
      await addVersionIfChanged(tx, 'item', item.id, {
        create: !existing,
        parent: {
          ...(existing ? {} : { moduleId: input.moduleId }),
          caseId: input.caseId,
          type: item.type,
          status: 'published',
        },
        version: {
          definition: item,
          objectives: item.objectives,
          source: 'author',
          createdBy: input.actorId,
          note: `published with case ${input.caseId}`,
        },
      });
    }
    const requizzed = await reversionQuizzes(tx, {
      rebuildQuiz: input.rebuildQuiz,
    });
    await audit(
      tx,
      input.actorId,
      input.create ? 'case.create' : 'case.publish',
      ['case', input.caseId],
      { details: { version, quizzes: requizzed } },
    );
    return { version, quizzes: requizzed };
  });
}
