/**
 * A cohort's dashboard, each part one SQL aggregate over its learners (indexed joins; no
 * per-learner loop in JavaScript): the completion funnel, quiz score distributions, daily
 * activity, and each learner's standing for the at-risk list.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import type { PairSums } from '../schema';

const learnersOf = (cohortId: string) =>
  sql`select user_id from cohort_members where cohort_id = ${cohortId} and role = 'learner'`;

/**
 * Per lesson, in course order: how many of the cohort's learners completed it, from the
 * `cohort_lesson_done` rollup (kept by triggers; its shards summed).
 */
export async function cohortFunnel(
  db: Database,
  { cohortId, courseId }: { cohortId: string; courseId: string },
) {
  const rows = await db.execute<{
    lesson_id: string;
    lesson_title: string;
    module_id: string;
    module_title: string;
    completed: number;
  }>(sql`
    with done as (
      select lesson_id, sum(learners)::int as n from cohort_lesson_done
      where cohort_id = ${cohortId} group by lesson_id)
    select l.id as lesson_id, l.title as lesson_title, m.id as module_id, m.title as module_title,
      coalesce(done.n, 0) as completed
    from lessons l join modules m on m.id = l.module_id
    left join done on done.lesson_id = l.id
    where m.course_id = ${courseId} and l.retired_at is null
    order by m.position, l.position`);
  return rows.map((r) => ({
    lessonId: r.lesson_id,
    lessonTitle: r.lesson_title,
    moduleId: r.module_id,
    moduleTitle: r.module_title,
    completed: Number(r.completed),
  }));
}

/**
 * Per quiz: how many of the cohort's learners have a grade on it, their mean grade, and the
 * distribution of grades in the score bands (`score_band()` in packages/db/sql/helpers.sql: ten,
 * 0–10 %, …, 90–100 %), from the `cohort_quiz_bands` rollup (packages/db/sql/cohort_funnel.sql).
 */
export async function cohortQuizScores(db: Database, { cohortId }: { cohortId: string }) {
  const rows = await db.execute<{
    quiz_id: string;
    title: string;
    band: number;
    bands: number;
    n: number;
    learners: number;
    mean: number;
  }>(sql`
    select b.quiz_id, q.title, b.band, score_band_count() as bands, sum(b.learners)::int as n,
      sum(sum(b.learners)) over (partition by b.quiz_id) as learners,
      sum(sum(b.sum_best)) over (partition by b.quiz_id)
        / sum(sum(b.learners)) over (partition by b.quiz_id) as mean
    from cohort_quiz_bands b
    join quizzes q on q.id = b.quiz_id
    where b.cohort_id = ${cohortId}
    group by b.quiz_id, q.title, b.band
    having sum(b.learners) > 0
    order by q.title, b.band`);
  const quizzes = new Map<
    string,
    { quizId: string; title: string; learners: number; mean: number; bands: number[] }
  >();
  for (const r of rows) {
    let quiz = quizzes.get(r.quiz_id);
    if (!quiz) {
      quiz = {
        quizId: r.quiz_id,
        title: r.title,
        learners: Number(r.learners),
        mean: Number(r.mean),
        bands: Array(Number(r.bands)).fill(0),
      };
      quizzes.set(r.quiz_id, quiz);
    }
    quiz.bands[Number(r.band)] = Number(r.n);
  }
  return [...quizzes.values()];
}

/** Lessons completed and attempts submitted by the cohort's learners per UTC day, the last `days` days. */
export async function cohortActivity(
  db: Database,
  { cohortId, days = 60 }: { cohortId: string; days?: number },
) {
  // The cohort_daily rollup (kept by triggers): a row per active day and shard.
  const rows = await db.execute<{ day: string; lessons: number; attempts: number }>(sql`
    select d.day::date::text as day, coalesce(c.lessons, 0) as lessons,
           coalesce(c.attempts, 0) as attempts
    from generate_series((now() at time zone 'utc')::date - ${days - 1}::int,
                         (now() at time zone 'utc')::date, interval '1 day') d(day)
    left join (
      select day, sum(lessons) as lessons, sum(attempts) as attempts from cohort_daily
      where cohort_id = ${cohortId}
        and day >= (now() at time zone 'utc')::date - ${days - 1}::int
      group by day) c on c.day = d.day::date
    order by d.day`);
  return rows.map((r) => ({
    day: r.day,
    lessons: Number(r.lessons),
    attempts: Number(r.attempts),
  }));
}

/**
 * Each learner's standing — lessons done, last activity, most failed attempts on one quiz — from
 * the `learner_activity` rollup (kept by triggers), one indexed row per learner, with the
 * due-date shift of their accommodation (their own, else the cohort's) that moves their pace.
 */
export async function cohortStanding(db: Database, { cohortId }: { cohortId: string }) {
  const rows = await db.execute<{
    user_id: string;
    name: string;
    email: string;
    completed: number;
    last_active: Date | string | null;
    most_fails: number;
    below_pass: number;
    due_shift_days: number;
  }>(sql`
    select u.id as user_id, u.name, u.email,
      coalesce(la.lessons_completed, 0) as completed, la.last_active,
      coalesce(la.most_fails, 0) as most_fails,
      (select count(*)::int from learner_quiz_grades g
        where g.user_id = m.user_id and g.passed = false) as below_pass,
      coalesce(own.due_shift_days, whole.due_shift_days, 0) as due_shift_days
    from cohort_members m
    join "user" u on u.id = m.user_id
    left join learner_activity la on la.user_id = m.user_id
    left join accommodations own on own.user_id = m.user_id
    left join accommodations whole on whole.cohort_id = m.cohort_id
    where m.cohort_id = ${cohortId} and m.role = 'learner'
    order by u.name, u.email`);
  return rows.map((r) => ({
    userId: r.user_id,
    name: r.name,
    email: r.email,
    lessonsCompleted: Number(r.completed),
    lastActive: r.last_active === null ? null : new Date(r.last_active),
    mostFailsOnOneQuiz: Number(r.most_fails),
    /** Quizzes whose grade is below their pass mark (`learner_quiz_grades`). */
    quizzesBelowPass: Number(r.below_pass),
    /** The learner's due-date shift (their own accommodation, else the cohort's). */
    dueShiftDays: Number(r.due_shift_days),
  }));
}

/**
 * The gradebook of a cohort: per learner, per quiz, their grade (`learner_quiz_grades`: the grading
 * method of the attempts' own versions, pending attempts waiting), and the share of lessons
 * completed.
 */
export async function cohortGradebook(
  db: Database,
  { cohortId, courseId }: { cohortId: string; courseId: string },
) {
  const quizzes = await db.execute<{ quiz_id: string; title: string }>(sql`
    select q.id as quiz_id, q.title from quizzes q order by q.module_id nulls last, q.id`);
  // The grades as quiz-engine's quizGrade decides them (stored by every write that scores).
  const grades = await db.execute<{ user_id: string; quiz_id: string; grade: number }>(sql`
    select g.user_id, g.quiz_id, g.fraction as grade from learner_quiz_grades g
    where g.fraction is not null and g.user_id in (${learnersOf(cohortId)})`);
  const learners = await db.execute<{
    user_id: string;
    name: string;
    email: string;
    done: number;
    total: number;
  }>(sql`
    select u.id as user_id, u.name, u.email,
      (select count(*)::int from lesson_progress lp join lessons l on l.id = lp.lesson_id
        join modules m on m.id = l.module_id
        where lp.user_id = u.id and lp.completed_at is not null and m.course_id = ${courseId}) as done,
      (select count(*)::int from lessons l join modules m on m.id = l.module_id
        where m.course_id = ${courseId} and l.retired_at is null) as total
    from cohort_members cm join "user" u on u.id = cm.user_id
    where cm.cohort_id = ${cohortId} and cm.role = 'learner'
    order by u.name, u.email`);
  const byLearner = new Map<string, Map<string, number>>();
  for (const g of grades) {
    const row = byLearner.get(g.user_id) ?? new Map<string, number>();
    row.set(g.quiz_id, Number(g.grade));
    byLearner.set(g.user_id, row);
  }
  return {
    quizzes: quizzes.map((q) => ({ quizId: q.quiz_id, title: q.title })),
    learners: learners.map((l) => ({
      userId: l.user_id,
      name: l.name,
      email: l.email,
      completion: Number(l.total) > 0 ? Number(l.done) / Number(l.total) : 0,
      grades: byLearner.get(l.user_id) ?? new Map<string, number>(),
    })),
  };
}

/** A learner's submitted attempts, newest first, with their score breakdown (for staff). */
export async function learnerAttempts(db: Database, { userId }: { userId: string }) {
  const rows = await db.execute<{
    attempt_id: string;
    quiz_id: string;
    title: string;
    submitted_at: Date | string | null;
    points: number | null;
    max_points: number | null;
    fraction: number | null;
    pending: boolean;
    breakdown: string[] | null;
  }>(sql`
    select a.id as attempt_id, a.quiz_id, q.title, a.submitted_at, a.points, a.max_points,
      a.fraction, a.pending, a.result->'breakdown' as breakdown
    from attempts a join quizzes q on q.id = a.quiz_id
    where a.user_id = ${userId} and a.state = 'submitted'
    order by a.submitted_at desc
    limit 200`);
  return rows.map((r) => ({
    attemptId: r.attempt_id,
    quizId: r.quiz_id,
    title: r.title,
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
    points: r.points === null ? null : Number(r.points),
    maxPoints: r.max_points === null ? null : Number(r.max_points),
    fraction: r.fraction === null ? null : Number(r.fraction),
    pending: r.pending,
    breakdown: Array.isArray(r.breakdown) ? r.breakdown : [],
  }));
}

const num = (value: unknown) => Number(value);

/** A key's pair sums over its shards (item_stats, case_stats). */
const SUM_PAIRS = sql.raw(
  'sum(n) as n, sum(sx) as sx, sum(sxx) as sxx, sum(sy) as sy, sum(syy) as syy, sum(sxy) as sxy',
);

/**
 * Every item-analysis rollup of one quiz, read by primary key and summed over shards: per item
 * the item_stats sums
 * (with its definition as published now, to name options and the key), per item and option the
 * pick counts, per case its sums, and the totals and item points behind Cronbach's alpha.
 */
export async function quizAnalysisSums(db: Database, { quizId }: { quizId: string }) {
  const [items, options, cases, totals, points] = await Promise.all([
    db.execute<
      PairSums & { item_id: string; type: string | null; definition: unknown; picked: number }
    >(sql`
      select s.item_id, i.type, v.definition, s.n, s.sx, s.sxx, s.sy, s.syy, s.sxy, s.picked
      from (
        select item_id, ${SUM_PAIRS}, sum(picked) as picked
        from item_stats where quiz_id = ${quizId}
        group by item_id having sum(n) > 0) s
      left join items i on i.id = s.item_id
      left join item_versions v on v.item_id = i.id and v.version = i.current_version
      order by s.item_id`),
    db.execute<{ item_id: string; option_id: string; n: number; sy: number }>(sql`
      select item_id, option_id, sum(n) as n, sum(sy) as sy from item_option_stats
      where quiz_id = ${quizId}
      group by item_id, option_id having sum(n) > 0`),
    db.execute<PairSums & { case_id: string; title: string | null }>(sql`
      select s.case_id, v.definition->>'title' as title, s.n, s.sx, s.sxx, s.sy, s.syy, s.sxy
      from (
        select case_id, ${SUM_PAIRS}
        from case_stats where quiz_id = ${quizId}
        group by case_id having sum(n) > 0) s
      left join cases c on c.id = s.case_id
      left join case_versions v on v.case_id = c.id and v.version = c.current_version
      order by s.case_id`),
    db.execute<{ n: number; st: number; stt: number }>(sql`
      select sum(n) as n, sum(st) as st, sum(stt) as stt from quiz_score_stats
      where quiz_id = ${quizId} having count(*) > 0`),
    db.execute<{ item_id: string; n: number; sp: number; spp: number }>(sql`
      select item_id, sum(n) as n, sum(sp) as sp, sum(spp) as spp from quiz_item_points
      where quiz_id = ${quizId}
      group by item_id having sum(n) > 0`),
  ]);
  const sums = (r: PairSums): PairSums => ({
    n: num(r.n),
    sx: num(r.sx),
    sxx: num(r.sxx),
    sy: num(r.sy),
    syy: num(r.syy),
    sxy: num(r.sxy),
  });
  const total = totals[0];
  return {
    items: items.map((r) => ({
      itemId: r.item_id,
      type: r.type,
      definition: r.definition,
      sums: sums(r),
      picked: num(r.picked),
      options: options
        .filter((o) => o.item_id === r.item_id)
        .map((o) => ({ optionId: o.option_id, n: num(o.n), sy: num(o.sy) })),
    })),
    cases: cases.map((r) => ({ caseId: r.case_id, title: r.title, sums: sums(r) })),
    total: total
      ? { n: num(total.n), st: num(total.st), stt: num(total.stt) }
      : { n: 0, st: 0, stt: 0 },
    itemPoints: points.map((r) => ({
      itemId: r.item_id,
      n: num(r.n),
      sp: num(r.sp),
      spp: num(r.spp),
    })),
  };
}

/**
 * How many of the cohort's learners stand at each mastery level, per objective, from the
 * cohort_mastery rollup (learners with no level on an objective are not counted: not started).
 */
export async function cohortMastery(db: Database, { cohortId }: { cohortId: string }) {
  const rows = await db.execute<{ objective_id: string; level: string; n: number }>(sql`
    select objective_id, level, sum(learners) as n
    from cohort_mastery
    where cohort_id = ${cohortId}
    group by objective_id, level having sum(learners) > 0`);
  return rows.map((r) => ({ objectiveId: r.objective_id, level: r.level, learners: Number(r.n) }));
}
