import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { objectiveMastery } from '../schema';

export interface MasteryRecord {
  objectiveId: string;
  level: string;
  due: Date;
  state: unknown;
}

/** The learner's stored mastery states (all, or for some objectives). */
export async function getMastery(
  db: Pick<Database, 'select'>,
  { userId, objectiveIds }: { userId: string; objectiveIds?: string[] },
) {
  const where = objectiveIds
    ? and(
        eq(objectiveMastery.userId, userId),
        inArray(objectiveMastery.objectiveId, objectiveIds.length ? objectiveIds : ['']),
      )
    : eq(objectiveMastery.userId, userId);
  return db
    .select({
      objectiveId: objectiveMastery.objectiveId,
      level: objectiveMastery.level,
      due: objectiveMastery.due,
      state: objectiveMastery.state,
    })
    .from(objectiveMastery)
    .where(where);
}

/** Writes new states (insert or replace), in one statement. */
export async function saveMastery(
  db: Pick<Database, 'insert'>,
  { userId, records }: { userId: string; records: MasteryRecord[] },
) {
  if (records.length === 0) return;
  await db
    .insert(objectiveMastery)
    .values(records.map((r) => ({ userId, ...r, updatedAt: new Date() })))
    .onConflictDoUpdate({
      target: [objectiveMastery.userId, objectiveMastery.objectiveId],
      set: {
        level: sql`excluded.level`,
        due: sql`excluded.due`,
        state: sql`excluded.state`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
