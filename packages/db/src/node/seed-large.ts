import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { GUARD_FILES, likePrefix } from './sql-files';

/**
 * Turns off, or on again, every trigger a rollup or event file in packages/db/sql made (named
 * `<file>__<what>`; the guards stay on): a bulk load rebuilds the rollups after, in one pass each,
 * and records no events.
 */
async function setRollupTriggers(db: Database, on: boolean) {
  const guards = sql.raw(GUARD_FILES.map((f) => `t.tgname like '${likePrefix(f)}'`).join(' or '));
  const rows = await db.execute<{ trigger: string; table: string }>(sql`
    select t.tgname as trigger, c.relname as table
    from pg_trigger t join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace
    where not t.tgisinternal and n.nspname = 'public' and t.tgname like '%\\_\\_%'
      and not (${guards})
    order by 2, 1`);
  const state = on ? 'enable' : 'disable';
  for (const { trigger, table } of rows)
    await db.execute(sql.raw(`alter table "${table}" ${state} trigger "${trigger}"`));
}

/** Papers per quiz: a quiz with pool draws gets this many different ones. */
const VARIANTS = 8;

export interface LargeCohortOptions {
  cohortId?: string;
  learners?: number;
  attempts?: number;
  days?: number;
  /** At most this many slots of each paper are answered per synthetic attempt. */
  itemsPerAttempt?: number;
  /**
   * Recomputes every learner's quiz grades from the attempts (the api's `rebuildQuizGrades`: the
   * grading rule lives in quiz-engine, not in SQL); run while the bulk triggers are still off.
   */
  rebuildGrades: (db: Database) => Promise<unknown>;
}

/**
 * A realistic synthetic cohort for dashboards and their benchmarks: `learners` accounts in one
 * enrolled cohort, lesson progress spread over `days` (faster learners further along), and
 * `attempts` submitted quiz attempts with per-item scores whose difficulty varies by item and
 * whose success grows with the learner's ability — all written set-based in SQL, no row loops.
 * The attempts carry scores, not answers: they are for statistics, not for review pages.
 * Re-running replaces the cohort's data.
 */
export async function seedLargeCohort(db: Database, options: LargeCohortOptions) {
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
    // The papers: each quiz's published version as a form of slots (its sections' items and
    // cases in order, slot ids as quiz-engine numbers them), with pool draws resolved in one of
    // eight variants per quiz, so a drawn final has several papers as it does for real.
    await db.execute(sql`drop table if exists synthetic_form`);
    await db.execute(sql`create unlogged table synthetic_form (
      quiz_id text, variant integer, slot text, item_id text, case_id text, points float8,
      wrong text[], right_option text, primary key (quiz_id, variant, slot))`);
    await step(
      'papers',
      sql`insert into synthetic_form
          with version as (
            select q.id as quiz_id, v.definition as d
            from quizzes q join quiz_versions v on v.quiz_id = q.id and v.version = q.current_version),
          variant as (select generate_series(0, ${VARIANTS - 1}) as variant),
          entry as (
            select version.quiz_id, s.i, e.j, e.entry
            from version,
                 jsonb_array_elements(version.d->'sections') with ordinality s(sec, i),
                 jsonb_array_elements(s.sec->'entries') with ordinality e(entry, j)),
          chosen as (
            select quiz_id, variant, i, j, 0::bigint as k, entry->>'kind' as kind,
                   coalesce(entry->'item', entry->'case') as obj
            from entry cross join variant where entry->>'kind' <> 'draw'
            union all
            select en.quiz_id, variant.variant, en.i, en.j, p.k,
                   case when en.entry->>'from' = 'cases' then 'case' else 'item' end, p.x
            from entry en cross join variant
            cross join lateral (
              select row_number() over (order by hashtext(variant.variant || (x->>'id'))) as k, x
              from version v2, jsonb_array_elements(v2.d->'pool'->(en.entry->>'from')) x
              where v2.quiz_id = en.quiz_id
              order by 1 limit (en.entry->>'count')::int) p
            where en.entry->>'kind' = 'draw'),
          positioned as (
            select *, row_number() over (partition by quiz_id, variant, i order by j, k) as e
            from chosen),
          slot as (
            select quiz_id, variant, i, e, 0::bigint as c, 's' || i || '.' || e as slot,
                   obj as item, null::text as case_id
            from positioned where kind = 'item'
            union all
            select quiz_id, variant, i, e, ci.n, 's' || i || '.' || e || '.' || ci.n, ci.item,
                   obj->>'id'
            from positioned, jsonb_array_elements(obj->'items') with ordinality ci(item, n)
            where kind = 'case')
          select quiz_id, variant, slot, item->>'id' as item_id, case_id,
                 coalesce((item->>'points')::float8, 1) as points,
                 case when item->>'type' = 'choice' then
                   (select array_agg(o->>'id' order by n) from jsonb_array_elements(item->'options')
                      with ordinality x(o, n)
                    where (o->>'fraction')::float8 is distinct from 1) end as wrong,
                 case when item->>'type' = 'choice' then
                   (select o->>'id' from jsonb_array_elements(item->'options') o
                    where (o->>'fraction')::float8 = 1 limit 1) end as right_option
          from (select *, row_number() over (partition by quiz_id, variant order by i, e, c) as seq
                from slot) numbered
          where seq <= ${perAttempt}`,
    );
    // Item scores: each item has a difficulty, each learner an ability; the chance of a right
    // answer rises with ability minus difficulty (a Rasch-like curve, so discrimination is real).
    // A wrong answer to a choice item picks a distractor, the first ones more often than the last.
    await step(
      'attempt items',
      sql`with answered as (
            select a.id as attempt_id, f.slot, f.item_id, f.case_id, f.points, f.wrong, f.right_option,
                   (hashtext('ability' || substr(a.user_id, ${prefix.length + 1})) & 1023) / 1024.0 as ability,
                   (hashtext('pick' || a.id || f.slot) & 1023) / 1024.0 as u
            from attempts a
            join synthetic_form f on f.quiz_id = a.quiz_id
              and f.variant = (hashtext('paper' || a.id) & 2147483647) % ${VARIANTS}
            where a.id like ${`${cohortId}-a%`}),
          scored as (
            select *, case when random() < 1 / (1 + exp(-6 * (ability - ((hashtext('difficulty' || item_id) & 1023) / 1024.0))))
                           then 1.0 else 0.0 end as score
            from answered)
          insert into attempt_items (attempt_id, slot, item_id, case_id, fraction, points, max_points,
                                     pending, graded_by, picks)
          select attempt_id, slot, item_id, case_id, score, score * points, points, false, 'auto',
                 case when right_option is null then null
                      when score = 1 then array[right_option]
                      else array[wrong[1 + floor(u * u * cardinality(wrong))::int]] end
          from scored`,
    );
    await step(
      'attempt totals',
      sql`update attempts a set points = t.points, max_points = t.max_points,
            fraction = t.points / t.max_points,
            result = jsonb_build_object('passed', t.points / t.max_points >= 0.7)
          from (select attempt_id, sum(points) as points, sum(max_points) as max_points
                from attempt_items
                where attempt_id like ${`${cohortId}-a%`} group by attempt_id) t
          where a.id = t.attempt_id`,
    );
    await db.execute(sql`drop table synthetic_form`);
    // Mastery: a level per learner and objective, higher for abler learners and for objectives
    // early in the course.
    await step(
      'mastery',
      sql`with objective as (
            select o.id, row_number() over (order by m.position, l.position, o.id) as k,
                   count(*) over () as total
            from objectives o join lessons l on l.id = o.lesson_id join modules m on m.id = l.module_id
            where o.retired_at is null),
          learner as (
            select ${prefix} || n as id, (hashtext('ability' || n) & 1023) / 1024.0 as ability
            from generate_series(1, ${learners}) n),
          reached as (
            select learner.id as user_id, objective.id as objective_id,
                   learner.ability * 1.3 - objective.k::float8 / objective.total
                     + ((hashtext(learner.id || objective.id) & 255) / 255.0 - 0.5) * 0.4 as margin
            from learner cross join objective)
          insert into objective_mastery (user_id, objective_id, level, due, state, updated_at)
          select user_id, objective_id,
                 case when margin > 0.6 then 'mastered' when margin > 0.35 then 'proficient'
                      when margin > 0.15 then 'familiar' else 'attempted' end,
                 now() + make_interval(days => 1 + (hashtext(objective_id || user_id) & 15)),
                 '{}'::jsonb, now()
          from reached where margin > -0.1
          on conflict do nothing`,
    );
    // With the score-band trigger still off: the rebuilds replace every learner_quiz_stats and
    // learner_quiz_grades row.
    await step('rollups', sql`select rebuild_learner_rollups()`);
    const started = performance.now();
    await options.rebuildGrades(db);
    timings.grades = Math.round(performance.now() - started);
  } finally {
    // Whatever happened above, the triggers are on again before anyone else writes.
    await setRollupTriggers(db, true);
  }
  await step('item stats', sql`select rebuild_item_stats()`);
  await step('daily activity', sql`select rebuild_cohort_daily()`);
  await step('mastery counts', sql`select rebuild_cohort_mastery()`);
  await step('funnel and score bands', sql`select rebuild_cohort_funnel()`);
  await step('analyze', sql`analyze`);
  return { cohortId, learners, attempts, timings };
}
