import { describe, expect, it } from 'vitest';
import {
  applyCertainty,
  attemptDeadline,
  attemptSettingsSchema,
  canStartAttempt,
  overallGrade,
  responsesAtSubmission,
  scoreAttempt,
  scoreSlot,
} from './attempt';
import { gradeEssay } from './items/essay';
import { assemblePaper, paperSlots, parseQuiz } from './quiz';
import { sampleCase, sampleItems } from './samples';

const items = sampleItems();
const byId = (id: string) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(id);
  return item;
};
const settings = (s: Record<string, unknown> = {}) => attemptSettingsSchema.parse(s);
const choiceItem = byId('renewal-obstacle');
const oneItemQuiz = (() => {
  const parsed = parseQuiz({
    id: 'one',
    title: 'One item',
    sections: [{ id: 's', entries: [{ kind: 'item', item: choiceItem }] }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
})();

describe('behaviours', () => {
  it('deferred and immediate: one try, the raw score', () => {
    for (const behaviour of ['deferred', 'immediate']) {
      const result = scoreSlot(
        choiceItem,
        [{ response: { choice: 'a' } }],
        settings({ behaviour }),
      );
      expect(result).toMatchObject({ ok: true, value: { fraction: 1, points: 1 } });
      expect(
        scoreSlot(
          choiceItem,
          [{ response: { choice: 'b' } }, { response: { choice: 'a' } }],
          settings({ behaviour }),
        ).ok,
      ).toBe(false);
    }
  });

  it('interactive: max(0, raw − wrong tries × penalty)', () => {
    const s = settings({ behaviour: 'interactive', tries: 3, penaltyPerTry: 0.25 });
    const second = scoreSlot(
      choiceItem,
      [{ response: { choice: 'c' } }, { response: { choice: 'a' } }],
      s,
    );
    expect(second.ok && second.value.fraction).toBe(0.75);
    expect(second.ok && second.value.steps.at(-1)).toBe(
      '1 wrong try × 0.25 penalty: 1 − 0.25 → 0.75',
    );
    const third = scoreSlot(
      choiceItem,
      [{ response: { choice: 'c' } }, { response: { choice: 'd' } }, { response: { choice: 'a' } }],
      s,
    );
    expect(third.ok && third.value.fraction).toBe(0.5);
    const never = scoreSlot(
      choiceItem,
      [{ response: { choice: 'c' } }, { response: { choice: 'd' } }, { response: { choice: 'b' } }],
      s,
    );
    expect(never.ok && never.value.fraction).toBe(0);
    expect(scoreSlot(choiceItem, Array(4).fill({ response: { choice: 'c' } }), s)).toMatchObject({
      ok: false,
      issues: [{ path: 'tries', message: '4 tries, but 3 allowed' }],
    });
  });

  it('interactive: one wrong try is floored at 0 too, never below two wrong tries', () => {
    const s = settings({ behaviour: 'interactive' });
    const once = scoreSlot(choiceItem, [{ response: { choice: 'b' } }], s);
    const twice = scoreSlot(
      choiceItem,
      [{ response: { choice: 'b' } }, { response: { choice: 'b' } }],
      s,
    );
    expect(once.ok && once.value.fraction).toBe(0);
    expect(twice.ok && twice.value.fraction).toBe(0);
    expect(once.ok && once.value.steps.at(-1)).toBe('interactive: never below 0 → 0');
    // Deferred keeps the option's penalty.
    const deferred = scoreSlot(choiceItem, [{ response: { choice: 'b' } }], settings());
    expect(deferred.ok && deferred.value.fraction).toBe(-0.25);
  });

  it('rejects tries of the wrong shape instead of throwing', () => {
    const s = settings({ behaviour: 'interactive' });
    for (const tries of [{}, 'ab', null, 3]) {
      expect(scoreSlot(choiceItem, tries as never, s)).toEqual({
        ok: false,
        issues: [{ path: 'tries', message: 'expected a list of tries' }],
      });
    }
    expect(scoreSlot(choiceItem, [null] as never, s)).toEqual({
      ok: false,
      issues: [{ path: 'tries[0]', message: 'expected { response, certainty? }' }],
    });
    expect(scoreAttempt(assemblePaper(oneItemQuiz, 'x'), null as never, s)).toEqual({
      ok: false,
      issues: [{ path: 'tries', message: 'expected { slot: tries }' }],
    });
  });

  it('an invalid response is rejected, not counted as a wrong try', () => {
    const result = scoreSlot(
      choiceItem,
      [{ response: { choice: 'zz' } }],
      settings({ behaviour: 'interactive' }),
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'tries[0].response.choice', message: 'unknown option "zz"' }],
    });
  });
});

describe('certainty-based marking', () => {
  const raw = (fraction: number) => ({
    fraction,
    policy: 'choice',
    steps: [],
    feedback: [],
    parts: {},
  });

  it.each([
    ['low', 1, 1 / 3],
    ['medium', 1, 2 / 3],
    ['high', 1, 1],
    ['low', 0, 0],
    ['medium', 0, -2 / 3],
    ['high', 0, -2],
    ['high', 0.5, 0.5],
    ['medium', 0.5, 1 / 3],
  ] as const)('certainty %s, fraction %s → %s of the marks', (certainty, fraction, expected) => {
    expect(applyCertainty(raw(fraction), certainty).fraction).toBeCloseTo(expected, 9);
  });

  it('asks for a certainty when CBM is on', () => {
    expect(
      scoreSlot(choiceItem, [{ response: { choice: 'a' } }], settings({ certaintyBased: true })),
    ).toMatchObject({
      ok: false,
      issues: [{ path: 'tries[0].certainty' }],
    });
    const sure = scoreSlot(
      choiceItem,
      [{ response: { choice: 'b' }, certainty: 'high' }],
      settings({ certaintyBased: true }),
    );
    expect(sure.ok && sure.value.policy).toBe('choice+cbm');
    expect(sure.ok && sure.value.fraction).toBe(-2);
  });

  it('rejects a certainty that is not low, medium or high (no NaN scores)', () => {
    for (const certainty of ['toString', '__proto__', 'sure', 3]) {
      expect(
        scoreSlot(
          choiceItem,
          [{ response: { choice: 'a' }, certainty: certainty as never }],
          settings({ certaintyBased: true }),
        ),
      ).toEqual({
        ok: false,
        issues: [{ path: 'tries[0].certainty', message: 'must be low, medium or high' }],
      });
    }
  });

  it('scores an unanswered item 0 without asking for a certainty', () => {
    const cbm = settings({ certaintyBased: true });
    expect(scoreSlot(choiceItem, [], cbm)).toMatchObject({
      ok: true,
      value: { fraction: 0, points: 0, policy: 'choice' },
    });
    // A submission at the deadline with an item never touched still goes through.
    const result = scoreAttempt(assemblePaper(oneItemQuiz, 'x'), {}, cbm);
    expect(result).toMatchObject({ ok: true, value: { points: 0, maxPoints: 1 } });
  });
});

describe('scoreAttempt', () => {
  const quiz = parseQuiz({
    id: 'q',
    title: 'Module quiz',
    sections: [
      {
        id: 's',
        entries: [
          { kind: 'case', case: sampleCase() },
          { kind: 'item', item: byId('alliance-benefits') },
          { kind: 'item', item: byId('advise-board') },
        ],
      },
    ],
  });
  if (!quiz.ok) throw new Error(JSON.stringify(quiz.issues));
  const paper = assemblePaper(quiz.value, 'seed');
  const slots = paperSlots(paper).map((s) => s.slot);

  it('totals points, sums each case, and stays provisional while an essay waits', () => {
    const result = scoreAttempt(
      paper,
      {
        [slots[0] ?? '']: [{ response: { choice: 'a' } }],
        [slots[1] ?? '']: [{ response: { text: '16.8' } }],
        [slots[3] ?? '']: [{ response: { choices: ['tech', 'risk', 'market'] } }],
        [slots[4] ?? '']: [{ response: { text: 'Renew only with a review date.' } }],
      },
      settings({ passMark: 0.5 }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ points: 3, maxPoints: 5, pending: true, passed: null });
    expect(result.value.cases).toEqual([{ caseId: 'velora-brannock', points: 2, maxPoints: 3 }]);
    expect(result.value.breakdown.at(-1)).toBe(
      'total 3 of 5 = 60% (provisional: an answer is waiting to be graded)',
    );
  });

  it('includes a grader’s rubric score once given', () => {
    const essay = byId('advise-board');
    const graded =
      essay.type === 'essay'
        ? gradeEssay(essay, { levels: { diagnosis: 'sound', remedy: 'none' } })
        : null;
    if (!graded?.ok) throw new Error('grading failed');
    const result = scoreAttempt(paper, {}, settings({ passMark: 0.5 }), {
      [slots[4] ?? '']: graded.value,
    });
    expect(result.ok && result.value).toMatchObject({ points: 0.5, pending: false, passed: false });
  });

  it('rejects the submission, naming the slot, when a response is invalid', () => {
    expect(
      scoreAttempt(
        paper,
        { [slots[3] ?? '']: [{ response: { choices: ['tech', 'tech'] } }], nope: [] },
        settings(),
      ),
    ).toEqual({
      ok: false,
      issues: [
        { path: `${slots[3]}.tries[0].response.choices`, message: '"tech" is picked twice' },
        { path: 'nope', message: 'is not a slot of this paper' },
      ],
    });
  });
});

describe('across attempts', () => {
  const at = (fraction: number, day: number, pending = false) => ({
    fraction,
    submittedAt: new Date(2026, 0, day),
    pending,
  });
  const attempts = [at(0.6, 3), at(0.9, 1), at(0.3, 2), at(1, 4, true)];

  it.each([
    ['highest', 0.9],
    ['average', 0.6],
    ['first', 0.9],
    ['last', 0.6],
  ] as const)('%s → %s (pending attempts wait)', (method, expected) => {
    expect(overallGrade(attempts, method)).toBeCloseTo(expected, 9);
  });

  it('is null with nothing graded', () => {
    expect(overallGrade([], 'highest')).toBeNull();
  });

  it('limits attempts', () => {
    expect(canStartAttempt(1, settings({ maxAttempts: 2 }))).toEqual({ ok: true });
    expect(canStartAttempt(2, settings({ maxAttempts: 2 }))).toEqual({
      ok: false,
      reason: 'all 2 attempts used',
    });
    expect(canStartAttempt(99, settings())).toEqual({ ok: true });
  });
});

describe('time limits', () => {
  const start = new Date('2026-11-27T10:00:00Z');

  it('stretches the limit by the learner’s accommodation', () => {
    const timed = settings({ timeLimitSeconds: 3600 });
    expect(attemptDeadline(start, timed)?.toISOString()).toBe('2026-11-27T11:00:00.000Z');
    expect(attemptDeadline(start, timed, 1.5)?.toISOString()).toBe('2026-11-27T11:30:00.000Z');
    expect(attemptDeadline(start, settings())).toBeNull();
    expect(() => attemptDeadline(start, timed, 0)).toThrow(RangeError);
  });

  it('submits what was saved when time ran out', () => {
    const deadline = new Date('2026-11-27T11:00:00Z');
    expect(
      responsesAtSubmission({
        now: new Date('2026-11-27T10:59:00Z'),
        deadline,
        submitted: 'new',
        lastSavedBeforeDeadline: 'old',
      }),
    ).toEqual({
      responses: 'new',
      reason: 'submitted',
    });
    expect(
      responsesAtSubmission({
        now: new Date('2026-11-27T11:05:00Z'),
        deadline,
        submitted: 'new',
        lastSavedBeforeDeadline: 'old',
      }),
    ).toEqual({
      responses: 'old',
      reason: 'time-up',
    });
  });
});
