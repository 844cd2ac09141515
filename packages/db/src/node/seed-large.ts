import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** Turns the rollup triggers off for a bulk load (the rollups are rebuilt after), or on again. */
async function setRollupTriggers(db: Database, on: boolean) {
  const state = on ? sql.raw('enable') : sql.raw('disable');
  await db.execute(sql`alter table attempts ${state} trigger attempts_rollup`);
  await db.execute(sql`alter table lesson_progress ${state} trigger lesson_progress_rollup`);
  await db.execute(sql`alter table attempt_items ${state} trigger attempt_items_stamp`);
  await db.execute(sql`alter table attempt_items ${state} trigger attempt_items_rollup`);
  await db.execute(sql`alter table attempts ${state} trigger attempts_daily`);
  await db.execute(sql`alter table lesson_progress ${state} trigger lesson_progress_daily`);
}

export interface LargeCohortOptions {
  cohortId?: string;
  learners?: number;
  attempts?: number;
  days?: number;
  /** Items answered per synthetic attempt. */
  itemsPerAttempt?: number;
}

/**
 * A realistic synthetic cohort for dashboards and their benchmarks: `learners` accounts in one
 * enrolled cohort, lesson progress spread over `days` (faster learners further along), and
 * `attempts` submitted quiz attempts with per-item scores whose difficulty varies by item and
 * whose success grows with the learner's ability — all written set-based in SQL, no row loops.
 * The attempts carry scores, not answers: they are for statistics, not for review pages.
 * Re-running replaces the cohort's data.
 */
export async function seedLargeCohort(db: Database, options: LargeCohortOptions = {}) {
  const cohortId = options.cohortId ?? 'large';
  const learners = options.learners ?? 10_000;
  const attempts = options.attempts ?? 200_000;
  const days = options.days ?? 90;
  const perAttempt = options.itemsPerAttempt ?? 10;
  const timings: Record<string, number> = {};
  const step = async (name: string, query: ReturnType<typeof sql>) => {
    const start = performance.now();
    await db.execute(query);
    timings[name] = Math.round(performance.now() - start);
  };
  const prefix = `${cohortId}-u`;

  await step('clear', sql`delete from "user" where id like ${`${prefix}%`} and role = 'learner'`);
  await step(
    'cohort',
    sql`insert into cohorts (id, name, course_id, opens_at, due_at)
        select ${cohortId}, 'Synthetic cohort', c.id, now() - make_interval(days => ${days}),
               now() + make_interval(days => 30)
        from courses c order by c.id limit 1
        on conflict (id) do update set opens_at = excluded.opens_at, due_at = excluded.due_at,
          course_id = excluded.course_id`,
  );
  // Each learner has an "ability" in [0, 1) from a hash of their number, so reruns agree.
  await step(
    'learners',
    sql`insert into "user" (id, name, email, email_verified, role, created_at, updated_at)
        select ${prefix} || n, 'Learner ' || n, ${prefix} || n || '@synthetic.test', true, 'learner',
               now() - make_interval(days => ${days}), now()
        from generate_series(1, ${learners}) n`,
  );
  await step(
    'members',
    sql`insert into cohort_members (cohort_id, user_id, role)
        select ${cohortId}, ${prefix} || n, 'learner' from generate_series(1, ${learners}) n
        on conflict do nothing`,
  );
  try {
    // Bulk loads skip the per-row rollup triggers and rebuild the rollups in one pass after.
    await setRollupTriggers(db, false);
    await step(
      'progress',
      sql`with lesson as (
            select l.id, row_number() over (order by m.position, l.position) as k,
                   count(*) over () as total
            from lessons l join modules m on m.id = l.module_id where l.retired_at is null),
          learner as (
            select n, ${prefix} || n as id,
                   (hashtext('ability' || n) & 1023) / 1024.0 as ability
            from generate_series(1, ${learners}) n)
          insert into lesson_progress (user_id, lesson_id, started_at, completed_at, position, last_viewed_at)
          select learner.id, lesson.id,
                 now() - make_interval(days => ${days}) + make_interval(secs => (lesson.k * ${days} * 86400.0 / lesson.total) * (1.2 - learner.ability)),
                 case when lesson.k < (learner.ability * 1.3) * lesson.total
                      then now() - make_interval(days => ${days}) + make_interval(secs => (lesson.k * ${days} * 86400.0 / lesson.total) * (1.2 - learner.ability) + 3600)
                 end,
                 case when lesson.k < (learner.ability * 1.3) * lesson.total then 1 else 0.4 end,
                 now() - make_interval(days => ${days}) + make_interval(secs => (lesson.k * ${days} * 86400.0 / lesson.total) * (1.2 - learner.ability) + 3600)
          from learner join lesson on lesson.k <= (learner.ability * 1.3 + 0.1) * lesson.total`,
    );
    await step(
      'attempts',
      sql`with quiz as (
            select q.id, q.current_version as version, row_number() over (order by q.id) - 1 as k,
                   count(*) over () as total
            from quizzes q),
          a as (
            select n, ${prefix} || (1 + (hashtext('who' || n) & 2147483647) % ${learners}) as user_id,
                   (hashtext('quiz' || n) & 2147483647) as h,
                   (hashtext('when' || n) & 2147483647) % (${days} * 86400) as secs
            from generate_series(1, ${attempts}) n)
          insert into attempts (id, user_id, quiz_id, quiz_version, seed, state, responses, sequence,
                                started_at, submitted_at, submit_reason, points, max_points, fraction,
                                pending, result)
          select ${`${cohortId}-a`} || a.n, a.user_id, quiz.id, quiz.version, 'synthetic', 'submitted',
                 '{}'::jsonb, 1,
                 now() - make_interval(secs => a.secs + 900), now() - make_interval(secs => a.secs),
                 'submitted', 0, ${perAttempt}, 0, false, '{}'::jsonb
          from a join quiz on quiz.k = a.h % quiz.total`,
    );
    // Item scores: each item has a difficulty, each learner an ability; the chance of a right
    // answer rises with ability minus difficulty (a Rasch-like curve, so discrimination is real).
    await step(
      'attempt items',
      sql`with items_of as (
            select q.id as quiz_id, array_agg(i.id order by i.id) as ids
            from quizzes q join items i on i.id = any (
              select jsonb_path_query(v.definition, 'lax $.** ? (exists (@.prompt)).id') #>> '{}'
              from quiz_versions v where v.quiz_id = q.id and v.version = q.current_version)
            group by q.id),
          picked as (
            select a.id as attempt_id, s.slot, items_of.ids[1 + ((hashtext(a.id || s.slot) & 2147483647) % cardinality(items_of.ids))] as item_id,
                   (hashtext('ability' || substr(a.user_id, ${prefix.length + 1})) & 1023) / 1024.0 as ability
            from attempts a
            join items_of on items_of.quiz_id = a.quiz_id
            cross join generate_series(1, ${perAttempt}) s(slot)
            where a.id like ${`${cohortId}-a%`})
          insert into attempt_items (attempt_id, slot, item_id, fraction, points, max_points, pending, graded_by)
          select attempt_id, 's1.' || slot, item_id, score, score, 1, false, 'auto'
          from (
            select attempt_id, slot, item_id,
                   case when random() < 1 / (1 + exp(-6 * (ability - ((hashtext('difficulty' || item_id) & 1023) / 1024.0))))
                        then 1.0 else 0.0 end as score
            from picked) scored
          on conflict do nothing`,
    );
    await step(
      'attempt totals',
      sql`update attempts a set points = t.points, fraction = t.points / ${perAttempt},
            result = jsonb_build_object('passed', t.points / ${perAttempt} >= 0.7)
          from (select attempt_id, sum(fraction) as points from attempt_items
                where attempt_id like ${`${cohortId}-a%`} group by attempt_id) t
          where a.id = t.attempt_id`,
    );
  } finally {
    // Whatever happened above, the triggers are on again before anyone else writes.
    await setRollupTriggers(db, true);
  }
  await step('rollups', sql`select rebuild_learner_rollups()`);
  await step('item stats', sql`select rebuild_item_stats()`);
  await step('daily activity', sql`select rebuild_cohort_daily()`);
  await step('analyze', sql`analyze`);
  return { cohortId, learners, attempts, timings };
}
