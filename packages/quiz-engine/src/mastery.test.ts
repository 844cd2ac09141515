import fc from 'fast-check';
import { Rating, State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  evidenceByObjective,
  fromFsrsCard,
  initialMastery,
  MASTERY_LEVELS,
  type MasteryLevel,
  nextMasteryLevel,
  nextReview,
  type ObjectiveMastery,
  objectiveMasterySchema,
  ratingForFraction,
  recallProbability,
  recordEvidence,
  reviewQueue,
  toFsrsCard,
} from './mastery';

const DAY = 86_400_000;
const t0 = new Date('2025-01-01T00:00:00.000Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

function history(
  id: string,
  steps: ReadonlyArray<{ kind: AssessmentKind; fraction: number; day: number }>,
): ObjectiveMastery {
  let state = initialMastery(id, t0);
  for (const step of steps) {
    state = recordEvidence(state, { kind: step.kind, fraction: step.fraction, at: at(step.day) });
  }
  return state;
}

describe('nextMasteryLevel: practice (Khan exercise)', () => {
  it.each<[MasteryLevel, number, MasteryLevel]>([
    ['not-started', 0, 'attempted'],
    ['not-started', 0.699, 'attempted'],
    ['not-started', 0.7, 'familiar'],
    ['not-started', 0.99, 'familiar'],
    ['not-started', 1, 'proficient'],
    ['attempted', 0.5, 'attempted'],
    ['attempted', 0.8, 'familiar'],
    ['familiar', 1, 'proficient'],
  ])('%s with %d correct → %s', (from, fraction, to) => {
    expect(nextMasteryLevel(from, { kind: 'practice', fraction })).toBe(to);
  });

  it('puts 69.9% below and 70% at Familiar, tolerating float drift at the line', () => {
    expect(nextMasteryLevel('not-started', { kind: 'practice', fraction: 0.699 })).toBe(
      'attempted',
    );
    expect(nextMasteryLevel('not-started', { kind: 'practice', fraction: 0.7 })).toBe('familiar');
    expect(nextMasteryLevel('not-started', { kind: 'practice', fraction: 7 / 10 })).toBe(
      'familiar',
    );
    expect(0.7 - 1e-12).toBeLessThan(0.7);
    expect(nextMasteryLevel('attempted', { kind: 'practice', fraction: 0.7 - 1e-12 })).toBe(
      'familiar',
    );
  });

  it('never lowers a level and never reaches Mastered', () => {
    expect(nextMasteryLevel('proficient', { kind: 'practice', fraction: 0 })).toBe('proficient');
    expect(nextMasteryLevel('familiar', { kind: 'practice', fraction: 0.3 })).toBe('familiar');
    expect(nextMasteryLevel('proficient', { kind: 'practice', fraction: 1 })).toBe('proficient');
    expect(nextMasteryLevel('mastered', { kind: 'practice', fraction: 0 })).toBe('mastered');
  });
});

describe('nextMasteryLevel: quiz and unit test (Khan mixed-skill assessments)', () => {
  it.each<[MasteryLevel, MasteryLevel, MasteryLevel]>([
    // [from, after all correct, after a miss]
    ['not-started', 'familiar', 'attempted'],
    ['attempted', 'familiar', 'attempted'],
    ['familiar', 'proficient', 'attempted'],
    ['proficient', 'proficient', 'familiar'],
    ['mastered', 'mastered', 'proficient'],
  ])('quiz from %s: correct → %s, missed → %s', (from, up, down) => {
    expect(nextMasteryLevel(from, { kind: 'quiz', fraction: 1 })).toBe(up);
    expect(nextMasteryLevel(from, { kind: 'quiz', fraction: 0.5 })).toBe(down);
  });

  it.each<[MasteryLevel, MasteryLevel, MasteryLevel]>([
    ['not-started', 'familiar', 'attempted'],
    ['attempted', 'familiar', 'attempted'],
    ['familiar', 'proficient', 'attempted'],
    ['proficient', 'mastered', 'familiar'],
    ['mastered', 'mastered', 'proficient'],
  ])('unit test from %s: correct → %s, missed → %s', (from, up, down) => {
    expect(nextMasteryLevel(from, { kind: 'unit-test', fraction: 1 })).toBe(up);
    expect(nextMasteryLevel(from, { kind: 'unit-test', fraction: 0 })).toBe(down);
  });

  it('counts any missed question (fraction < 1) as a miss, even 99%', () => {
    expect(nextMasteryLevel('mastered', { kind: 'unit-test', fraction: 0.99 })).toBe('proficient');
    expect(nextMasteryLevel('proficient', { kind: 'quiz', fraction: 0.9 })).toBe('familiar');
  });

  it('reaches Mastered only through a unit test', () => {
    for (const kind of ASSESSMENT_KINDS) {
      for (const from of MASTERY_LEVELS) {
        for (const fraction of [0, 0.5, 0.7, 0.99, 1]) {
          const to = nextMasteryLevel(from, { kind, fraction });
          if (to === 'mastered' && from !== 'mastered') {
            expect({ kind, from, fraction }).toEqual({
              kind: 'unit-test',
              from: 'proficient',
              fraction: 1,
            });
          }
        }
      }
    }
  });

  it('walks a learner up through a unit and back down after a bad test', () => {
    const levels: MasteryLevel[] = [];
    let level: MasteryLevel = 'not-started';
    const events: Array<[AssessmentKind, number]> = [
      ['practice', 0.6],
      ['practice', 0.8],
      ['quiz', 1],
      ['unit-test', 1],
      ['unit-test', 0.5],
      ['quiz', 0],
    ];
    for (const [kind, fraction] of events) {
      level = nextMasteryLevel(level, { kind, fraction });
      levels.push(level);
    }
    expect(levels).toEqual([
      'attempted',
      'familiar',
      'proficient',
      'mastered',
      'proficient',
      'familiar',
    ]);
  });

  it('rejects fractions outside [0, 1]', () => {
    for (const fraction of [-0.1, 1.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => nextMasteryLevel('familiar', { kind: 'quiz', fraction })).toThrow(RangeError);
    }
  });
});

describe('ratingForFraction', () => {
  it('maps < 70% to Again, 70-99% to Hard, 100% to Good', () => {
    expect(ratingForFraction(0)).toBe(Rating.Again);
    expect(ratingForFraction(0.699)).toBe(Rating.Again);
    expect(ratingForFraction(0.7)).toBe(Rating.Hard);
    expect(ratingForFraction(0.99)).toBe(Rating.Hard);
    expect(ratingForFraction(1)).toBe(Rating.Good);
  });
});

describe('FSRS state', () => {
  it('starts not-started, due now, with zero recall', () => {
    const state = initialMastery('obstacles.trust.diagnose', t0);
    expect(state).toMatchObject({ level: 'not-started', attempts: 0, lastScore: null });
    expect(nextReview(state)).toEqual(t0);
    expect(recallProbability(state, t0)).toBe(0);
    expect(objectiveMasterySchema.parse(state)).toEqual(state);
  });

  it('records level, score and count together', () => {
    const state = history('o', [{ kind: 'quiz', fraction: 1, day: 0 }]);
    expect(state).toMatchObject({ level: 'familiar', attempts: 1, lastScore: 1 });
    expect(state.updatedAt).toBe(t0.toISOString());
    expect(state.fsrs.reps).toBe(1);
  });

  it('pushes due later after a correct review than after a wrong one from the same state', () => {
    for (const base of [
      initialMastery('o', t0),
      history('o', [{ kind: 'quiz', fraction: 1, day: 0 }]),
      history('o', [
        { kind: 'quiz', fraction: 1, day: 0 },
        { kind: 'quiz', fraction: 0.8, day: 4 },
      ]),
    ]) {
      const when = at(10);
      const review = (fraction: number) =>
        nextReview(recordEvidence(base, { kind: 'quiz', fraction, at: when })).getTime();
      expect(review(1)).toBeGreaterThan(review(0.8));
      expect(review(0.8)).toBeGreaterThan(review(0));
      expect(review(0)).toBeGreaterThan(when.getTime());
    }
  });

  it('counts a wrong review as a lapse', () => {
    const state = history('o', [
      { kind: 'quiz', fraction: 1, day: 0 },
      { kind: 'quiz', fraction: 0.2, day: 3 },
    ]);
    expect(state.fsrs.lapses).toBe(1);
  });

  it('has recall 1 right after a review, decreasing over time and within [0, 1]', () => {
    const state = history('o', [{ kind: 'unit-test', fraction: 1, day: 0 }]);
    expect(recallProbability(state, t0)).toBe(1);
    let previous = 1;
    for (const days of [1, 3, 10, 30, 365, 36_500]) {
      const r = recallProbability(state, at(days));
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThan(previous);
      previous = r;
    }
  });

  it('round-trips through JSON and the Card conversion to the same next result', () => {
    const state = history('o', [
      { kind: 'practice', fraction: 0.75, day: 0 },
      { kind: 'quiz', fraction: 1, day: 2 },
    ]);
    const restored = objectiveMasterySchema.parse(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
    expect(fromFsrsCard(toFsrsCard(state.fsrs))).toEqual(state.fsrs);
    const evidence = { kind: 'unit-test' as const, fraction: 1, at: at(9) };
    expect(recordEvidence(restored, evidence)).toEqual(recordEvidence(state, evidence));
    expect(recallProbability(restored, at(5))).toBe(recallProbability(state, at(5)));
  });

  it('converts to a ts-fsrs Card with Dates and the numeric state', () => {
    const card = toFsrsCard(history('o', [{ kind: 'quiz', fraction: 1, day: 0 }]).fsrs);
    expect(card.due).toBeInstanceOf(Date);
    expect(card.last_review).toEqual(t0);
    expect(card.state).toBe(State.Review);
    expect(toFsrsCard(initialMastery('o', t0).fsrs).last_review).toBeUndefined();
  });

  it('is deterministic: the same inputs give the same outputs', () => {
    const steps = [
      { kind: 'practice' as const, fraction: 0.5, day: 0 },
      { kind: 'quiz' as const, fraction: 1, day: 1 },
      { kind: 'unit-test' as const, fraction: 0.9, day: 6 },
    ];
    expect(history('o', steps)).toEqual(history('o', steps));
  });

  it('does not modify the input state', () => {
    const state = initialMastery('o', t0);
    const copy = structuredClone(state);
    recordEvidence(state, { kind: 'quiz', fraction: 1, at: at(1) });
    expect(state).toEqual(copy);
  });

  it('rejects evidence out of time order and bad fractions', () => {
    const state = history('o', [{ kind: 'quiz', fraction: 1, day: 5 }]);
    expect(() => recordEvidence(state, { kind: 'quiz', fraction: 1, at: at(4) })).toThrow(
      RangeError,
    );
    expect(() => recordEvidence(state, { kind: 'quiz', fraction: 2, at: at(6) })).toThrow(
      RangeError,
    );
    expect(() =>
      recordEvidence(state, { kind: 'quiz', fraction: 1, at: new Date(Number.NaN) }),
    ).toThrow(RangeError);
  });

  it('rejects malformed stored state', () => {
    const state = initialMastery('o', t0);
    expect(objectiveMasterySchema.safeParse({ ...state, level: 'expert' }).success).toBe(false);
    expect(objectiveMasterySchema.safeParse({ ...state, updatedAt: 'yesterday' }).success).toBe(
      false,
    );
    expect(
      objectiveMasterySchema.safeParse({ ...state, fsrs: { ...state.fsrs, state: 2 } }).success,
    ).toBe(false);
  });
});

describe('reviewQueue', () => {
  const now = at(30);
  // Reviewed long ago and failed: due, lowest recall.
  const weak = history('weak', [{ kind: 'quiz', fraction: 0, day: 0 }]);
  // Reviewed long ago and passed: due, higher recall than weak.
  const older = history('older', [{ kind: 'quiz', fraction: 1, day: 0 }]);
  // Reviewed yesterday and passed: not yet due.
  const fresh = history('fresh', [{ kind: 'unit-test', fraction: 1, day: 29 }]);
  const untouched = initialMastery('untouched', t0);

  it('puts due objectives first, lowest recall first, and leaves out untouched ones', () => {
    expect(nextReview(weak).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(nextReview(older).getTime()).toBeLessThanOrEqual(now.getTime());
    expect(nextReview(fresh).getTime()).toBeGreaterThan(now.getTime());
    expect(recallProbability(weak, now)).toBeLessThan(recallProbability(older, now));
    expect(recallProbability(fresh, now)).toBeGreaterThan(recallProbability(older, now));

    const queue = reviewQueue([fresh, untouched, older, weak], now);
    expect(queue.map((s) => s.objectiveId)).toEqual(['weak', 'older', 'fresh']);
  });

  it('ranks a due objective before a not-due one even when its recall is higher', () => {
    // Failed a moment ago: not due yet, and recall is still near 1. Passed a month ago: due.
    const passedLongAgo = history('passed', [{ kind: 'quiz', fraction: 1, day: 0 }]);
    const failedJustNow = history('failed', [{ kind: 'quiz', fraction: 0, day: 29.99 }]);
    const when = at(30);
    expect(nextReview(failedJustNow).getTime()).toBeGreaterThan(when.getTime());
    expect(recallProbability(failedJustNow, when)).toBeGreaterThan(
      recallProbability(passedLongAgo, when),
    );
    expect(reviewQueue([failedJustNow, passedLongAgo], when).map((s) => s.objectiveId)).toEqual([
      'passed',
      'failed',
    ]);
  });

  it('honours the limit, breaks ties by id and leaves the input alone', () => {
    const a = history('a', [{ kind: 'quiz', fraction: 1, day: 0 }]);
    const b = { ...a, objectiveId: 'b' };
    const input = [b, fresh, a];
    expect(reviewQueue(input, now, 2).map((s) => s.objectiveId)).toEqual(['a', 'b']);
    expect(reviewQueue(input, now, 0)).toEqual([]);
    expect(input.map((s) => s.objectiveId)).toEqual(['b', 'fresh', 'a']);
    expect(() => reviewQueue(input, now, -1)).toThrow(RangeError);
  });
});

describe('evidenceByObjective', () => {
  it('weights each item by its points and counts an item for every objective it assesses', () => {
    const result = evidenceByObjective([
      { objectives: ['a'], fraction: 1, maxPoints: 3 },
      { objectives: ['a', 'b'], fraction: 0, maxPoints: 1 },
      { objectives: ['b', 'b'], fraction: 0.5, maxPoints: 2 },
    ]);
    expect([...result]).toEqual([
      ['a', 0.75],
      ['b', 1 / 3],
    ]);
  });

  it('gives exactly 1 when every item is fully correct and skips 0-point items', () => {
    const result = evidenceByObjective([
      { objectives: ['a'], fraction: 1, maxPoints: 0.1 },
      { objectives: ['a'], fraction: 1, maxPoints: 0.2 },
      { objectives: ['z'], fraction: 0, maxPoints: 0 },
    ]);
    expect(result).toEqual(new Map([['a', 1]]));
  });

  it('produces 70% from 7 of 10 one-point items, which counts as Familiar', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      objectives: ['a'],
      fraction: i < 7 ? 1 : 0,
      maxPoints: 1,
    }));
    const fraction = evidenceByObjective(items).get('a') ?? Number.NaN;
    expect(nextMasteryLevel('attempted', { kind: 'practice', fraction })).toBe('familiar');
  });

  it('rejects bad fractions and points', () => {
    expect(() => evidenceByObjective([{ objectives: ['a'], fraction: 1.5, maxPoints: 1 }])).toThrow(
      RangeError,
    );
    expect(() => evidenceByObjective([{ objectives: ['a'], fraction: 1, maxPoints: -1 }])).toThrow(
      RangeError,
    );
  });
});

describe('properties', () => {
  const kind = fc.constantFrom(...ASSESSMENT_KINDS);
  const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.7, 1));
  const step = fc.record({
    kind,
    fraction,
    gapMs: fc.integer({ min: 0, max: 400 * DAY }),
  });

  it('recordEvidence always yields a state the schema accepts, through JSON too', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let state = initialMastery('o', t0);
        let time = t0.getTime();
        for (const s of steps) {
          time += s.gapMs;
          const next = recordEvidence(state, {
            kind: s.kind,
            fraction: s.fraction,
            at: new Date(time),
          });
          expect(objectiveMasterySchema.parse(next)).toEqual(next);
          expect(objectiveMasterySchema.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
          expect(next.attempts).toBe(state.attempts + 1);
          expect(next.level).not.toBe('not-started');
          expect(nextReview(next).getTime()).toBeGreaterThanOrEqual(time);
          const r = recallProbability(next, new Date(time + s.gapMs));
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
          state = next;
        }
      }),
    );
  });

  it('moves a level by at most one step on a quiz or test (except from not-started)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MASTERY_LEVELS), kind, fraction, (from, k, f) => {
        const to = nextMasteryLevel(from, { kind: k, fraction: f });
        const delta = MASTERY_LEVELS.indexOf(to) - MASTERY_LEVELS.indexOf(from);
        if (k === 'practice') expect(delta).toBeGreaterThanOrEqual(0);
        else if (from !== 'not-started') expect(Math.abs(delta)).toBeLessThanOrEqual(1);
        if (f < 1 - 1e-9) expect(['mastered', 'proficient'].includes(to) && delta > 0).toBe(false);
      }),
    );
  });

  it('evidenceByObjective stays within [0, 1]', () => {
    const item = fc.record({
      objectives: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
      fraction,
      maxPoints: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(item), (items) => {
        for (const value of evidenceByObjective(items).values()) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
