import { describe, expect, it } from 'vitest';
import {
  applyCertainty,
  attemptDeadline,
  attemptDurationMs,
  attemptSettingsSchema,
  canStartAttempt,
  isCheckable,
  mayCheckAgain,
  overallGrade,
  passesMark,
  quizGrade,
  responsesAtSubmission,
  sameTry,
  scoreAttempt,
  scoreSlot,
  slotCheck,
  triesAtSubmission,
} from './attempt';
import { presentedResponseIssue } from './items';
import { gradeEssay } from './items/essay';
import { assemblePaper, numberQuestions, paperSlots, parseQuiz, presentPaper } from './quiz';
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
      '1 wrong try × 25% penalty: 100% − 25% → 75%',
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

describe('what a check reveals, from the stored tries alone', () => {
  const interactive = settings({ behaviour: 'interactive', tries: 3, penaltyPerTry: 1 / 3 });
  const wrong = { response: { choice: 'c' } };
  const right = { response: { choice: 'a' } };

  it('after a wrong try: tries left, feedback and the hint, no explanation', () => {
    const state = slotCheck(choiceItem, [wrong], interactive);
    expect(state).toMatchObject({
      ok: true,
      value: {
        triesUsed: 1,
        triesLeft: 2,
        right: false,
        finished: false,
        hint: choiceItem.hints[0],
        explanation: null,
        breakdown: null,
        feedback: ['KEY-ONLY Nothing in the case points to culture.'],
      },
    });
  });

  it('once right: finished, the penalty charged, the explanation and breakdown', () => {
    const state = slotCheck(choiceItem, [wrong, right], interactive);
    if (!state.ok) throw new Error('not ok');
    expect(state.value).toMatchObject({ right: true, finished: true, triesLeft: 1, hint: null });
    expect(state.value.points).toBe(0.67);
    expect(state.value.explanation).toBe(choiceItem.explanation);
    expect(state.value.breakdown).toContain('33.3% penalty');
  });

  it('out of tries: finished, not right', () => {
    const state = slotCheck(choiceItem, [wrong, wrong, wrong], interactive);
    expect(state).toMatchObject({
      ok: true,
      value: { finished: true, right: false, triesLeft: 0 },
    });
  });

  it('says when another try may be checked', () => {
    expect(mayCheckAgain(choiceItem, [], interactive)).toEqual({ ok: true });
    expect(mayCheckAgain(choiceItem, [wrong], interactive)).toEqual({ ok: true });
    expect(mayCheckAgain(choiceItem, [wrong, right], interactive)).toEqual({
      ok: false,
      reason: 'finished',
    });
    expect(mayCheckAgain(choiceItem, [wrong, wrong, wrong], interactive)).toMatchObject({
      ok: false,
    });
    expect(mayCheckAgain(choiceItem, [], settings({ behaviour: 'immediate' }))).toEqual({
      ok: true,
    });
    expect(mayCheckAgain(choiceItem, [wrong], settings({ behaviour: 'immediate' }))).toMatchObject({
      ok: false,
    });
    expect(mayCheckAgain(choiceItem, [], settings())).toEqual({
      ok: false,
      reason: 'not-checkable',
    });
    expect(mayCheckAgain(byId('advise-board'), [], interactive)).toEqual({
      ok: false,
      reason: 'not-checkable',
    });
    expect(isCheckable({ type: 'essay' }, interactive)).toBe(false);
  });

  it('scores an answer changed after its last check as one more try, never discards it', () => {
    // Changed after a wrong check, tries left: the new answer is scored, with one penalty.
    expect(triesAtSubmission(choiceItem, { ...right, tries: [wrong] }, interactive)).toEqual([
      wrong,
      right,
    ]);
    // Unchanged since the check: the checked tries.
    expect(triesAtSubmission(choiceItem, { ...wrong, tries: [wrong] }, interactive)).toEqual([
      wrong,
    ]);
    // Finished: nothing more counts.
    expect(triesAtSubmission(choiceItem, { ...wrong, tries: [wrong, right] }, interactive)).toEqual(
      [wrong, right],
    );
    // Never checked: the saved answer, one try.
    expect(triesAtSubmission(choiceItem, right, interactive)).toEqual([right]);
    expect(triesAtSubmission(choiceItem, { response: null }, interactive)).toEqual([]);
    expect(triesAtSubmission(choiceItem, undefined, interactive)).toEqual([]);
    expect(sameTry({ response: { choice: 'a' } }, { response: { choice: 'a' } })).toBe(true);
  });
});

describe('time', () => {
  it('gives an attempt its limit × the learner’s multiplier', () => {
    expect(attemptDurationMs(settings({ timeLimitSeconds: 600 }), 1.5)).toBe(900_000);
    expect(attemptDurationMs(settings())).toBeNull();
    expect(() => attemptDurationMs(settings({ timeLimitSeconds: 60 }), 0)).toThrow(RangeError);
  });
});

describe('questions as learners count them', () => {
  it('numbers every question in order and gives each case one page', () => {
    const parsed = parseQuiz({
      id: 'paged',
      title: 'Paged',
      sections: [
        { id: 'c', entries: [{ kind: 'case', case: sampleCase() }] },
        {
          id: 's',
          entries: [
            { kind: 'item', item: choiceItem },
            { kind: 'item', item: byId('alliance-benefits') },
          ],
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { questions, pages } = numberQuestions(presentPaper(assemblePaper(parsed.value, 's')));
    expect(pages).toBe(3);
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5]);
    expect(questions.map((q) => q.page)).toEqual([0, 0, 0, 1, 2]);
    expect(questions[0]?.caseTitle).toBe('Velora and Brannock');
  });

  it('says at the field why a typed number cannot be read, as the engine would', () => {
    const numeric = byId('delay-cost');
    if (numeric.type !== 'numeric') throw new Error('not numeric');
    const presented = presentPaper(
      assemblePaper(
        (() => {
          const q = parseQuiz({
            id: 'n',
            title: 'n',
            sections: [{ id: 's', entries: [{ kind: 'item', item: numeric }] }],
          });
          if (!q.ok) throw new Error('quiz');
          return q.value;
        })(),
        's',
      ),
    );
    const item = numberQuestions(presented).questions[0]?.item;
    if (!item) throw new Error('no item');
    expect(presentedResponseIssue(item, { text: 'abc' })).toContain('is not a number');
    expect(presentedResponseIssue(item, { text: '29,5' })).toBeNull();
    expect(presentedResponseIssue(item, { text: '' })).toBeNull();
    expect(presentedResponseIssue(presentPaperItem(), { choice: 'a' })).toBeNull();
  });
});

function presentPaperItem() {
  const q = parseQuiz({
    id: 'c',
    title: 'c',
    sections: [{ id: 's', entries: [{ kind: 'item', item: choiceItem }] }],
  });
  if (!q.ok) throw new Error('quiz');
  const item = numberQuestions(presentPaper(assemblePaper(q.value, 's'))).questions[0]?.item;
  if (!item) throw new Error('no item');
  return item;
}

describe('a learner’s grade on a quiz', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 9, minute));
  const v = (grading: 'highest' | 'average' | 'first' | 'last', passMark: number | null) => ({
    grading,
    passMark,
  });

  it('takes the method and pass mark of the latest attempt’s version, and lets pending attempts wait', () => {
    const grade = quizGrade([
      { fraction: 0.5, submittedAt: at(1), pending: false, settings: v('highest', 0.7) },
      { fraction: 0.9, submittedAt: at(2), pending: true, settings: v('highest', 0.7) },
    ]);
    // The finding: "highest" over [0.5 final, 0.9 pending] is 0.5, not 0.9.
    expect(grade).toEqual({
      fraction: 0.5,
      passed: false,
      method: 'highest',
      passMark: 0.7,
      counted: 1,
      waiting: 1,
    });
    expect(
      quizGrade([
        { fraction: 0.9, submittedAt: at(1), pending: false, settings: v('highest', 0.7) },
        { fraction: 0.5, submittedAt: at(2), pending: false, settings: v('last', 0.4) },
      ]),
    ).toMatchObject({ fraction: 0.5, passed: true, method: 'last', passMark: 0.4 });
  });

  it('has no grade while nothing is graded, and no pass without a pass mark', () => {
    expect(quizGrade([])).toMatchObject({ fraction: null, passed: null, counted: 0, waiting: 0 });
    expect(
      quizGrade([{ fraction: 1, submittedAt: at(1), pending: true, settings: v('average', 0.5) }]),
    ).toMatchObject({ fraction: null, passed: null, waiting: 1 });
    expect(
      quizGrade([{ fraction: 1, submittedAt: at(1), pending: false, settings: v('first', null) }]),
    ).toMatchObject({ fraction: 1, passed: null });
  });

  it('passes at exactly the mark, whatever float noise the fraction carries', () => {
    expect(passesMark(0.7, 0.7)).toBe(true);
    expect(passesMark(0.1 + 0.6, 0.7)).toBe(true);
    expect(passesMark(0.6999, 0.7)).toBe(false);
    expect(passesMark(0.2, null)).toBeNull();
  });
});
