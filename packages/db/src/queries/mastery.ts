import { and, eq, sql } from 'drizzle-orm';
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
  // The objectives go as one parameter, so the statement's text is the same however many.
  const where = objectiveIds
    ? and(
        eq(objectiveMastery.userId, userId),
        sql`${objectiveMastery.objectiveId} in (
          select jsonb_array_elements_text(${JSON.stringify(objectiveIds)}::jsonb))`,
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

/**
 * Writes new states (insert or replace), in one statement whose text does not depend on how
 * many there are (the records go as one JSON parameter), in objective order.
 */
export async function saveMastery(
  db: Pick<Database, 'execute'>,
  { userId, records }: { userId: string; records: MasteryRecord[] },
) {
  if (records.length === 0) return;
  const rows = records.map((r) => ({
    objective_id: r.objectiveId,
    level: r.level,
    due: r.due.toISOString(),
    state: r.state,
  }));
  await db.execute(sql`
    insert into objective_mastery as m (user_id, objective_id, level, due, state, updated_at)
    select ${userId}, r.objective_id, r.level, r.due, r.state, now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(objective_id text, level text, due timestamptz, state jsonb)
    order by r.objective_id
    on conflict (user_id, objective_id) do update set
      level = excluded.level, due = excluded.due, state = excluded.state,
      updated_at = excluded.updated_at`);
}
