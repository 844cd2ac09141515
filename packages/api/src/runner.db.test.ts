import { bankRecords, course, quizzes } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { DEADLINE_GRACE_MS, type ItemDefinition } from '@alliance/quiz-engine';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { closeExpiredAttempts } from './services/attempts';
import { code, reason } from './test-helpers';

/**
 * The quiz runner's promises, each test on a learner of its own (so any one runs alone): a bad
 * field never blocks the others, a stale tab cannot overwrite a newer answer, a question's state
 * comes back from the server, nothing starts by reading, the server keeps time, and tries cannot
 * be raced.
 */

let db: Database;
let n = 0;
async function newLearner() {
  n++;
  const user = {
    id: `u-runner-${n}`,
    name: `Runner ${n}`,
    email: `runner-${n}@example.test`,
    role: 'learner' as const,
  };
  await db.insert(schema.user).values(user);
  return { user, api: createCaller({ db, user }) };
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
});

/** The course file's definition of an item on a quiz. */
function definitionOf(quizId: string, itemId: string): ItemDefinition {
  const quiz = quizzes.find((q) => q.id === quizId);
  const items = [
    ...(quiz?.definition.sections ?? []).flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
      ),
    ),
    ...(quiz?.definition.pool?.items ?? []),
    ...(quiz?.definition.pool?.cases ?? []).flatMap((c) => c.items),
  ];
  const found = items.find((i) => i.id === itemId);
  if (!found) throw new Error(`no item ${itemId} on ${quizId}`);
  return found;
}

type Started = Awaited<ReturnType<ReturnType<typeof createCaller>['attempt']['start']>>;
function slotsOf(started: Started) {
  return started.presentation.sections.flatMap((s) =>
    s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
  );
}

describe('one bad field never blocks the others', () => {
  it('saves every readable answer of a save, names the unreadable one, and scores what was given', async () => {
    const { api } = await newLearner();
    const quizId = 'quiz-theories';
    const started = await api.attempt.start({ quizId });
    const slots = slotsOf(started);
    const numeric = slots.find((s) => s.item.type === 'numeric');
    const choice = slots.find((s) => s.item.type === 'choice');
    if (!numeric || !choice) throw new Error('the quiz needs a numeric and a choice item');
    const key = definitionOf(quizId, choice.item.id);
    if (key.type !== 'choice') throw new Error('not a choice');
    const right = key.options.find((o) => o.fraction === 1)?.id;

    // "29,x" and "abc" in the numeric field, a correct choice beside them, in one save.
    for (const [sequence, text] of [
      [1, '29,x'],
      [2, 'abc'],
    ] as const) {
      const saved = await api.attempt.save({
        attemptId: started.attemptId,
        sequence,
        responses: {
          [numeric.slot]: { response: { text }, base: sequence - 1 },
          [choice.slot]: { response: { choice: right }, base: sequence - 1 },
        },
      });
      expect(saved.rejected[numeric.slot]).toBe(
        `"${text}" is not a number: type digits, such as 29.5`,
      );
      expect(Object.keys(saved.rejected)).toEqual([numeric.slot]);
    }
    // A decimal comma, as a learner writes it, is a number.
    const comma = await api.attempt.save({
      attemptId: started.attemptId,
      sequence: 3,
      responses: { [numeric.slot]: { response: { text: '29,0' }, base: 2 } },
    });
    expect(comma.rejected).toEqual({});

    const submitted = await api.attempt.submit({ attemptId: started.attemptId });
    const review = await api.attempt.review({ attemptId: submitted.attemptId });
    const scoredChoice = review.items.find((i) => i.slot === choice.slot);
    expect(scoredChoice?.response).toEqual({ choice: right });
    expect(scoredChoice?.points).toBe(scoredChoice?.maxPoints);
    expect(review.items.find((i) => i.slot === numeric.slot)?.response).toEqual({ text: '29,0' });
  });
});

describe('an answer keeps only what its item type reads', () => {
  it('refuses a field the type does not have, and stores the type’s reading of the rest', async () => {
    const { api } = await newLearner();
    const quizId = 'quiz-theories';
    const started = await api.attempt.start({ quizId });
    const choice = slotsOf(started).find((s) => s.item.type === 'choice');
    const numeric = slotsOf(started).find((s) => s.item.type === 'numeric');
    if (!choice || !numeric) throw new Error('the quiz needs a choice and a numeric item');
    const key = definitionOf(quizId, choice.item.id);
    if (key.type !== 'choice') throw new Error('not a choice');
    const right = key.options.find((o) => o.fraction === 1)?.id;
    const saved = await api.attempt.save({
      attemptId: started.attemptId,
      sequence: 1,
      responses: {
        [choice.slot]: { response: { choice: right, junk: 'x'.repeat(100_000) }, base: 0 },
        [numeric.slot]: { response: { text: '  29.5 ' }, base: 0 },
      },
    });
    expect(saved.rejected).toEqual({ [choice.slot]: 'junk: is not part of this answer' });
    const view = await api.attempt.get({ attemptId: started.attemptId });
    expect(JSON.stringify(view)).not.toContain('xxxxxxxxxx');
    expect(view.responses[numeric.slot]?.response).toEqual({ text: '29.5' });
  });
});

describe('a stale tab cannot overwrite newer answers', () => {
  it('does not apply an answer made on a view older than its slot, and says what the slot holds', async () => {
    const { api } = await newLearner();
    const started = await api.attempt.start({ quizId: 'quiz-forms' });
    const [q1, q2] = slotsOf(started).filter((s) => s.item.type === 'choice');
    if (q1?.item.type !== 'choice' || q2?.item.type !== 'choice') throw new Error('two choices');
    const [a, b] = q1.item.options;
    const attemptId = started.attemptId;
    // Both tabs load at sequence 0. Tab B answers q1 with b (sequence 1).
    await api.attempt.save({
      attemptId,
      sequence: 1,
      responses: { [q1.slot]: { response: { choice: b?.id }, base: 0 } },
    });
    // Tab A, behind, is refused as a whole…
    expect(
      await reason(
        api.attempt.save({
          attemptId,
          sequence: 1,
          responses: { [q1.slot]: { response: { choice: a?.id }, base: 0 } },
        }),
      ),
    ).toBe('stale');
    // …and after its reload replays what it kept (made on sequence 0): q1 was written since,
    // so A's older answer is not applied; q2, which B did not touch, is.
    const replay = await api.attempt.save({
      attemptId,
      sequence: 2,
      responses: {
        [q1.slot]: { response: { choice: a?.id }, base: 0 },
        [q2.slot]: { response: { choice: q2.item.options[0]?.id }, base: 0 },
      },
    });
    expect(Object.keys(replay.superseded)).toEqual([q1.slot]);
    expect(replay.superseded[q1.slot]).toMatchObject({ response: { choice: b?.id }, at: 1 });
    const after = await api.attempt.get({ attemptId });
    expect(after.responses[q1.slot]).toMatchObject({ response: { choice: b?.id }, at: 1 });
    expect(after.responses[q2.slot]).toMatchObject({ at: 2 });
    // The same replay sent again is a duplicate, and says the same.
    const again = await api.attempt.save({
      attemptId,
      sequence: 2,
      responses: {
        [q1.slot]: { response: { choice: a?.id }, base: 0 },
        [q2.slot]: { response: { choice: q2.item.options[0]?.id }, base: 0 },
      },
    });
    expect(Object.keys(again.superseded)).toEqual([q1.slot]);
    // A save must say what each answer was based on: without it, it could overwrite blindly.
    expect(
      await code(
        api.attempt.save({
          attemptId,
          sequence: 3,
          responses: { [q1.slot]: { response: { choice: a?.id } } } as never,
        }),
      ),
    ).toBe('BAD_REQUEST');
    // An answer made on the latest view is applied.
    await api.attempt.save({
      attemptId,
      sequence: 3,
      responses: { [q1.slot]: { response: { choice: a?.id }, base: 2 } },
    });
    expect((await api.attempt.get({ attemptId })).responses[q1.slot]?.response).toEqual({
      choice: a?.id,
    });
  });
});

describe('a question’s state comes back from the server', () => {
  it('rebuilds tries, feedback, hint and finish from the stored tries after a reload', async () => {
    const { api } = await newLearner();
    const quizId = 'quiz-obstacles';
    const started = await api.attempt.start({ quizId });
    const choice = slotsOf(started).find((s) => s.item.type === 'choice');
    if (!choice) throw new Error('no choice');
    const key = definitionOf(quizId, choice.item.id);
    if (key.type !== 'choice') throw new Error('not a choice');
    const wrong = key.options.find((o) => o.fraction <= 0)?.id;
    const right = key.options.find((o) => o.fraction === 1)?.id;
    const attemptId = started.attemptId;

    const first = await api.attempt.check({
      attemptId,
      slot: choice.slot,
      sequence: 1,
      answer: { response: { choice: wrong } },
    });
    expect(first).toMatchObject({ right: false, finished: false, triesLeft: 2 });
    expect(first.hint).toBe(key.hints[0]);
    // Reloaded: the same state, hint included, from the server.
    const reloaded = await api.attempt.get({ attemptId });
    expect(reloaded.checks[choice.slot]).toEqual(
      expect.objectContaining({
        triesUsed: 1,
        triesLeft: 2,
        finished: false,
        hint: key.hints[0],
        explanation: null,
      }),
    );
    const second = await api.attempt.check({
      attemptId,
      slot: choice.slot,
      sequence: 2,
      answer: { response: { choice: right } },
    });
    expect(second).toMatchObject({ right: true, finished: true, triesLeft: 1 });
    const finished = (await api.attempt.get({ attemptId })).checks[choice.slot];
    // Everything the check said, and nothing that says Check may be pressed again.
    const { sequence: _s, ...shown } = second;
    expect(finished).toEqual(shown);
    expect(
      await reason(
        api.attempt.check({
          attemptId,
          slot: choice.slot,
          sequence: 3,
          answer: { response: { choice: right } },
        }),
      ),
    ).toBe('finished');
  });

  it('keeps a lesson check’s answer and what it said', async () => {
    const { api } = await newLearner();
    const itemId = course.modules[0]?.lessons[0]?.exercises[0];
    if (!itemId) throw new Error('no exercise');
    const before = await api.practice.saved({ itemIds: [itemId] });
    expect(before).toEqual({});
    const checked = await api.practice
      .check({ itemId, response: { choice: 'nope' } })
      .catch(() => null);
    // Whatever the item type, an answer that cannot be read is not kept.
    if (checked === null) expect(await api.practice.saved({ itemIds: [itemId] })).toEqual({});
    const lesson = await api.course.lesson({ slug: course.modules[0]?.lessons[0]?.slug ?? '' });
    const presentation = lesson.exercises[itemId];
    if (!presentation) throw new Error('no presentation');
    const response =
      presentation.type === 'choice'
        ? { choice: presentation.options[0]?.id }
        : presentation.type === 'multiple-response'
          ? { choices: [presentation.options[0]?.id] }
          : null;
    if (!response) return;
    const result = await api.practice.check({ itemId, response });
    const saved = await api.practice.saved({ itemIds: [itemId] });
    expect(saved[itemId]).toMatchObject({ response, result });
  });
});

describe('reading starts nothing', () => {
  it('shows a quiz’s start page without starting an attempt; a start names its attempt', async () => {
    const { api, user } = await newLearner();
    const overview = await api.attempt.overview({ quizId: 'final-assessment' });
    expect(overview).toMatchObject({
      attemptsUsed: 0,
      attemptsLeft: 2,
      open: null,
      past: [],
      nextAttempt: 1,
      canStart: { ok: true },
    });
    expect(overview.settings.layout).toBe('one-per-page');
    const count = () =>
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.attempts)
        .where(eq(schema.attempts.userId, user.id))
        .then((rows) => rows[0]?.n);
    expect(await count()).toBe(0);
    const started = await api.attempt.start({ quizId: 'final-assessment', attemptNumber: 1 });
    await api.attempt.submit({ attemptId: started.attemptId });
    // A start page left open from before attempt 1 cannot start attempt 2 by accident.
    expect(await reason(api.attempt.start({ quizId: 'final-assessment', attemptNumber: 1 }))).toBe(
      'attempt-changed',
    );
    expect(await count()).toBe(1);
    const after = await api.attempt.overview({ quizId: 'final-assessment' });
    expect(after).toMatchObject({ attemptsUsed: 1, attemptsLeft: 1, nextAttempt: 2 });
    expect(after.past).toHaveLength(1);
    expect(after.past[0]).toMatchObject({ number: 1, attemptId: started.attemptId });
  });
});

describe('the server keeps time', () => {
  async function expiredAttempt(secondsAgo: number) {
    const { api, user } = await newLearner();
    const started = await api.attempt.start({ quizId: 'quiz-building' });
    const choice = slotsOf(started).find((s) => s.item.type === 'choice');
    if (choice?.item.type !== 'choice') throw new Error('no choice');
    // Saved in time…
    await api.attempt.save({
      attemptId: started.attemptId,
      sequence: 1,
      responses: {
        [choice.slot]: { response: { choice: choice.item.options[0]?.id }, base: 0 },
      },
    });
    // …then the clock runs out: the deadline is `secondsAgo` behind the database's now().
    await db
      .update(schema.attempts)
      .set({ deadline: sql`now() - ${secondsAgo} * interval '1 second'` })
      .where(eq(schema.attempts.id, started.attemptId));
    return { api, user, started, choice: { slot: choice.slot, options: choice.item.options } };
  }

  it('refuses a save and a check 5 s after the deadline, and scores what was saved before it', async () => {
    expect(DEADLINE_GRACE_MS).toBeLessThan(5000);
    const { api, started, choice } = await expiredAttempt(5);
    const late = {
      attemptId: started.attemptId,
      sequence: 2,
      responses: { [choice.slot]: { response: { choice: choice.options[1]?.id }, base: 1 } },
    };
    expect(await reason(api.attempt.save(late))).toBe('time-up');
    expect(
      await reason(
        api.attempt.check({
          attemptId: started.attemptId,
          slot: choice.slot,
          sequence: 2,
          answer: { response: { choice: choice.options[1]?.id } },
        }),
      ),
    ).toBe('time-up');
    const submitted = await api.attempt.submit({ attemptId: started.attemptId });
    expect(submitted.reason).toBe('time-up');
    const review = await api.attempt.review({ attemptId: started.attemptId });
    expect(review.items.find((i) => i.slot === choice.slot)?.response).toEqual({
      choice: choice.options[0]?.id,
    });
  });

  it('takes a save within the grace (the network’s last second)', async () => {
    const { api, started, choice } = await expiredAttempt(1);
    const saved = await api.attempt.save({
      attemptId: started.attemptId,
      sequence: 2,
      responses: { [choice.slot]: { response: { choice: choice.options[1]?.id }, base: 1 } },
    });
    expect(saved.sequence).toBe(2);
  });

  it('closes attempts whose time ran out by itself: submitted as time-up, scored, on the dashboards', async () => {
    const { user, started } = await expiredAttempt(10);
    const running = await expiredAttempt(-600); // still ten minutes to go
    expect(await closeExpiredAttempts(db)).toBeGreaterThanOrEqual(1);
    const [row] = await db
      .select()
      .from(schema.attempts)
      .where(eq(schema.attempts.id, started.attemptId));
    expect(row).toMatchObject({ state: 'submitted', submitReason: 'time-up' });
    expect(row?.points).not.toBeNull();
    const [stats] = await db
      .select()
      .from(schema.learnerQuizStats)
      .where(
        and(
          eq(schema.learnerQuizStats.userId, user.id),
          eq(schema.learnerQuizStats.quizId, 'quiz-building'),
        ),
      );
    expect(stats?.submitted).toBe(1);
    const [open] = await db
      .select({ state: schema.attempts.state })
      .from(schema.attempts)
      .where(eq(schema.attempts.id, running.started.attemptId));
    expect(open?.state).toBe('in-progress');
    // Run again (another app instance, the next tick): nothing is closed twice.
    await closeExpiredAttempts(db);
    const rows = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.attemptItems)
      .where(eq(schema.attemptItems.attemptId, started.attemptId));
    expect(rows[0]?.n).toBe(slotsOf(started).length);
  });

  it('closes each expired attempt once when two instances run the job at the same moment', async () => {
    const expired = await Promise.all([expiredAttempt(10), expiredAttempt(10), expiredAttempt(10)]);
    const [a, b] = await Promise.all([closeExpiredAttempts(db), closeExpiredAttempts(db)]);
    expect(a + b).toBeGreaterThanOrEqual(3);
    for (const { started } of expired) {
      const [row] = await db
        .select()
        .from(schema.attempts)
        .where(eq(schema.attempts.id, started.attemptId));
      expect(row?.state).toBe('submitted');
      const events = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.learningEvents)
        .where(
          and(
            eq(schema.learningEvents.attemptId, started.attemptId),
            eq(schema.learningEvents.objectType, 'attempt'),
          ),
        );
      expect(events[0]?.n).toBe(1);
    }
  });
});

describe('tries cannot be raced', () => {
  it('evaluates at most the allowed tries when checks arrive at once, and charges each', async () => {
    const { api } = await newLearner();
    const quizId = 'quiz-obstacles';
    const started = await api.attempt.start({ quizId });
    expect(started.settings).toMatchObject({ behaviour: 'interactive', tries: 3 });
    const choice = slotsOf(started).find((s) => s.item.type === 'choice');
    if (!choice) throw new Error('no choice');
    const key = definitionOf(quizId, choice.item.id);
    if (key.type !== 'choice') throw new Error('not a choice');
    const wrongs = key.options.filter((o) => o.fraction <= 0).map((o) => o.id);
    const right = key.options.find((o) => o.fraction === 1)?.id;
    const picks = [...wrongs.slice(0, 3), right];
    // Four at once, each with its own sequence number (what an attacker would send).
    const results = await Promise.allSettled(
      picks.map((choiceId, i) =>
        api.attempt.check({
          attemptId: started.attemptId,
          slot: choice.slot,
          sequence: i + 1,
          answer: { response: { choice: choiceId } },
        }),
      ),
    );
    const evaluated = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(evaluated.length).toBeGreaterThan(0);
    expect(evaluated.length).toBeLessThanOrEqual(3);
    // Each evaluated check saw the ones before it: one try more each time.
    expect(evaluated.map((e) => e.triesUsed).sort()).toEqual(evaluated.map((_, i) => i + 1));
    const stored = (await api.attempt.get({ attemptId: started.attemptId })).checks[choice.slot];
    expect(stored?.triesUsed).toBe(evaluated.length);
    // A right answer after k wrong tries is charged k penalties.
    for (const e of evaluated.filter((x) => x.right)) {
      const expected = Math.max(0, 1 - (e.triesUsed - 1) / 3) * choice.item.points;
      expect(e.points).toBeCloseTo(expected, 2);
    }
    // The same check four times at once (a client retrying): one is evaluated, the others are
    // answered as that one, and one try is charged.
    const other = slotsOf(started).filter((s) => s.item.type === 'choice')[1];
    if (other?.item.type !== 'choice') throw new Error('a second choice');
    const otherKey = definitionOf(quizId, other.item.id);
    if (otherKey.type !== 'choice') throw new Error('not a choice');
    const wrong = otherKey.options.find((o) => o.fraction <= 0)?.id;
    const retries = await Promise.all(
      [0, 1, 2, 3].map(() =>
        api.attempt.check({
          attemptId: started.attemptId,
          slot: other.slot,
          sequence: 10,
          answer: { response: { choice: wrong } },
        }),
      ),
    );
    expect(retries.map((r) => r.triesUsed)).toEqual([1, 1, 1, 1]);
    const view = await api.attempt.get({ attemptId: started.attemptId });
    expect(view.checks[other.slot]?.triesUsed).toBe(1);
  });

  it('never charges a try for an answer it cannot read, nor checks an essay', async () => {
    const { api } = await newLearner();
    const started = await api.attempt.start({ quizId: 'quiz-obstacles' });
    const numeric = slotsOf(started).find((s) => s.item.type === 'numeric');
    const essay = slotsOf(started).find((s) => s.item.type === 'essay');
    if (!numeric || !essay) throw new Error('needs a numeric and an essay');
    expect(
      await reason(
        api.attempt.check({
          attemptId: started.attemptId,
          slot: numeric.slot,
          sequence: 1,
          answer: { response: { text: 'abc' } },
        }),
      ),
    ).toBe('invalid-answer');
    expect(
      await reason(
        api.attempt.check({
          attemptId: started.attemptId,
          slot: essay.slot,
          sequence: 1,
          answer: { response: { text: 'An essay.' } },
        }),
      ),
    ).toBe('not-checkable');
    const view = await api.attempt.get({ attemptId: started.attemptId });
    expect(view.checks).toEqual({});
    expect(view.sequence).toBe(0);
  });
});
