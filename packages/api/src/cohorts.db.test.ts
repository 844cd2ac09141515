import { bankRecords, course } from '@alliance/content';
import { cohortGradebook, type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { code } from './test-helpers';
import { type XapiStatement, xapiStatementSchema } from './xapi';
import { xapiStream } from './xapi-export';

let db: Database;
type Who = { id: string; name: string; email: string; role: 'learner' | 'instructor' | 'admin' };
const admin: Who = { id: 'c-adm', name: 'Ada', email: 'ada@c.test', role: 'admin' };
const teacher: Who = { id: 'c-ins', name: 'Ivo', email: 'ivo@c.test', role: 'instructor' };
const stranger: Who = { id: 'c-out', name: 'Olga', email: 'olga@c.test', role: 'instructor' };
const ann: Who = { id: 'c-ann', name: 'Ann', email: 'ann@c.test', role: 'learner' };
const bob: Who = { id: 'c-bob', name: 'Bob', email: 'bob@c.test', role: 'learner' };
const uma: Who = { id: 'c-uma', name: 'Uma', email: 'uma@c.test', role: 'instructor' };
const dee: Who = { id: 'c-dee', name: 'Dee', email: 'dee@c.test', role: 'learner' };
const as = (user: Who | null) => createCaller({ db, user });

/** A quiz of two questions drawn from the bank, with these settings. */
const drawTwo = (quizId: string, title: string, settings: Record<string, unknown>) =>
  as(admin).quizzes.publish({
    quizId,
    moduleId: null,
    create: true,
    spec: {
      title,
      settings,
      sections: [{ id: 's', entries: [{ kind: 'draw', from: 'items', count: 2 }] }],
    },
  });

/**
 * The cohort every test below reads, made through the API as an admin would: "Spring intake"
 * with Ann and Bob as learners and Ivo teaching it, enrolled in February 2027; Ann with extra
 * time, an extra attempt and a week's shift, who has used both her attempts at the timed quiz;
 * Bob with a timed attempt open and two failed attempts at the strict quiz. Each test builds on
 * this alone, so any one of them runs by itself.
 */
beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  for (const u of [admin, teacher, stranger, ann, bob, uma, dee])
    await db.insert(schema.user).values(u);
  const api = as(admin);
  await api.cohorts.create({ cohortId: 'spring', name: 'Spring intake' });
  await api.cohorts.addMembers({ cohortId: 'spring', text: `${ann.email}\n${bob.email}` });
  await api.cohorts.addMembers({ cohortId: 'spring', text: teacher.email, role: 'instructor' });
  await api.cohorts.enroll({
    cohortId: 'spring',
    enrolled: true,
    opensAt: new Date('2027-02-01'),
    dueAt: new Date('2027-03-01'),
  });
  await drawTwo('timed', 'Timed', { timeLimitSeconds: 600, maxAttempts: 1 });
  await drawTwo('strict', 'Strict', { passMark: 0.99 });
  await api.cohorts.setAccommodation({
    target: { userId: ann.id },
    timeMultiplier: 1.5,
    extraAttempts: 1,
    dueShiftDays: 7,
  });
  for (let n = 0; n < 2; n++) {
    const started = await as(ann).attempt.start({ quizId: 'timed' });
    await as(ann).attempt.submit({ attemptId: started.attemptId });
  }
  await as(bob).attempt.start({ quizId: 'timed' });
  for (let n = 0; n < 2; n++) {
    const started = await as(bob).attempt.start({ quizId: 'strict' });
    await as(bob).attempt.submit({ attemptId: started.attemptId });
  }
});

describe('who may manage cohorts', () => {
  const admins: Record<string, (api: ReturnType<typeof as>) => Promise<unknown>> = {
    create: (api) => api.cohorts.create({ cohortId: 'x', name: 'X' }),
    previewMembers: (api) => api.cohorts.previewMembers({ cohortId: 'x', text: '' }),
    addMembers: (api) => api.cohorts.addMembers({ cohortId: 'x', text: '' }),
    removeMember: (api) => api.cohorts.removeMember({ cohortId: 'x', userId: 'u' }),
    enroll: (api) =>
      api.cohorts.enroll({ cohortId: 'x', enrolled: true, opensAt: null, dueAt: null }),
    setAccommodation: (api) =>
      api.cohorts.setAccommodation({
        target: { userId: 'u' },
        timeMultiplier: 1,
        extraAttempts: 0,
        dueShiftDays: 0,
      }),
  };
  it.each(Object.keys(admins))('cohorts.%s: refused to anyone but admins', async (name) => {
    const call = admins[name] as (api: ReturnType<typeof as>) => Promise<unknown>;
    expect(await code(call(as(null)))).toBe('UNAUTHORIZED');
    expect(await code(call(as(ann)))).toBe('FORBIDDEN');
    expect(await code(call(as(teacher)))).toBe('FORBIDDEN');
  });
});

describe('a cohort from a list, enrolled, with accommodations', () => {
  it('creates a cohort, previews a CSV row by row, and adds only the good rows', async () => {
    const api = as(admin);
    await api.cohorts.create({ cohortId: 'autumn', name: 'Autumn intake' });
    expect(await code(api.cohorts.create({ cohortId: 'autumn', name: 'Again' }))).toBe('CONFLICT');
    const csv =
      'name,email\nAnn,ann@c.test\nBob,BOB@c.test\nGhost,ghost@c.test\nOops,not-an-email\n';
    const { rows } = await api.cohorts.previewMembers({ cohortId: 'autumn', text: csv });
    expect(rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'add'],
      [3, 'add'],
      [4, 'unknown'],
      [5, 'invalid'],
    ]);
    expect(await as(admin).cohorts.get({ cohortId: 'autumn' })).toMatchObject({ members: [] });
    expect(await api.cohorts.addMembers({ cohortId: 'autumn', text: csv })).toEqual({
      added: 2,
      invited: 0,
      skipped: 2,
    });
    await api.cohorts.addMembers({ cohortId: 'autumn', text: uma.email, role: 'instructor' });
    const cohort = await api.cohorts.get({ cohortId: 'autumn' });
    expect(cohort.members.map((m) => [m.name, m.role])).toEqual([
      ['Uma', 'instructor'],
      ['Ann', 'learner'],
      ['Bob', 'learner'],
    ]);
  });

  const reads: Record<string, (api: ReturnType<typeof as>) => Promise<unknown>> = {
    get: (api) => api.cohorts.get({ cohortId: 'spring' }),
    dashboard: (api) => api.cohorts.dashboard({ cohortId: 'spring' }),
    learner: (api) => api.cohorts.learner({ cohortId: 'spring', userId: ann.id }),
  };
  it.each(Object.keys(reads))(
    'cohorts.%s: its instructors and admins only (401, 403 for learners, 404 outside)',
    async (name) => {
      const call = reads[name] as (api: ReturnType<typeof as>) => Promise<unknown>;
      expect(await code(call(as(null)))).toBe('UNAUTHORIZED');
      expect(await code(call(as(ann)))).toBe('FORBIDDEN');
      expect(await code(call(as(stranger)))).toBe('NOT_FOUND');
      expect(await code(call(as(teacher)))).toBe('OK');
      expect(await code(call(as(admin)))).toBe('OK');
    },
  );

  it('shows a cohort to its instructors and to nobody else on the staff', async () => {
    expect((await as(teacher).cohorts.list()).map((c) => c.id)).toEqual(['spring']);
    expect(await as(stranger).cohorts.list()).toEqual([]);
    expect(await code(as(stranger).cohorts.get({ cohortId: 'spring' }))).toBe('NOT_FOUND');
    expect(await code(as(teacher).cohorts.get({ cohortId: 'spring' }))).toBe('OK');
  });

  it('enrolls the cohort between two dates, and refuses a due date before the opening', async () => {
    const api = as(admin);
    expect(
      await code(
        api.cohorts.enroll({
          cohortId: 'spring',
          enrolled: true,
          opensAt: new Date('2027-03-01'),
          dueAt: new Date('2027-02-01'),
        }),
      ),
    ).toBe('BAD_REQUEST');
    await api.cohorts.enroll({
      cohortId: 'spring',
      enrolled: true,
      opensAt: new Date('2027-02-01'),
      dueAt: new Date('2027-03-01'),
    });
    expect((await api.cohorts.get({ cohortId: 'spring' })).courseId).toBe(course.slug);
  });

  it('gives a learner more time on an attempt already running, and an extra attempt', async () => {
    await drawTwo('timed-own', 'Timed, alone', { timeLimitSeconds: 600, maxAttempts: 1 });
    const started = await as(dee).attempt.start({ quizId: 'timed-own' });
    const before = started.deadline?.getTime() ?? 0;
    const { retimed } = await as(admin).cohorts.setAccommodation({
      target: { userId: dee.id },
      timeMultiplier: 1.5,
      extraAttempts: 1,
      dueShiftDays: 0,
      note: 'documented need',
    });
    expect(retimed).toBe(1);
    const [row] = await db
      .select()
      .from(schema.attempts)
      .where(eq(schema.attempts.id, started.attemptId));
    expect((row?.deadline?.getTime() ?? 0) - before).toBe(300_000);
    expect(row?.timeMultiplier).toBe(1.5);
    await as(dee).attempt.submit({ attemptId: started.attemptId });
    // One attempt allowed, plus one.
    const second = await as(dee).attempt.start({ quizId: 'timed-own' });
    expect(second.deadline?.getTime()).toBe(second.startedAt.getTime() + 900_000);
    await as(dee).attempt.submit({ attemptId: second.attemptId });
    expect(await code(as(dee).attempt.start({ quizId: 'timed-own' }))).toBe('FORBIDDEN');
    // Bob, without an accommodation, has the quiz's own limits.
    const bobs = await as(bob).attempt.start({ quizId: 'timed-own' });
    expect(bobs.deadline?.getTime()).toBe(bobs.startedAt.getTime() + 600_000);
  });

  it('moves a learner’s own due date by their shift, and nobody else’s', async () => {
    await as(admin).cohorts.setAccommodation({
      target: { userId: ann.id },
      timeMultiplier: 1.5,
      extraAttempts: 1,
      dueShiftDays: 7,
    });
    const [mine] = await as(ann).progress.schedule();
    expect(mine).toMatchObject({ cohort: 'Spring intake', extraDays: 7 });
    expect(mine?.dueAt?.toISOString()).toBe('2027-03-08T00:00:00.000Z');
    const [bobs] = await as(bob).progress.schedule();
    expect(bobs?.dueAt?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(await as(teacher).progress.schedule()).toEqual([]);
    expect(await code(as(null).progress.schedule())).toBe('UNAUTHORIZED');
  });
});

describe('the cohort dashboard and gradebook', () => {
  it('shows the funnel, score bands, activity and who needs help, to admins and its instructors', async () => {
    const board = await as(admin).cohorts.dashboard({ cohortId: 'spring' });
    expect(board.learners).toBe(2);
    expect(board.funnel.length).toBe(course.modules.flatMap((m) => m.lessons).length);
    const timed = board.quizzes.find((q) => q.quizId === 'timed');
    expect(timed?.learners).toBe(1);
    expect(timed?.bands.reduce((a, b) => a + b, 0)).toBe(1);
    expect(board.activity).toHaveLength(60);
    expect(board.activity.at(-1)?.attempts).toBeGreaterThanOrEqual(2);
    // Enrolled from 2027: nobody is behind the pace yet, and both learners are active today;
    // only Bob's failed quiz counts against anyone.
    expect(board.atRisk.flatMap((l) => l.reasons).filter((r) => !/quiz/.test(r))).toEqual([]);
    expect(await code(as(teacher).cohorts.dashboard({ cohortId: 'spring' }))).toBe('OK');
    expect(await code(as(stranger).cohorts.dashboard({ cohortId: 'spring' }))).toBe('NOT_FOUND');
    expect(await code(as(ann).cohorts.dashboard({ cohortId: 'spring' }))).toBe('FORBIDDEN');
  });

  it('lists a learner who fails a quiz twice and stays below its pass mark, with the reasons', async () => {
    const board = await as(admin).cohorts.dashboard({ cohortId: 'spring' });
    expect(board.atRisk.map((l) => [l.name, l.reasons])).toEqual([
      ['Bob', ['failed a quiz 2 times', 'grade below the pass mark on 1 quiz']],
    ]);
  });

  it('grades each quiz by its own method in the gradebook', async () => {
    const book = await cohortGradebook(db, { cohortId: 'spring', courseId: course.slug });
    expect(book.learners.map((l) => l.name)).toEqual(['Ann', 'Bob']);
    const bobRow = book.learners.find((l) => l.name === 'Bob');
    expect(bobRow?.grades.has('strict')).toBe(true);
    // Bob's timed attempt is still open: no grade, a blank cell.
    expect(bobRow?.grades.has('timed')).toBe(false);
    const annRow = book.learners.find((l) => l.name === 'Ann');
    expect(annRow?.grades.get('timed')).toBeGreaterThanOrEqual(0);
    expect(book.quizzes.map((q) => q.quizId)).toEqual(expect.arrayContaining(['timed', 'strict']));
  });
});

describe('a learner, drilled into', () => {
  it('shows staff what the learner sees, plus every attempt with its breakdown', async () => {
    const view = await as(teacher).cohorts.learner({ cohortId: 'spring', userId: ann.id });
    expect(view.learner.email).toBe(ann.email);
    expect(view.progress.total).toBe(course.modules.flatMap((m) => m.lessons).length);
    expect(view.mastery.length).toBeGreaterThan(0);
    expect(view.attempts.length).toBeGreaterThanOrEqual(2);
    expect(view.attempts[0]?.breakdown.at(-1)).toMatch(/^total /);
    expect(await code(as(stranger).cohorts.learner({ cohortId: 'spring', userId: ann.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(as(admin).cohorts.learner({ cohortId: 'spring', userId: teacher.id }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(as(bob).cohorts.learner({ cohortId: 'spring', userId: ann.id }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the funnel and score bands on the dashboard', () => {
  it('follow a learner who joins with a history, undoes a lesson, leaves and comes back (the rollups’ sums: packages/db rollups.db.test.ts)', async () => {
    // A learner of their own: completes a lesson, submits a quiz twice (the best moves), joins
    // the cohort with that history, leaves and comes back, and at last is deleted.
    const cara: Who = { id: 'c-cara', name: 'Cara', email: 'cara@c.test', role: 'learner' };
    await db.insert(schema.user).values(cara);
    const [lesson, other] = course.modules.flatMap((m) => m.lessons);
    for (const l of [lesson, other])
      await as(cara).progress.setCompleted({ lessonId: l?.slug ?? '', completed: true });
    for (let i = 0; i < 2; i++) {
      const started = await as(cara).attempt.start({ quizId: 'quiz-obstacles' });
      await as(cara).attempt.submit({ attemptId: started.attemptId });
    }
    const board = async () => await as(admin).cohorts.dashboard({ cohortId: 'spring' });
    const done = async (slug?: string) =>
      (await board()).funnel.find((l) => l.lessonId === slug)?.completed ?? 0;
    const graded = async () =>
      (await board()).quizzes.find((q) => q.quizId === 'quiz-obstacles')?.learners ?? 0;
    const [before, otherBefore, gradedBefore] = [
      await done(lesson?.slug),
      await done(other?.slug),
      await graded(),
    ];
    await as(admin).cohorts.addMembers({ cohortId: 'spring', text: cara.email });
    expect(await done(lesson?.slug)).toBe(before + 1);
    expect(await graded()).toBe(gradedBefore + 1);
    // Undone as a member: the funnel loses it.
    await as(cara).progress.setCompleted({ lessonId: other?.slug ?? '', completed: false });
    expect(await done(other?.slug)).toBe(otherBefore);
    await as(admin).cohorts.removeMember({ cohortId: 'spring', userId: cara.id });
    expect(await done(lesson?.slug)).toBe(before);
    await as(admin).cohorts.addMembers({ cohortId: 'spring', text: cara.email });
    expect(await graded()).toBe(gradedBefore + 1);
    await db.execute(sql`delete from "user" where id = ${cara.id}`);
    expect([await done(lesson?.slug), await graded()]).toEqual([before, gradedBefore]);
  });
});

describe('the mastery heat map', () => {
  it('counts learners per objective and level, the rest as not started', async () => {
    const board = await as(admin).cohorts.dashboard({ cohortId: 'spring' });
    expect(board.heatMap.length).toBeGreaterThan(10);
    for (const row of board.heatMap)
      expect(Object.values(row.levels).reduce((a, b) => a + b, 0)).toBe(board.learners);
    expect(board.heatMap.some((row) => row.levels['not-started'] < board.learners)).toBe(true);
  });

  it('follows joins, leaves and level changes (the rollup’s sums: packages/db rollups.db.test.ts)', async () => {
    await as(admin).cohorts.removeMember({ cohortId: 'spring', userId: ann.id });
    await db.execute(
      sql`update objective_mastery set level = 'mastered' where user_id = ${bob.id}`,
    );
    await db.execute(
      sql`delete from objective_mastery where user_id = ${bob.id} and objective_id in (
            select objective_id from objective_mastery where user_id = ${bob.id} limit 1)`,
    );
    await as(admin).cohorts.addMembers({ cohortId: 'spring', text: ann.email });
    const [mastered] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from (
            select objective_id from cohort_mastery where cohort_id = 'spring' and level = 'mastered'
            group by objective_id having sum(learners) > 0) m`,
    );
    expect(Number(mastered?.n)).toBeGreaterThan(0);
  });
});

describe('learning events and the xAPI export', () => {
  const eventsOf = (userId: string) =>
    db.execute<{ verb: string; object_type: string; object_id: string }>(
      sql`select verb, object_type, object_id from learning_events where user_id = ${userId} order by seq`,
    );

  it('records a lesson completed once, however often it is marked complete', async () => {
    const lessonId = course.modules[0]?.lessons[0]?.slug ?? '';
    const before = (await eventsOf(ann.id)).length;
    await as(ann).progress.setCompleted({ lessonId, completed: true });
    await as(ann).progress.setCompleted({ lessonId, completed: true });
    const after = await eventsOf(ann.id);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toEqual({ verb: 'completed', object_type: 'lesson', object_id: lessonId });
  });

  it('records each submitted attempt and each answered item', async () => {
    const [counts] = await db.execute<{
      attempts: number;
      items: number;
      a: number;
      i: number;
    }>(sql`
      select (select count(*)::int from attempts where user_id = ${ann.id} and state = 'submitted') as attempts,
             (select count(*)::int from attempt_items ai join attempts a on a.id = ai.attempt_id
                where a.user_id = ${ann.id}) as items,
             (select count(distinct attempt_id)::int from learning_events
                where user_id = ${ann.id} and object_type = 'attempt' and verb = 'completed') as a,
             (select count(distinct (attempt_id, slot))::int from learning_events
                where user_id = ${ann.id} and object_type = 'item') as i`);
    expect(counts?.attempts).toBeGreaterThan(0);
    expect(counts?.a).toBe(counts?.attempts);
    expect(counts?.i).toBe(counts?.items);
  });

  it('exports every event of the cohort as a valid xAPI 1.0.3 statement', async () => {
    const response = new Response(xapiStream(db, 'spring', 'http://localhost:3000'));
    const statements = JSON.parse(await response.text()) as unknown[];
    const [expected] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from learning_events e
      join cohort_members m on m.user_id = e.user_id and m.cohort_id = 'spring' and m.role = 'learner'`);
    expect(statements.length).toBe(expected?.n);
    expect(statements.length).toBeGreaterThan(3);
    for (const statement of statements) {
      const parsed = xapiStatementSchema.safeParse(statement);
      if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    }
    const verbs = new Set(statements.map((s) => (s as XapiStatement).verb.id.split('/').at(-1)));
    expect(verbs).toContain('completed');
    expect(verbs).toContain('answered');
    // Nobody outside the cohort: the teacher's and the stranger's events never appear.
    const actors = new Set(statements.map((s) => (s as XapiStatement).actor.account?.name));
    expect([...actors].every((id) => id === ann.id || id === bob.id)).toBe(true);
  });
});
