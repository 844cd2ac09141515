import { bankRecords, course } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appRouter, createCaller } from './root';
import { code } from './test-helpers';
import type { ProcedureMeta } from './trpc';

/**
 * The authorization matrix, generated from the router: every procedure it has, called as
 * anonymous, a learner, an instructor and an admin, checked against the role the procedure
 * declares (its meta); the ones that act on a learner's attempt called by another learner (and by
 * staff) on the first learner's attempt; the cohort reads called by an instructor who does not
 * teach the cohort. A new procedure is in the matrix without anyone adding it; one that takes an
 * attempt or a cohort id without declaring the matching scope fails, as does a public procedure
 * nobody meant to be public.
 */

type Who = { id: string; name: string; email: string; role: 'learner' | 'instructor' | 'admin' };
const admin: Who = { id: 'm-adm', name: 'Ada', email: 'ada@m.test', role: 'admin' };
const teacher: Who = { id: 'm-ins', name: 'Ivo', email: 'ivo@m.test', role: 'instructor' };
const stranger: Who = { id: 'm-out', name: 'Olga', email: 'olga@m.test', role: 'instructor' };
const ann: Who = { id: 'm-ann', name: 'Ann', email: 'ann@m.test', role: 'learner' };
const bob: Who = { id: 'm-bob', name: 'Bob', email: 'bob@m.test', role: 'learner' };

/** The procedures meant to answer without a session, each for a reason. */
const PUBLIC = new Set([
  'users.me', // says who is signed in, or null
  'course.outline', // the catalogue page, shown before sign-up
  'invitation.get', // the invitee has no account yet; the token is the secret
  'invitation.accept',
  'account.confirmEmail', // the link's token is the secret; the owner may be signed out
  'notices.unsubscribe', // a notice's link works signed out; it can only turn notices off
]);

type Procedure = { _def: { meta?: ProcedureMeta; type: string; inputs: unknown[] } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);

let db: Database;
let attemptId = '';
/** One of Ann's sessions (other people must not be able to end it). */
const annSession = 'm-ann-session';
const as = (user: Who | null) => createCaller({ db, user });

/** Calls a procedure by its path ('attempt.save') as someone; resolves to 'OK' or the error code. */
function call(path: string, who: Who | null, input: unknown): Promise<string> {
  let target: unknown = as(who);
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  return code((target as (input: unknown) => Promise<unknown>)(input));
}

/** The keys of a procedure's input object, if its input is a zod object. */
function inputKeys(procedure: Procedure): string[] {
  return procedure._def.inputs.flatMap((schema) => {
    const shape = (schema as Partial<z.ZodObject>).shape;
    return shape ? Object.keys(shape) : [];
  });
}

const may = (access: ProcedureMeta['access'], who: Who | null) =>
  access === 'public' ||
  (who !== null &&
    (access === 'learner' ||
      (access === 'instructor' && who.role !== 'learner') ||
      (access === 'admin' && who.role === 'admin')));

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  for (const u of [admin, teacher, stranger, ann, bob]) await db.insert(schema.user).values(u);
  await db.insert(schema.cohorts).values({ id: 'k', name: 'K' });
  await db.insert(schema.cohortMembers).values([
    { cohortId: 'k', userId: teacher.id, role: 'instructor' },
    { cohortId: 'k', userId: ann.id, role: 'learner' },
    { cohortId: 'k', userId: bob.id, role: 'learner' },
  ]);
  const [quiz] = await db
    .select({ id: schema.quizzes.id })
    .from(schema.quizzes)
    .where(eq(schema.quizzes.kind, 'practice'))
    .limit(1);
  attemptId = (await as(ann).attempt.start({ quizId: quiz?.id ?? '' })).attemptId;
  await db.insert(schema.session).values({
    id: annSession,
    token: 'm-ann-token',
    userId: ann.id,
    expiresAt: new Date(Date.now() + 86_400_000),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
});

describe('the authorization matrix', () => {
  it('covers every procedure, each with a declared role', () => {
    expect(procedures.length).toBeGreaterThan(60);
    for (const [path, procedure] of procedures) {
      const access = procedure._def.meta?.access;
      expect(['public', 'learner', 'instructor', 'admin'], `${path}: no declared role`).toContain(
        access,
      );
      if (access === 'public')
        expect(PUBLIC.has(path), `${path} is public: add it to PUBLIC with a reason`).toBe(true);
      const keys = inputKeys(procedure);
      if (keys.includes('attemptId') && access === 'learner')
        expect(procedure._def.meta?.scope, `${path} takes an attempt id`).toBe('own');
      if (keys.includes('cohortId') && access === 'instructor')
        expect(procedure._def.meta?.scope, `${path} takes a cohort id`).toBe('cohort');
    }
  });

  it.each(procedures.map(([path]) => path))(
    '%s: answers each role as its declared access says',
    async (path) => {
      const procedure = appRouter._def.procedures[path as never] as unknown as Procedure;
      const access = procedure._def.meta?.access ?? 'admin';
      for (const who of [null, ann, teacher, admin]) {
        // No input: allowed callers get past the role check to input validation (or an answer).
        const result = await call(path, who, undefined);
        if (may(access, who))
          expect(
            ['UNAUTHORIZED', 'FORBIDDEN'],
            `${path} as ${who?.role ?? 'anonymous'}`,
          ).not.toContain(result);
        else
          expect(result, `${path} as ${who?.role ?? 'anonymous'}`).toBe(
            who ? 'FORBIDDEN' : 'UNAUTHORIZED',
          );
      }
    },
  );
});

/** How to call each procedure on a row of Ann's (the matrix needs a sample per path). */
const onAttempt: Record<string, (attemptId: string) => unknown> = {
  'account.endSession': () => ({ sessionId: annSession }),
  'attempt.get': (id) => ({ attemptId: id }),
  'attempt.save': (id) => ({ attemptId: id, sequence: 1_000, responses: {} }),
  'attempt.check': (id) => ({
    attemptId: id,
    slot: 's1.1',
    sequence: 1_001,
    answer: { response: { choice: 'a' } },
  }),
  'attempt.submit': (id) => ({ attemptId: id }),
  'attempt.review': (id) => ({ attemptId: id }),
};
const onCohort: Record<string, unknown> = {
  'cohorts.get': { cohortId: 'k' },
  'cohorts.dashboard': { cohortId: 'k' },
  'cohorts.learner': { cohortId: 'k', userId: ann.id },
};

describe('ownership and cohorts', () => {
  const own = procedures.filter(([, p]) => p._def.meta?.scope === 'own').map(([path]) => path);
  const cohort = procedures
    .filter(([, p]) => p._def.meta?.scope === 'cohort')
    .map(([path]) => path);

  it.each(own)(
    "%s: another learner, an instructor or an admin on Ann's attempt get 404",
    async (path) => {
      const input = onAttempt[path];
      expect(input, `${path}: add a sample call to onAttempt`).toBeDefined();
      for (const who of [bob, teacher, admin])
        expect(await call(path, who, input?.(attemptId)), `${path} as ${who.name}`).toBe(
          'NOT_FOUND',
        );
    },
  );

  it("lets Ann herself at her attempt and session, still there after the others' tries", async () => {
    expect(await call('attempt.get', ann, { attemptId })).toBe('OK');
    expect(await call('account.endSession', ann, { sessionId: annSession })).toBe('OK');
  });

  it.each(cohort.filter((path) => path !== 'cohorts.list'))(
    '%s: an instructor who does not teach the cohort gets 404; its instructor gets it',
    async (path) => {
      const input = onCohort[path];
      expect(input, `${path}: add a sample call to onCohort`).toBeDefined();
      expect(await call(path, stranger, input)).toBe('NOT_FOUND');
      expect(await call(path, teacher, input)).toBe('OK');
      expect(await call(path, admin, input)).toBe('OK');
    },
  );

  it('cohorts.list: instructors see only the cohorts they teach', async () => {
    expect((await as(stranger).cohorts.list()).map((c) => c.id)).toEqual([]);
    expect((await as(teacher).cohorts.list()).map((c) => c.id)).toEqual(['k']);
  });
});

describe('learners an instructor teaches', () => {
  const taughtPaths = procedures
    .filter(([, p]) => p._def.meta?.scope === 'taught')
    .map(([path]) => path)
    .sort();
  let essayAttempt = '';
  let essaySlot = '';
  let choiceItem = '';

  beforeAll(async () => {
    // Ann (in Ivo's cohort) submits a quiz with an essay waiting for a grader and a wrong choice.
    const started = await as(ann).attempt.start({ quizId: 'quiz-forms' });
    const slots = started.presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
    );
    const essay = slots.find((s) => s.item.type === 'essay');
    const choice = slots.find((s) => s.item.type === 'choice');
    if (!essay || choice?.item.type !== 'choice') throw new Error('quiz-forms: essay and choice');
    essayAttempt = started.attemptId;
    essaySlot = essay.slot;
    choiceItem = choice.item.id;
    await as(ann).attempt.save({
      attemptId: started.attemptId,
      sequence: 1,
      responses: {
        [essay.slot]: { response: { text: 'Ann’s essay.' }, base: 0 },
        [choice.slot]: { response: { choice: choice.item.options[0]?.id }, base: 0 },
      },
    });
    await as(ann).attempt.submit({ attemptId: started.attemptId });
    // The key changes so that a regrade would move Ann's grade.
    const item = await as(admin).authoring.item({ itemId: choiceItem });
    const definition = item.definition as { options: Array<{ id: string; fraction: number }> };
    const picked = choice.item.options[0]?.id;
    const wasRight = (definition.options.find((o) => o.id === picked)?.fraction ?? 0) >= 1;
    const key = wasRight ? definition.options.find((o) => o.id !== picked)?.id : picked;
    await as(admin).authoring.saveDraft({
      itemId: choiceItem,
      definition: {
        ...definition,
        options: definition.options.map((o) => ({ ...o, fraction: o.id === key ? 1 : 0 })),
      },
    });
    await as(admin).authoring.publish({ itemId: choiceItem, note: 'key moved' });
  });

  it('declares the scope on every instructor procedure that reads learners’ attempts', () => {
    expect(taughtPaths).toEqual([
      'authoring.regradePreview',
      'grading.essay',
      'grading.grade',
      'grading.queue',
    ]);
    for (const [path, procedure] of procedures)
      if (
        inputKeys(procedure).includes('attemptId') &&
        procedure._def.meta?.access === 'instructor'
      )
        expect(procedure._def.meta?.scope, path).toBe('taught');
  });

  it('grading: an instructor who teaches none of the learner’s cohorts sees and grades nothing', async () => {
    const queued = async (who: Who) =>
      (await as(who).grading.queue({})).essays.some((e) => e.attemptId === essayAttempt);
    expect(await queued(stranger)).toBe(false);
    expect(await queued(teacher)).toBe(true);
    expect(await queued(admin)).toBe(true);
    const essay = { attemptId: essayAttempt, slot: essaySlot };
    expect(await call('grading.essay', stranger, essay)).toBe('NOT_FOUND');
    expect(await call('grading.grade', stranger, { ...essay, levels: {} })).toBe('NOT_FOUND');
    expect(await call('grading.essay', teacher, essay)).toBe('OK');
  });

  it('regrade preview: names only the learners of cohorts the instructor teaches', async () => {
    const mine = async (who: Who) =>
      (await as(who).authoring.regradePreview({ itemId: choiceItem })).changes.find(
        (c) => c.attemptId === essayAttempt,
      );
    expect(await mine(stranger)).toMatchObject({ learnerName: null, learnerEmail: null });
    expect(await mine(teacher)).toMatchObject({ learnerName: 'Ann', learnerEmail: ann.email });
    expect(await mine(admin)).toMatchObject({ learnerName: 'Ann' });
  });
});
