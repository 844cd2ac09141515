import { bankRecords, COURSE_ID, course, quizzes } from '@alliance/content';
import {
  cohortGradebook,
  cohortQuizScores,
  cohortStanding,
  type Database,
  definitionHash,
  schema,
} from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import {
  attemptSettingsSchema,
  GRADING_METHODS,
  type GradedAttempt,
  quizGrade,
} from '@alliance/quiz-engine';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradebookCsv } from './gradebook';
import { createCaller } from './root';
import { rebuildQuizGrades, refreshQuizGrade } from './services/grades';

/**
 * One grade on every surface: over random attempt histories — several quiz versions with
 * different grading methods and pass marks, attempts waiting for a grader — the learner's start
 * page, their grades list, the gradebook (rows and CSV), the cohort's score bands and the
 * at-risk standing all show quiz-engine's `quizGrade`, and a rebuild gives the same rows.
 */

let db: Database;
const QUIZ = 'quiz-grade-lab';
const base = quizzes.find((q) => q.id === 'quiz-definition');
if (!base) throw new Error('no quiz-definition');
/** Versions 1–4 of the lab quiz, each with its own grading method and pass mark. */
const VERSIONS = GRADING_METHODS.map((grading, i) =>
  attemptSettingsSchema.parse({
    ...base.settings,
    grading,
    passMark: [0.5, 0.7, null, 0.6][i] ?? null,
  }),
);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  await db.insert(schema.quizzes).values({
    id: QUIZ,
    kind: 'practice',
    title: 'Grade lab',
    currentVersion: VERSIONS.length,
  });
  await db.insert(schema.quizVersions).values(
    VERSIONS.map((settings, i) => ({
      quizId: QUIZ,
      version: i + 1,
      definition: { ...base.definition, id: QUIZ },
      settings,
      hash: definitionHash({ i, settings }),
    })),
  );
});

const settingsOf = (version: number) => {
  const settings = VERSIONS[version - 1];
  if (!settings) throw new Error(`no version ${version}`);
  return settings;
};

const attemptArb = fc.record({
  version: fc.integer({ min: 1, max: VERSIONS.length }),
  fraction: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
  pending: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
});
const historyArb = fc.array(fc.array(attemptArb, { minLength: 0, maxLength: 4 }), {
  minLength: 1,
  maxLength: 4,
});

let run = 0;

describe('one grade, every surface', () => {
  it('shows quizGrade on the start page, the grades list, the gradebook, the bands and the at-risk list', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (histories) => {
        run++;
        const cohortId = `grades-${run}`;
        await db
          .insert(schema.cohorts)
          .values({ id: cohortId, name: cohortId, courseId: COURSE_ID });
        const learners = histories.map((_, i) => ({
          id: `g-${run}-${i}`,
          name: `G ${run} ${i}`,
          email: `g-${run}-${i}@example.test`,
          role: 'learner' as const,
        }));
        await db.insert(schema.user).values(learners);
        await db
          .insert(schema.cohortMembers)
          .values(learners.map((l) => ({ cohortId, userId: l.id, role: 'learner' })));
        const expected = new Map<string, ReturnType<typeof quizGrade>>();
        for (const [i, history] of histories.entries()) {
          const learner = learners[i];
          if (!learner) continue;
          const graded: GradedAttempt[] = [];
          for (const [k, a] of history.entries()) {
            const submittedAt = new Date(Date.UTC(2026, 0, 1, 10, k));
            await db.insert(schema.attempts).values({
              id: `att-${run}-${i}-${k}`,
              userId: learner.id,
              quizId: QUIZ,
              quizVersion: a.version,
              seed: `s${k}`,
              state: 'submitted',
              startedAt: new Date(submittedAt.getTime() - 60_000),
              submittedAt,
              submitReason: 'submitted',
              points: a.fraction * 10,
              maxPoints: 10,
              fraction: a.fraction,
              pending: a.pending,
              result: { passed: null },
            });
            graded.push({
              fraction: a.fraction,
              submittedAt,
              pending: a.pending,
              settings: settingsOf(a.version),
            });
          }
          // What every scoring write does in its transaction.
          await refreshQuizGrade(db, learner.id, QUIZ);
          expected.set(learner.id, quizGrade(graded));
        }

        const book = await cohortGradebook(db, { cohortId, courseId: COURSE_ID });
        let csv = '';
        for await (const chunk of gradebookCsv(book)) csv += chunk;
        const header = csv.split('\n')[0]?.split(',') ?? [];
        const column = header.findIndex((h) => h.startsWith('Grade lab'));
        for (const learner of learners) {
          const want = expected.get(learner.id);
          if (!want) continue;
          const api = createCaller({ db, user: learner });
          const overview = await api.attempt.overview({ quizId: QUIZ });
          expect(overview.grade).toMatchObject({ fraction: want.fraction, passed: want.passed });
          const mine = (await api.progress.grades()).find((g) => g.quizId === QUIZ);
          if (want.counted + want.waiting === 0) expect(mine).toBeUndefined();
          else expect(mine).toMatchObject({ fraction: want.fraction, passed: want.passed });
          const row = book.learners.find((l) => l.userId === learner.id);
          expect(row?.grades.get(QUIZ) ?? null).toBe(want.fraction);
          const line = csv
            .split('\n')
            .find((l) => l.includes(learner.email))
            ?.split(',');
          expect(line?.[column] ?? '').toBe(
            want.fraction === null ? '' : (Math.round(want.fraction * 1000) / 10).toFixed(1),
          );
        }
        // The bands: how many learners have a grade, their mean, and in which tenth each falls.
        const grades = [...expected.values()].flatMap((g) =>
          g.fraction === null ? [] : [g.fraction],
        );
        const scores = (await cohortQuizScores(db, { cohortId })).find((q) => q.quizId === QUIZ);
        if (grades.length === 0) expect(scores).toBeUndefined();
        else {
          expect(scores?.learners).toBe(grades.length);
          expect(scores?.mean).toBeCloseTo(grades.reduce((a, b) => a + b, 0) / grades.length, 9);
          // Which band a grade is in is the database's one rule (score_band in sql/helpers.sql).
          const [placed] = await db.execute<{ bands: number[]; count: number }>(sql`
            select array(select score_band(g) from unnest(${`{${grades.join(',')}}`}::float8[]) g)
                     as bands, score_band_count() as count`);
          const bands = Array(placed?.count ?? 0).fill(0);
          for (const band of placed?.bands ?? []) bands[band]++;
          expect(scores?.bands).toEqual(bands);
        }
        // At risk: a grade below the pass mark counts.
        for (const standing of await cohortStanding(db, { cohortId }))
          expect(standing.quizzesBelowPass).toBe(
            expected.get(standing.userId)?.passed === false ? 1 : 0,
          );
      }),
      { numRuns: 25 },
    );
    // A rebuild from the attempts gives exactly the rows the writes stored.
    const before = await db.select().from(schema.learnerQuizGrades);
    await rebuildQuizGrades(db);
    const after = await db.select().from(schema.learnerQuizGrades);
    const key = (r: (typeof before)[number]) =>
      JSON.stringify([r.userId, r.quizId, r.fraction, r.passed, r.method, r.counted, r.waiting]);
    expect(after.map(key).sort()).toEqual(before.map(key).sort());
  }, 120_000);

  it('follows a submission, an essay graded and a regrade through the app', async () => {
    const user = {
      id: 'g-app',
      name: 'App',
      email: 'g-app@example.test',
      role: 'learner' as const,
    };
    await db.insert(schema.user).values(user);
    const api = createCaller({ db, user });
    const started = await api.attempt.start({ quizId: 'quiz-forms' });
    const essay = started.presentation.sections
      .flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)))
      .find((e) => e.item.type === 'essay');
    if (!essay) throw new Error('quiz-forms has an essay');
    await api.attempt.save({
      attemptId: started.attemptId,
      sequence: 1,
      responses: { [essay.slot]: { response: { text: 'An answer for the grader.' }, base: 0 } },
    });
    await api.attempt.submit({ attemptId: started.attemptId });
    const stored = async () =>
      (
        await db
          .select()
          .from(schema.learnerQuizGrades)
          .where(eq(schema.learnerQuizGrades.userId, user.id))
      )[0];
    // Only the attempt waiting for its grader: no grade yet, one waiting.
    expect(await stored()).toMatchObject({ fraction: null, waiting: 1, counted: 0 });
    const staff = createCaller({
      db,
      user: { id: 'g-staff', name: 'Staff', email: 'g-staff@example.test', role: 'admin' },
    });
    await db.insert(schema.user).values({
      id: 'g-staff',
      name: 'Staff',
      email: 'g-staff@example.test',
      role: 'admin',
    });
    const toGrade = await staff.grading.essay({ attemptId: started.attemptId, slot: essay.slot });
    const levels = Object.fromEntries(
      toGrade.item.rubric.map((c) => [c.id, c.levels.at(-1)?.id ?? '']),
    );
    await staff.grading.grade({ attemptId: started.attemptId, slot: essay.slot, levels });
    const graded = await stored();
    expect(graded).toMatchObject({ waiting: 0, counted: 1 });
    expect(graded?.fraction).toBeGreaterThan(0);
    const [attempt] = await db
      .select({ fraction: schema.attempts.fraction })
      .from(schema.attempts)
      .where(eq(schema.attempts.id, started.attemptId));
    expect(graded?.fraction).toBe(attempt?.fraction);
  });
});
