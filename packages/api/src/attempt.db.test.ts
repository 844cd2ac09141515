import { bankRecords, course, quizzes, standaloneItems } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import type { PaperPresentation } from '@alliance/quiz-engine';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { code } from './test-helpers';

let db: Database;
const learner = { id: 'u-ann', name: 'Ann', email: 'ann@example.test', role: 'learner' as const };
const other = { id: 'u-bob', name: 'Bob', email: 'bob@example.test', role: 'learner' as const };
const third = { id: 'u-cid', name: 'Cid', email: 'cid@example.test', role: 'learner' as const };
const as = (user: typeof learner) => createCaller({ db, user });

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  for (const u of [learner, other, third]) await db.insert(schema.user).values(u);
});

/** Everything in the quiz that a learner must not see before submitting. */
function secretsOf(quizId: string): string[] {
  const quiz = quizzes.find((q) => q.id === quizId);
  const items = [
    ...(quiz?.definition.sections ?? []).flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
      ),
    ),
  ];
  return items.flatMap((item) => {
    const out = [item.explanation];
    if (item.type === 'choice' || item.type === 'multiple-response')
      out.push(...item.options.map((o) => o.feedback));
    return out.filter((text) => text.length > 20);
  });
}

describe('attempt: start, save, submit, review', () => {
  const quizId = 'quiz-obstacles';
  let attemptId = '';
  let slots: string[] = [];

  it('starts with the presentation only: no key, fraction, feedback or explanation', async () => {
    const started = await as(learner).attempt.start({ quizId });
    attemptId = started.attemptId;
    const json = JSON.stringify(started);
    expect(json).not.toMatch(
      /"(fraction|correct|answer|match|bucket|feedback|explanation|answers|patterns|seed)"/,
    );
    for (const secret of secretsOf(quizId)) expect(json).not.toContain(secret);
    slots = started.presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e.slot] : e.items.map((i) => i.slot))),
    );
    expect(slots.length).toBeGreaterThan(5);
  });

  it('keeps one attempt open when two tabs start at the same moment', async () => {
    const api = as(other);
    const [a, b] = await Promise.all([
      api.attempt.start({ quizId: 'quiz-theories' }),
      api.attempt.start({ quizId: 'quiz-theories' }),
    ]);
    expect(a.attemptId).toBe(b.attemptId);
  });

  it('resumes the same attempt on a second start (reload, second device)', async () => {
    expect((await as(learner).attempt.start({ quizId })).attemptId).toBe(attemptId);
  });

  it('saves with rising sequence numbers and refuses a stale tab', async () => {
    const api = as(learner);
    const started = await api.attempt.get({ attemptId });
    const entries = started.presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
    );
    const firstItem = entries.find((e) => e.item.type === 'choice');
    if (firstItem?.item.type !== 'choice') throw new Error('no choice item on the paper');
    const first = firstItem.slot;
    const [optionA, optionB] = firstItem.item.options;
    const pick = (option: typeof optionA) => ({
      [first]: { response: { choice: option?.id ?? null }, base: 0 },
    });
    await api.attempt.save({ attemptId, sequence: 1, responses: pick(optionA) });
    // The same save again (a retry) is fine…
    expect(await api.attempt.save({ attemptId, sequence: 1, responses: pick(optionA) })).toEqual({
      sequence: 1,
      rejected: {},
      superseded: {},
    });
    // …but another tab saving different answers with an old number is a conflict.
    expect(await code(api.attempt.save({ attemptId, sequence: 1, responses: pick(optionB) }))).toBe(
      'CONFLICT',
    );
    // An answer the item cannot score is not saved, and named, when saved: not discovered at
    // submission, and without stopping the rest of the save.
    const bad = await api.attempt.save({
      attemptId,
      sequence: 2,
      responses: { [first]: { response: { choice: 'zz' }, base: 1 } },
    });
    expect(bad.rejected[first]).toContain('unknown option "zz"');
    expect((await api.attempt.get({ attemptId })).responses[first]?.response).toEqual({
      choice: optionA?.id,
    });
    expect(
      await api.attempt.save({
        attemptId,
        sequence: 3,
        responses: { [first]: { response: null, base: 2 } },
      }),
    ).toEqual({ sequence: 3, rejected: {}, superseded: {} });
    expect((await api.attempt.get({ attemptId })).responses[first]).toMatchObject({
      response: null,
      triesUsed: 0,
    });
  });

  it('refuses slots that are not on the paper, and other people’s attempts', async () => {
    const saved = await as(learner).attempt.save({
      attemptId,
      sequence: 4,
      responses: { 's9.9': { response: null, base: 3 } },
    });
    expect(saved.rejected).toEqual({ 's9.9': 'is not a question of this attempt' });
    expect(await code(as(other).attempt.get({ attemptId }))).toBe('NOT_FOUND');
    expect(await code(as(other).attempt.submit({ attemptId }))).toBe('NOT_FOUND');
  });

  it('keeps the review closed until submission', async () => {
    expect(await code(as(learner).attempt.review({ attemptId }))).toBe('PRECONDITION_FAILED');
  });

  it('submits once: a double submit returns the same result', async () => {
    const api = as(learner);
    const [a, b] = await Promise.all([
      api.attempt.submit({ attemptId }),
      api.attempt.submit({ attemptId }),
    ]);
    expect(a.points).toBe(b.points);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    const rows = await db
      .select()
      .from(schema.attemptItems)
      .where(eq(schema.attemptItems.attemptId, attemptId));
    expect(rows).toHaveLength(slots.length);
    expect(await code(api.attempt.save({ attemptId, sequence: 9, responses: {} }))).toBe(
      'CONFLICT',
    );
  });

  it('opens the review with keys, explanations and the breakdown', async () => {
    const review = await as(learner).attempt.review({ attemptId });
    expect(review.items).toHaveLength(slots.length);
    expect(review.items.every((i) => i.breakdown.length > 0)).toBe(true);
    expect(review.total.lines.at(-1)).toMatch(/^total /);
  });
});

describe('attempt limits and time', () => {
  it('allows the final assessment twice, then refuses with the reason', async () => {
    const api = as(other);
    for (let i = 0; i < 2; i++) {
      const { attemptId } = await api.attempt.start({ quizId: 'final-assessment' });
      await api.attempt.submit({ attemptId });
    }
    await expect(api.attempt.start({ quizId: 'final-assessment' })).rejects.toThrow(
      'all 2 attempts used',
    );
  });

  it('two learners get different papers from the same quiz', async () => {
    const a = await as(learner).attempt.start({ quizId: 'final-assessment' });
    const b = await as(third).attempt.start({ quizId: 'final-assessment' });
    expect(JSON.stringify(a.presentation)).not.toBe(JSON.stringify(b.presentation));
    // Leave nothing open: an unsubmitted assessment locks its items elsewhere (tested below).
    await as(learner).attempt.submit({ attemptId: a.attemptId });
    await as(third).attempt.submit({ attemptId: b.attemptId });
  });

  it('marks a submission after the deadline as time-up', async () => {
    const { attemptId } = await as(learner).attempt.start({ quizId: 'quiz-benefits' });
    await db
      .update(schema.attempts)
      .set({ deadline: new Date(Date.now() - 1000) })
      .where(eq(schema.attempts.id, attemptId));
    expect((await as(learner).attempt.submit({ attemptId })).reason).toBe('time-up');
  });

  it('answers an unknown quiz with NOT_FOUND', async () => {
    expect(await code(as(learner).attempt.start({ quizId: 'no-such-quiz' }))).toBe('NOT_FOUND');
  });
});

/** Items placed in lessons as checks of understanding. */
const EXERCISES = new Set(course.modules.flatMap((m) => m.lessons.flatMap((l) => l.exercises)));

describe('mastery', () => {
  it('moves with submissions and checks, and schedules reviews', async () => {
    const eve = { id: 'u-eve', name: 'Eve', email: 'eve@example.test', role: 'learner' as const };
    await db.insert(schema.user).values(eve);
    const api = as(eve);
    const before = await api.mastery.mine();
    expect(before.every((o) => o.level === 'not-started' && o.recall === null)).toBe(true);
    // A perfect check of understanding is practice evidence: proficient, with a review scheduled.
    const item = standaloneItems.find((i) => i.item.type === 'choice' && EXERCISES.has(i.item.id));
    if (item?.item.type !== 'choice') throw new Error('the bank has no choice item');
    const best = item.item.options.reduce((a, b) => (b.fraction > a.fraction ? b : a));
    await api.practice.check({ itemId: item.item.id, response: { choice: best.id } });
    const after = await api.mastery.mine();
    const objective = after.find((o) => o.id === item.item.objectives[0]);
    expect(objective?.level).toBe('proficient');
    expect(objective?.recall).toBeGreaterThan(0.9);
    expect(objective?.nextReview?.getTime()).toBeGreaterThan(Date.now());
    // Nothing is due yet right after practising.
    expect(await api.mastery.reviewSession({ size: 5 })).toEqual([]);
  });

  it('lists submitted attempts for the results chart', async () => {
    const history = await as(learner).progress.quizHistory();
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history.every((h) => h.submittedAt !== null)).toBe(true);
  });
});

describe('checking answers in an interactive quiz', () => {
  it('gives feedback and a hint per try, penalises wrong tries, and reveals the explanation when finished', async () => {
    const api = as(third);
    const started = await api.attempt.start({ quizId: 'quiz-obstacles' });
    expect(started.settings).toMatchObject({ behaviour: 'interactive', tries: 3 });
    const entry = started.presentation.sections
      .flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)))
      .find((e) => e.item.type === 'choice');
    if (entry?.item.type !== 'choice') throw new Error('no choice item');
    const definition = quizzes
      .find((q) => q.id === 'quiz-obstacles')
      ?.definition.sections.flatMap((s) =>
        s.entries.flatMap((e) =>
          e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
        ),
      )
      .find((i) => i.id === entry.item.id);
    if (definition?.type !== 'choice') throw new Error('definition not found');
    const wrong = definition.options.find((o) => o.fraction <= 0);
    const right = definition.options.find((o) => o.fraction === 1);
    const first = await api.attempt.check({
      attemptId: started.attemptId,
      slot: entry.slot,
      sequence: 1,
      answer: { response: { choice: wrong?.id ?? null } },
    });
    expect(first).toMatchObject({
      right: false,
      finished: false,
      triesLeft: 2,
      explanation: null,
      breakdown: null,
    });
    const second = await api.attempt.check({
      attemptId: started.attemptId,
      slot: entry.slot,
      sequence: 2,
      answer: { response: { choice: right?.id ?? null } },
    });
    expect(second).toMatchObject({ right: true, finished: true, triesLeft: 1 });
    // Points are kept to hundredths, as they are shown.
    expect(second.points).toBe(Math.round(entry.item.points * (2 / 3) * 100) / 100);
    expect(second.explanation).toBe(definition.explanation);
    expect(
      await code(
        api.attempt.check({
          attemptId: started.attemptId,
          slot: entry.slot,
          sequence: 3,
          answer: { response: { choice: right?.id ?? null } },
        }),
      ),
    ).toBe('CONFLICT');
    // A plain save cannot wipe the checked tries to get the penalty back or fresh tries.
    const plainSave = {
      attemptId: started.attemptId,
      sequence: 4,
      responses: { [entry.slot]: { response: { choice: right?.id ?? null }, base: 2 } },
    };
    await api.attempt.save(plainSave);
    // Sent again (a retry), it is a duplicate beside the stored tries, not a conflict.
    expect(await api.attempt.save(plainSave)).toEqual({
      sequence: 4,
      rejected: {},
      superseded: {},
    });
    expect(
      await code(
        api.attempt.check({
          attemptId: started.attemptId,
          slot: entry.slot,
          sequence: 5,
          answer: { response: { choice: right?.id ?? null } },
        }),
      ),
    ).toBe('CONFLICT');
    const submitted = await api.attempt.submit({ attemptId: started.attemptId });
    const review = await api.attempt.review({ attemptId: submitted.attemptId });
    expect(review.items.find((i) => i.slot === entry.slot)?.points).toBe(second.points);
  });

  it('refuses checks in a deferred quiz', async () => {
    const started = await as(third).attempt.start({ quizId: 'final-assessment' });
    const slot = started.presentation.sections[0]?.entries[0];
    const slotId = slot?.kind === 'item' ? slot.slot : (slot?.items[0]?.slot ?? '');
    expect(
      await code(
        as(third).attempt.check({
          attemptId: started.attemptId,
          slot: slotId,
          sequence: 1,
          answer: { response: null },
        }),
      ),
    ).toBe('BAD_REQUEST');
  });
});

describe('no answers during an open assessment', () => {
  const slotsOf = ({ presentation }: { presentation: PaperPresentation }) =>
    presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
    );

  it('checks no item of the final, before it is submitted or after', async () => {
    const dee = { id: 'u-dee', name: 'Dee', email: 'dee@example.test', role: 'learner' as const };
    await db.insert(schema.user).values(dee);
    const api = as(dee);
    const started = await api.attempt.start({ quizId: 'final-assessment' });
    const onPaper = slotsOf(started);
    expect(onPaper.length).toBeGreaterThan(30);
    const checkAll = () =>
      Promise.all(
        onPaper.map((e) => code(api.practice.check({ itemId: e.item.id, response: null }))),
      );
    // The final's bank is its own: no lesson check or practice item, so nothing checks it.
    expect(new Set(await checkAll())).toEqual(new Set(['NOT_FOUND']));
    await api.attempt.submit({ attemptId: started.attemptId });
    expect(new Set(await checkAll())).toEqual(new Set(['NOT_FOUND']));
  });

  it('refuses a lesson check that sits on an open deferred quiz, then allows it', async () => {
    // An instructor's deferred quiz holding a lesson's check: while a learner's attempt at it is
    // open, neither the lesson nor a practice quiz may score that item.
    const item = standaloneItems.find((i) => i.item.type === 'choice' && EXERCISES.has(i.item.id));
    if (item?.item.type !== 'choice') throw new Error('no choice lesson check');
    const instructor = {
      id: 'u-ivy',
      name: 'Ivy',
      email: 'ivy@example.test',
      role: 'instructor' as const,
    };
    await db.insert(schema.user).values(instructor);
    await createCaller({ db, user: instructor }).quizzes.publish({
      quizId: 'deferred-drill',
      spec: {
        title: 'Deferred drill',
        kind: 'practice',
        settings: { behaviour: 'deferred' },
        sections: [{ id: 'main', entries: [{ kind: 'item', itemId: item.item.id }] }],
      },
      moduleId: null,
      create: true,
    });
    const gus = { id: 'u-gus', name: 'Gus', email: 'gus@example.test', role: 'learner' as const };
    await db.insert(schema.user).values(gus);
    const api = as(gus);
    const { attemptId } = await api.attempt.start({ quizId: 'deferred-drill' });
    const check = () =>
      api.practice.check({
        itemId: item.item.id,
        response: {
          choice: item.item.type === 'choice' ? (item.item.options[0]?.id ?? null) : null,
        },
      });
    await expect(check()).rejects.toThrow('part of an assessment you have not submitted yet');
    // The lesson says so before the learner tries, and tells nothing of what a check said.
    expect((await api.practice.saved({ itemIds: [item.item.id] }))[item.item.id]).toMatchObject({
      locked: true,
      result: null,
    });
    // Nor through the practice quiz that holds the same item.
    const practiceId = quizzes.find(
      (q) =>
        q.kind === 'practice' &&
        q.definition.sections.some((sec) =>
          sec.entries.some((e) => e.kind === 'item' && e.item.id === item.item.id),
        ),
    )?.id;
    if (!practiceId) throw new Error('the lesson check is on no practice quiz');
    const practice = await api.attempt.start({ quizId: practiceId });
    const slot = slotsOf(practice).find((e) => e.item.id === item.item.id)?.slot;
    expect(
      await code(
        api.attempt.check({
          attemptId: practice.attemptId,
          slot: slot ?? '',
          sequence: 1,
          answer: { response: { choice: null } },
        }),
      ),
    ).toBe('FORBIDDEN');
    await api.attempt.submit({ attemptId });
    expect((await check()).explanation.length).toBeGreaterThan(0);
    expect((await api.practice.saved({ itemIds: [item.item.id] }))[item.item.id]).toMatchObject({
      locked: false,
      result: { fraction: expect.any(Number) },
    });
  });
});

describe('lesson checks with penalties', () => {
  it('records a penalised wrong answer as no mastery evidence, not an error', async () => {
    const fay = { id: 'u-fay', name: 'Fay', email: 'fay@example.test', role: 'learner' as const };
    await db.insert(schema.user).values(fay);
    const penalised = standaloneItems.find(
      (i) =>
        i.item.type === 'choice' &&
        EXERCISES.has(i.item.id) &&
        i.item.options.some((o) => o.fraction < 0),
    );
    if (penalised?.item.type !== 'choice') throw new Error('no lesson check with a penalty');
    const worst = penalised.item.options.reduce((a, b) => (b.fraction < a.fraction ? b : a));
    const result = await as(fay).practice.check({
      itemId: penalised.item.id,
      response: { choice: worst.id },
    });
    expect(result.fraction).toBeLessThan(0);
    const objective = (await as(fay).mastery.mine()).find(
      (o) => o.id === penalised.item.objectives[0],
    );
    expect(objective?.level).toBe('attempted');
  });
});
