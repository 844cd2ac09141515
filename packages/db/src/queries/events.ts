import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/**
 * One page of a cohort's learning events (its learners' only), in the order they were written,
 * after `afterSeq`: the export walks the table by keyset, a page at a time.
 */
export async function cohortEventsPage(
  db: Database,
  { cohortId, afterSeq, limit }: { cohortId: string; afterSeq: number; limit: number },
) {
  const rows = await db.execute<{
    seq: string;
    id: string;
    user_id: string;
    user_name: string;
    verb: string;
    object_type: string;
    object_id: string;
    attempt_id: string | null;
    slot: string | null;
    result: unknown;
    occurred_at: string;
  }>(sql`
    select e.seq, e.id, e.user_id, u.name as user_name, e.verb, e.object_type, e.object_id,
           e.attempt_id, e.slot, e.result, e.occurred_at
    from learning_events e
    join cohort_members m on m.user_id = e.user_id and m.cohort_id = ${cohortId}
      and m.role = 'learner'
    join "user" u on u.id = e.user_id
    where e.seq > ${afterSeq}
    order by e.seq
    limit ${limit}`);
  return rows.map((r) => ({
    seq: Number(r.seq),
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    verb: r.verb,
    objectType: r.object_type,
    objectId: r.object_id,
    attemptId: r.attempt_id,
    slot: r.slot,
    result: r.result,
    occurredAt: new Date(r.occurred_at),
  }));
}

/** Titles of lessons and quizzes, and items' current prompts and types, by id. */
export async function activityNames(db: Database) {
  const [lessons, quizzes, items] = await Promise.all([
    db.execute<{ id: string; title: string }>(sql`select id, title from lessons`),
    db.execute<{ id: string; title: string }>(sql`select id, title from quizzes`),
    db.execute<{ id: string; type: string; prompt: string | null }>(sql`
      select i.id, i.type, v.definition->>'prompt' as prompt
      from items i join item_versions v on v.item_id = i.id and v.version = i.current_version`),
  ]);
  return {
    lessons: new Map(lessons.map((r) => [r.id, r.title])),
    quizzes: new Map(quizzes.map((r) => [r.id, r.title])),
    items: new Map(items.map((r) => [r.id, { type: r.type, prompt: r.prompt ?? '' }])),
  };
}
