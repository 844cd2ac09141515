/**
 * Every rollup in packages/db/sql, one row each: after every step of a scripted history
 * (submissions, an essay graded, a regrade, grades and levels, joins and leaves, a lesson undone,
 * a learner and a cohort deleted), what the triggers kept equals a full recount from the tables
 * it summarises; and after the history, `rebuild_<file>()` gives the same again.
 *
 * A recount here is the definition of its rollup, written from the source tables; changing a
 * rollup's rule changes its file and its recount here, nothing else. Each test writes under its
 * own id prefix, so any one of them runs alone.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { type CourseInput, syncCourse } from './node/seed';
import { sqlFiles } from './node/sql-files';
import { createTestDatabase } from './testing';

let db: Database;
let url: string;

const course: CourseInput = {
  slug: 'rollups',
  title: 'Rollups',
  description: 'Lessons for the rollup tests.',
  modules: [
    {
      slug: 'm',
      title: 'Module',
      summary: 'The only module.',
      lessons: ['a', 'b', 'c'].map((slug) => ({
        slug: `r-${slug}`,
        title: `Lesson ${slug}`,
        summary: `About ${slug}.`,
        minutes: 5,
        objectives: [{ id: `r.${slug}`, text: `Explain ${slug}.` }],
      })),
    },
  ],
};

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  await syncCourse(db, course);
});

/** One table a rollup keeps: its key, its values, and which rows belong to a test's prefix. */
interface Kept {
  table: string;
  key: string[];
  values: string[];
  /** The column that carries the test's prefix. */
  owner: string;
  /** Sharded: a key's rows are summed, and a key whose counts all net to 0 is no row at all. */
  sharded: boolean;
  /** The recount: a query of key and value columns over the source tables (`$p` = prefix). */
  recount: string;
}

interface Rollup {
  file: string;
  kept: Kept[];
}

// An attempt's items that count for the item analysis: graded, of a submitted attempt.
const graded = `
  select ai.*, a.quiz_id as q, a.points as total, a.max_points as total_max, a.fraction as whole
  from attempt_items ai join attempts a on a.id = ai.attempt_id
  where a.fraction is not null`;
// Attempts with nothing pending among their items.
const complete = `
  select attempt_id from attempt_items group by attempt_id having not bool_or(pending)`;

const ROLLUPS: Rollup[] = [
  {
    file: 'learner_rollups',
    kept: [
      {
        table: 'learner_quiz_stats',
        key: ['user_id', 'quiz_id'],
        values: ['best', 'submitted', 'fails'],
        owner: 'user_id',
        sharded: false,
        recount: `
          select user_id, quiz_id, max(fraction) as best, count(*) as submitted,
                 count(*) filter (where result->>'passed' = 'false') as fails
          from attempts where state = 'submitted' group by user_id, quiz_id`,
      },
      {
        table: 'learner_activity',
        key: ['user_id'],
        values: ['lessons_completed', 'last_active', 'most_fails'],
        owner: 'user_id',
        sharded: false,
        recount: `
          select u.id as user_id,
            (select count(*) from lesson_progress p
              where p.user_id = u.id and p.completed_at is not null) as lessons_completed,
            greatest((select max(last_viewed_at) from lesson_progress p where p.user_id = u.id),
                     (select max(started_at) from attempts a where a.user_id = u.id)) as last_active,
            coalesce((select max(n) from (
              select count(*) filter (where result->>'passed' = 'false') as n
              from attempts a where a.user_id = u.id and a.state = 'submitted'
              group by a.quiz_id) f), 0) as most_fails
          from "user" u
          where exists (select 1 from lesson_progress p where p.user_id = u.id)
             or exists (select 1 from attempts a where a.user_id = u.id)`,
      },
    ],
  },
  {
    file: 'item_stats',
    kept: [
      {
        table: 'item_stats',
        key: ['quiz_id', 'item_id'],
        values: ['n', 'sx', 'sxx', 'sy', 'syy', 'sxy', 'picked'],
        owner: 'quiz_id',
        sharded: true,
        recount: `
          select q as quiz_id, item_id, count(*) as n, sum(fraction) as sx,
                 sum(fraction * fraction) as sxx, sum(y) as sy, sum(y * y) as syy,
                 sum(fraction * y) as sxy, count(picks) as picked
          from (select g.*, case when total_max - max_points > 0
                                 then (total - points) / (total_max - max_points) else 0 end as y
                from (${graded}) g where not pending) r
          group by q, item_id`,
      },
      {
        table: 'item_option_stats',
        key: ['quiz_id', 'item_id', 'option_id'],
        values: ['n', 'sy'],
        owner: 'quiz_id',
        sharded: true,
        recount: `
          select g.q as quiz_id, g.item_id, coalesce(o.id, '') as option_id, count(*) as n,
                 sum(g.whole) as sy
          from (${graded}) g left join lateral unnest(g.picks) as o(id) on true
          where g.picks is not null and not g.pending
          group by g.q, g.item_id, coalesce(o.id, '')`,
      },
      {
        table: 'case_stats',
        key: ['quiz_id', 'case_id'],
        values: ['n', 'sx', 'sxx', 'sy', 'syy', 'sxy'],
        owner: 'quiz_id',
        sharded: true,
        recount: `
          select quiz_id, case_id, count(*) as n, sum(x) as sx, sum(x * x) as sxx, sum(y) as sy,
                 sum(y * y) as syy, sum(x * y) as sxy
          from (select g.q as quiz_id, g.case_id, sum(g.points) / sum(g.max_points) as x,
                       case when max(g.total_max) - sum(g.max_points) > 0
                            then (max(g.total) - sum(g.points))
                                 / (max(g.total_max) - sum(g.max_points))
                            else 0 end as y
                from (${graded}) g where g.case_id is not null
                group by g.q, g.case_id, g.attempt_id
                having not bool_or(g.pending) and sum(g.max_points) > 0) c
          group by quiz_id, case_id`,
      },
      {
        table: 'quiz_score_stats',
        key: ['quiz_id'],
        values: ['n', 'st', 'stt'],
        owner: 'quiz_id',
        sharded: true,
        recount: `
          select quiz_id, count(*) as n, sum(t) as st, sum(t * t) as stt
          from (select a.quiz_id, sum(ai.points) as t
                from attempt_items ai join attempts a on a.id = ai.attempt_id
                where ai.attempt_id in (${complete})
                group by a.quiz_id, ai.attempt_id) s
          group by quiz_id`,
      },
      {
        table: 'quiz_item_points',
        key: ['quiz_id', 'item_id'],
        values: ['n', 'sp', 'spp'],
        owner: 'quiz_id',
        sharded: true,
        recount: `
          select a.quiz_id, ai.item_id, count(*) as n, sum(ai.points) as sp,
                 sum(ai.points * ai.points) as spp
          from attempt_items ai join attempts a on a.id = ai.attempt_id
          where ai.attempt_id in (${complete})
          group by a.quiz_id, ai.item_id`,
      },
    ],
  },
  {
    file: 'cohort_daily',
    kept: [
      {
        table: 'cohort_daily',
        key: ['cohort_id', 'day'],
        values: ['lessons', 'attempts'],
        owner: 'cohort_id',
        sharded: true,
        recount: `
          select m.cohort_id, h.day, sum(h.lessons) as lessons, sum(h.attempts) as attempts
          from cohort_members m
          join (select user_id, (completed_at at time zone 'utc')::date as day, 1 as lessons,
                       0 as attempts
                from lesson_progress where completed_at is not null
                union all
                select user_id, (submitted_at at time zone 'utc')::date, 0, 1
                from attempts where submitted_at is not null) h on h.user_id = m.user_id
          where m.role = 'learner'
          group by m.cohort_id, h.day`,
      },
    ],
  },
  {
    file: 'cohort_mastery',
    kept: [
      {
        table: 'cohort_mastery',
        key: ['cohort_id', 'objective_id', 'level'],
        values: ['learners'],
        owner: 'cohort_id',
        sharded: true,
        recount: `
          select m.cohort_id, om.objective_id, om.level, count(*) as learners
          from cohort_members m join objective_mastery om on om.user_id = m.user_id
          where m.role = 'learner'
          group by m.cohort_id, om.objective_id, om.level`,
      },
    ],
  },
  {
    file: 'cohort_funnel',
    kept: [
      {
        table: 'cohort_lesson_done',
        key: ['cohort_id', 'lesson_id'],
        values: ['learners'],
        owner: 'cohort_id',
        sharded: true,
        recount: `
          select m.cohort_id, p.lesson_id, count(*) as learners
          from cohort_members m join lesson_progress p on p.user_id = m.user_id
          where m.role = 'learner' and p.completed_at is not null
          group by m.cohort_id, p.lesson_id`,
      },
      {
        table: 'cohort_quiz_bands',
        key: ['cohort_id', 'quiz_id', 'band'],
        values: ['learners', 'sum_best'],
        owner: 'cohort_id',
        sharded: true,
        recount: `
          select m.cohort_id, g.quiz_id, score_band(g.fraction) as band, count(*) as learners,
                 sum(g.fraction) as sum_best
          from cohort_members m join learner_quiz_grades g on g.user_id = m.user_id
          where m.role = 'learner' and g.fraction is not null
          group by 1, 2, 3`,
      },
    ],
  },
];

/** Numbers to 9 places and times as ISO text, so float sums in another order compare equal. */
const norm = (column: string) =>
  `case when pg_typeof(${column}) in ('double precision'::regtype, 'numeric'::regtype,
     'bigint'::regtype, 'integer'::regtype, 'smallint'::regtype)
   then round(${column}::text::numeric, 9)::text else ${column}::text end`;

async function rows(query: string, kept: Kept, prefix: string) {
  const owned = `${kept.owner} like '${prefix}%'`;
  const cols = [...kept.key, ...kept.values];
  const body = kept.sharded
    ? `select ${kept.key.join(', ')}, ${kept.values.map((v) => `sum(${v}) as ${v}`).join(', ')}
       from (${query}) t where ${owned} group by ${kept.key.join(', ')}
       having ${kept.values.map((v) => `round(sum(${v})::numeric, 9) <> 0`).join(' or ')}`
    : `select * from (${query}) t where ${owned}`;
  const result = await db.execute<Record<string, string>>(
    sql.raw(
      `select ${cols.map((c) => `${norm(c)} as ${c}`).join(', ')} from (${body}) r
       order by ${kept.key.join(', ')}`,
    ),
  );
  return [...result];
}

async function compare(rollup: Rollup, prefix: string, when: string) {
  for (const kept of rollup.kept) {
    const trigger = await rows(`select * from ${kept.table}`, kept, prefix);
    const recount = await rows(kept.recount, kept, prefix);
    expect(trigger, `${kept.table} ${when}`).toEqual(recount);
  }
}

/** The scripted history, each step one or more SQL statements under the prefix `p`. */
function history(p: string): Array<[string, string[]]> {
  const day = (d: number, h = 10) => `timestamptz '2026-11-0${d} ${h}:00:00+00'`;
  const attempt = (
    id: string,
    user: string,
    quiz: string,
    at: number,
    points: number,
    max: number,
    passed: boolean | null,
    pending = false,
  ) => `insert into attempts (id, user_id, quiz_id, quiz_version, seed, state, started_at,
      submitted_at, points, max_points, fraction, pending, result)
    values ('${p}${id}', '${p}${user}', '${p}${quiz}', 1, 's', 'submitted', ${day(at, 9)},
      ${day(at)}, ${points}, ${max}, ${points / max}, ${pending},
      jsonb_build_object('passed', ${passed === null ? 'null' : passed}))`;
  type Row = [string, string | null, number, number, boolean, string | null];
  const items = (attemptId: string, list: Row[]) =>
    `insert into attempt_items (attempt_id, slot, item_id, case_id, fraction, points, max_points,
      pending, picks) values ${list
        .map(
          ([item, kase, points, max, pending, picks], i) =>
            `('${p}${attemptId}', 's${i}', '${item}', ${kase ? `'${kase}'` : 'null'},
              ${points / max}, ${points}, ${max}, ${pending}, ${picks === null ? 'null' : `'{${picks}}'`})`,
        )
        .join(', ')}`;
  const rewrite = (
    attemptId: string,
    points: number,
    max: number,
    passed: boolean,
    list: Row[],
  ) => [
    `update attempts set points = ${points}, max_points = ${max}, fraction = ${points / max},
       pending = false, result = jsonb_build_object('passed', ${passed})
     where id = '${p}${attemptId}'`,
    `delete from attempt_items where attempt_id = '${p}${attemptId}'`,
    items(attemptId, list),
  ];
  const grade = (user: string, quiz: string, fraction: number | null) =>
    `insert into learner_quiz_grades (user_id, quiz_id, fraction, passed, method, counted)
     values ('${p}${user}', '${p}${quiz}', ${fraction ?? 'null'},
       ${fraction === null ? 'null' : fraction >= 0.7}, 'highest', 1)
     on conflict (user_id, quiz_id) do update set fraction = excluded.fraction,
       passed = excluded.passed`;
  const level = (user: string, objective: string, lvl: string) =>
    `insert into objective_mastery (user_id, objective_id, level, due, state)
     values ('${p}${user}', '${objective}', '${lvl}', now(), '{}'::jsonb)
     on conflict (user_id, objective_id) do update set level = excluded.level`;
  const lesson = (user: string, slug: string, done: number | null, viewed = 3) =>
    `insert into lesson_progress (user_id, lesson_id, completed_at, last_viewed_at)
     values ('${p}${user}', 'r-${slug}', ${done === null ? 'null' : day(done)}, ${day(viewed, 8)})
     on conflict (user_id, lesson_id) do update set completed_at = excluded.completed_at,
       last_viewed_at = excluded.last_viewed_at`;
  const ann = [
    ['i1', null, 1, 1, false, 'x'],
    ['i2', null, 0, 1, false, ''],
    ['i3', 'c1', 1, 1, false, null],
    ['i4', 'c1', 1, 2, false, 'y,z'],
  ] satisfies Row[];
  return [
    [
      'learners join cohorts',
      [
        `insert into "user" (id, name, email, role) values
           ('${p}ann', 'Ann', '${p}ann@r.test', 'learner'),
           ('${p}bob', 'Bob', '${p}bob@r.test', 'learner'),
           ('${p}cid', 'Cid', '${p}cid@r.test', 'learner'),
           ('${p}ivy', 'Ivy', '${p}ivy@r.test', 'instructor')`,
        `insert into cohorts (id, name) values ('${p}k1', 'One'), ('${p}k2', 'Two')`,
        `insert into quizzes (id, kind, title, current_version) values
           ('${p}q1', 'practice', 'Q1', 1), ('${p}q2', 'final', 'Q2', 1)`,
        `insert into cohort_members (cohort_id, user_id, role) values
           ('${p}k1', '${p}ann', 'learner'), ('${p}k1', '${p}bob', 'learner'),
           ('${p}k2', '${p}bob', 'learner'), ('${p}k1', '${p}ivy', 'instructor')`,
      ],
    ],
    [
      'lessons viewed and completed',
      [
        lesson('ann', 'a', 1),
        lesson('ann', 'b', null),
        lesson('bob', 'a', 1),
        lesson('bob', 'b', 2),
      ],
    ],
    [
      'attempts submitted, one with an essay pending, one outside every cohort',
      [
        attempt('a1', 'ann', 'q1', 2, 3, 5, true),
        items('a1', ann),
        attempt('b1', 'bob', 'q1', 2, 1, 4, null, true),
        items('b1', [
          ['i1', null, 0, 1, false, 'y'],
          ['i2', null, 1, 1, false, 'x,y'],
          ['e1', null, 0, 2, true, null],
        ]),
        attempt('c1', 'cid', 'q2', 3, 1, 2, false),
        items('c1', [['i1', null, 1, 2, false, 'x']]),
        `insert into attempts (id, user_id, quiz_id, quiz_version, seed, started_at)
         values ('${p}a9', '${p}ann', '${p}q2', 1, 's', ${day(4)})`,
      ],
    ],
    [
      'grades and levels written',
      [
        grade('ann', 'q1', 0.6),
        grade('bob', 'q1', null),
        grade('cid', 'q2', 0.5),
        level('ann', 'r.a', 'familiar'),
        level('bob', 'r.a', 'proficient'),
        level('bob', 'r.b', 'attempted'),
      ],
    ],
    [
      'an essay graded',
      [
        ...rewrite('b1', 2.5, 4, false, [
          ['i1', null, 0, 1, false, 'y'],
          ['i2', null, 1, 1, false, 'x,y'],
          ['e1', null, 1.5, 2, false, null],
        ]),
        grade('bob', 'q1', 0.625),
      ],
    ],
    [
      'a regrade, and a level up',
      [
        ...rewrite('a1', 5, 5, true, [
          ['i1', null, 1, 1, false, 'x'],
          ['i2', null, 1, 1, false, ''],
          ['i3', 'c1', 1, 1, false, null],
          ['i4', 'c1', 2, 2, false, 'y,z'],
        ]),
        grade('ann', 'q1', 1),
        level('ann', 'r.a', 'proficient'),
      ],
    ],
    [
      'a second attempt, failed; an attempt submitted on another day',
      [
        attempt('a2', 'ann', 'q1', 5, 1, 5, false),
        items('a2', [
          ['i1', null, 0, 1, false, ''],
          ['i2', null, 0, 1, false, 'x'],
          ['i3', 'c1', 1, 1, false, null],
          ['i4', 'c1', 0, 2, false, 'z'],
        ]),
        `update attempts set state = 'submitted', submitted_at = ${day(6)}, points = 0,
           max_points = 1, fraction = 0, result = '{"passed": false}'
         where id = '${p}a9'`,
        items('a9', [['i9', null, 0, 1, false, '']]),
        grade('ann', 'q2', 0),
      ],
    ],
    [
      'joins and leaves',
      [
        `insert into cohort_members (cohort_id, user_id, role) values ('${p}k1', '${p}cid', 'learner')`,
        `delete from cohort_members where cohort_id = '${p}k1' and user_id = '${p}bob'`,
        `delete from cohort_members where cohort_id = '${p}k1' and user_id = '${p}ivy'`,
      ],
    ],
    [
      'a learner made the cohort’s instructor, an instructor made a learner',
      [
        `update cohort_members set role = 'instructor'
         where cohort_id = '${p}k2' and user_id = '${p}bob'`,
        `insert into cohort_members (cohort_id, user_id, role) values ('${p}k2', '${p}ann', 'instructor')`,
        `update cohort_members set role = 'learner' where cohort_id = '${p}k2' and user_id = '${p}ann'`,
      ],
    ],
    [
      'a lesson marked not complete, another completed, a level removed',
      [
        lesson('bob', 'b', null, 6),
        lesson('ann', 'b', 6, 6),
        `delete from objective_mastery where user_id = '${p}bob' and objective_id = 'r.b'`,
      ],
    ],
    ['a learner deleted', [`delete from "user" where id = '${p}ann'`]],
    ['a cohort deleted', [`delete from cohorts where id = '${p}k2'`]],
  ];
}

describe('every rollup equals its recount, through a whole history and after its rebuild', () => {
  it('has a row here for every rollup file', () => {
    const files = sqlFiles()
      .map((f) => f.name)
      .filter((name) => !['helpers', 'guards', 'learning_events'].includes(name));
    expect(ROLLUPS.map((r) => r.file).sort()).toEqual(files.sort());
  });

  it.each(ROLLUPS.map((r) => [r.file, r] as const))('%s', async (_file, rollup) => {
    const prefix = `r${randomBytes(3).toString('hex')}_`;
    // Rows counted at some step, per table: a recount that is always empty would prove nothing.
    const counted = new Map(rollup.kept.map((kept) => [kept.table, 0]));
    for (const [step, statements] of history(prefix)) {
      await db.transaction(async (tx) => {
        for (const statement of statements) await tx.execute(sql.raw(statement));
      });
      await compare(rollup, prefix, `after: ${step}`);
      for (const kept of rollup.kept) {
        const n = (await rows(kept.recount, kept, prefix)).length;
        counted.set(kept.table, Math.max(counted.get(kept.table) ?? 0, n));
      }
    }
    for (const [table, n] of counted) expect(n, `${table} counted nothing`).toBeGreaterThan(0);
    await db.execute(sql.raw(`select rebuild_${rollup.file}()`));
    await compare(rollup, prefix, 'after its rebuild');
  });
});

describe('helpers', () => {
  it('score_band: ten bands of 10 %, a grade of 1 in the top one', async () => {
    const [row] = await db.execute<{ bands: number[]; count: number }>(sql`
      select array_agg(score_band(g) order by g) as bands, score_band_count() as count
      from unnest(array[0, 0.0999, 0.1, 0.35, 0.7, 0.8999999, 0.9, 0.99, 1]::float8[]) g`);
    expect(row?.bands).toEqual([0, 0, 1, 3, 7, 8, 9, 9, 9]);
    expect(row?.count).toBe(10);
  });

  it('learner_cohorts: the cohorts a user learns in, in key order, none they teach', async () => {
    const p = `h${randomBytes(3).toString('hex')}_`;
    await db.execute(
      sql.raw(`insert into "user" (id, name, email, role)
      values ('${p}u', 'U', '${p}u@r.test', 'instructor')`),
    );
    await db.execute(
      sql.raw(
        `insert into cohorts (id, name) values ('${p}b', 'B'), ('${p}a', 'A'), ('${p}c', 'C')`,
      ),
    );
    await db.execute(
      sql.raw(`insert into cohort_members (cohort_id, user_id, role) values
      ('${p}b', '${p}u', 'learner'), ('${p}a', '${p}u', 'learner'), ('${p}c', '${p}u', 'instructor')`),
    );
    const result = await db.execute<{ cohort: string }>(
      sql`select c as cohort from unnest(learner_cohorts(${`${p}u`})) as c`,
    );
    expect([...result].map((r) => r.cohort)).toEqual([`${p}a`, `${p}b`]);
  });
});

describe('sharded rollups', () => {
  it('let two writers on one quiz go ahead at once: each adds to its own shard', async () => {
    const p = `s${randomBytes(3).toString('hex')}_`;
    const steps = history(p).slice(0, 3);
    for (const [, statements] of steps)
      for (const statement of statements) await db.execute(sql.raw(statement));
    const quiz = `${p}q1`;
    // Two connections whose backends write to different shards (process id modulo 16), each
    // failing a lock wait after 2 s instead of queueing.
    const opened: postgres.Sql[] = [];
    const byShard = new Map<number, postgres.Sql>();
    while (byShard.size < 2 && opened.length < 40) {
      const client = postgres(url, {
        max: 1,
        onnotice: () => {},
        connection: { lock_timeout: 2000 },
      });
      opened.push(client);
      const [row] = await client<{ shard: number }[]>`select rollup_shard() as shard`;
      if (row && !byShard.has(row.shard)) byShard.set(row.shard, client);
    }
    const [[shardA, a], [, b]] = [...byShard] as [[number, postgres.Sql], [number, postgres.Sql]];
    const addQuiz = (c: postgres.ReservedSql) => c`
      select rollup_attempt_groups(array(
        select ai from attempt_items ai where ai.quiz_id = ${quiz}), 1)`;
    const first = await a.reserve();
    const second = await b.reserve();
    try {
      // A adds a submission's worth of rows and holds its locks, uncommitted.
      await first`begin`;
      await addQuiz(first);
      // B adds the same quiz's rows meanwhile, without waiting for A.
      await second`begin`;
      await addQuiz(second);
      await second`rollback`;
      // The control: B touching A's shard does wait for A (and gives up after 2 s).
      await second`begin`;
      const waited = await second`
        insert into quiz_score_stats as s (quiz_id, shard, n) values (${quiz}, ${shardA}, 0)
        on conflict (quiz_id, shard) do update set n = s.n + excluded.n`.then(
        () => 'no wait',
        (error: { code?: string }) => error.code,
      );
      expect(waited).toBe('55P03');
      await second`rollback`;
      await first`rollback`;
    } finally {
      first.release();
      second.release();
      await Promise.all(opened.map((c) => c.end({ timeout: 2 })));
    }
    const itemStats = ROLLUPS.find((r) => r.file === 'item_stats');
    if (itemStats) await compare(itemStats, p, 'after two writers rolled back');
  });
});
