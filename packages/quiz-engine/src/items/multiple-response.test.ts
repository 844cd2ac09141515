import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { validateItem } from './index';
import {
  MULTIPLE_RESPONSE_POLICIES,
  type MultipleResponseDefinition,
  type MultipleResponsePolicy,
  multipleResponse,
  multipleResponseDefinitionSchema,
} from './multiple-response';

/** Options a–e; `correct` lists the right ones. */
function item(
  policy: MultipleResponsePolicy,
  correct: string,
  ids = 'abcde',
  fractions?: Record<string, number>,
) {
  return multipleResponseDefinitionSchema.parse({
    type: 'multiple-response',
    id: 'mr',
    prompt: 'Which are benefits of an alliance?',
    policy,
    options: [...ids].map((id) => ({
      id,
      text: `Option ${id}`,
      correct: correct.includes(id),
      fraction: fractions?.[id],
    })),
  });
}
const score = (def: MultipleResponseDefinition, picks: string) =>
  multipleResponse.score(def, { choices: [...picks] }).fraction;

describe('multiple response policies', () => {
  it('sum-of-fractions (Moodle): clamp(Σ fractions of the picks, 0, 1)', () => {
    // Moodle's usual set-up: two right answers at 50 %, wrong ones at −50 %.
    const def = item('sum-of-fractions', 'ab', 'abcd', { a: 0.5, b: 0.5, c: -0.5, d: -0.5 });
    expect(score(def, 'ab')).toBe(1);
    expect(score(def, 'a')).toBe(0.5);
    expect(score(def, 'ac')).toBe(0);
    expect(score(def, 'acd')).toBe(0); // −0.5 clamps to 0
    expect(score(def, 'abcd')).toBe(0); // picking everything does not pay
    // Without explicit fractions: +1/k for correct, −1/k for wrong.
    expect(score(item('sum-of-fractions', 'ab', 'abcd'), 'abc')).toBe(0.5);
  });

  it('all-or-nothing', () => {
    const def = item('all-or-nothing', 'ac');
    expect(score(def, 'ac')).toBe(1);
    expect(score(def, 'a')).toBe(0);
    expect(score(def, 'acd')).toBe(0);
  });

  it('right-minus-wrong (Canvas): +1/k per correct pick, −1/k per wrong pick, floor 0', () => {
    // 3 correct of 5: each right pick is worth 1/3 and each wrong pick costs 1/3.
    const def = item('right-minus-wrong', 'abc');
    expect(score(def, 'abc')).toBe(1);
    expect(score(def, 'ab')).toBeCloseTo(2 / 3, 9);
    expect(score(def, 'abd')).toBeCloseTo(1 / 3, 9);
    expect(score(def, 'ade')).toBe(0); // 1 − 2 < 0 → floor 0
    expect(score(def, 'abcde')).toBeCloseTo(1 / 3, 9);
  });

  it('every-decision-counts (Open edX): options decided right / options', () => {
    // edX: 4 options, 2 correct; picking one right and one wrong decides 2 of 4 right → 50 %.
    const def = item('every-decision-counts', 'ab', 'abcd');
    expect(score(def, 'ac')).toBe(0.5);
    expect(score(def, 'ab')).toBe(1);
    expect(score(def, 'c')).toBe(0.25); // a right decision on d alone
    expect(score(def, 'cd')).toBe(0);
  });

  it('halves (Open edX): 1 error with ≥ 3 options → ½, 2 errors with ≥ 5 options → ¼', () => {
    const five = item('halves', 'ab');
    expect(score(five, 'ab')).toBe(1);
    expect(score(five, 'a')).toBe(0.5); // missed b
    expect(score(five, 'abc')).toBe(0.5); // picked c
    expect(score(five, 'ac')).toBe(0.25); // missed b, picked c
    expect(score(five, 'cd')).toBe(0); // 4 errors
    const four = item('halves', 'ab', 'abcd');
    expect(score(four, 'ac')).toBe(0); // 2 errors need ≥ 5 options
    const two = item('halves', 'a', 'ab');
    expect(score(two, 'ab')).toBe(0); // 1 error needs ≥ 3 options
  });

  it('coverage (PrairieLearn): (correct picked / correct) × (correct picked / picked)', () => {
    // PrairieLearn's example: 4 correct, 3 of them picked plus 1 wrong → ¾ × ¾ = 0.5625.
    const def = item('coverage', 'abcd', 'abcdef');
    expect(score(def, 'abce')).toBe(0.5625);
    expect(score(def, 'abcd')).toBe(1);
    expect(score(def, '')).toBe(0);
    expect(score(def, 'ef')).toBe(0);
  });

  it('says how it got there', () => {
    const def = item('right-minus-wrong', 'abc');
    expect(multipleResponse.score(def, { choices: ['a', 'd'] }).steps).toEqual([
      'picked "Option a" (correct)',
      'picked "Option d" (not correct)',
      '(1 right − 1 wrong) / 3 correct = 0 → 0',
    ]);
  });
});

describe('multiple response invariants', () => {
  const policy = fc.constantFrom(...MULTIPLE_RESPONSE_POLICIES);
  const picks = fc.subarray([...'abcde']);
  const correct = fc.subarray([...'abcde'], { minLength: 1 });

  it('scores within [0, 1], the key 1 and nothing-picked ≤ what edc gives', () => {
    fc.assert(
      fc.property(policy, correct, picks, (p, c, chosen) => {
        const def = item(p, c.join(''));
        const s = score(def, chosen.join(''));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(score(def, c.join(''))).toBe(1);
      }),
    );
  });

  it('scores picking nothing 0 under every policy, so every policy passes validateItem', () => {
    fc.assert(
      fc.property(policy, correct, (p, c) => {
        const def = item(p, c.join(''));
        expect(multipleResponse.score(def, { choices: [] })).toMatchObject({
          fraction: 0,
          steps: ['picked nothing → 0'],
        });
        expect(validateItem(def)).toMatchObject({ ok: true, issues: [] });
      }),
    );
  });

  it('does not depend on the order of the options', () => {
    fc.assert(
      fc.property(policy, correct, picks, fc.string(), (p, c, chosen, seed) => {
        const def = item(p, c.join(''));
        const shuffled = { ...def, options: createRng(seed).shuffle(def.options) };
        expect(score(shuffled, chosen.join(''))).toBe(score(def, chosen.join('')));
      }),
    );
  });
});

describe('multiple response responses and checks', () => {
  const def = item('right-minus-wrong', 'ab');

  it('rejects unknown and duplicate picks with paths', () => {
    expect(multipleResponse.parseResponse(def, { choices: ['a', 'z', 'a'] })).toEqual({
      ok: false,
      issues: [
        { path: 'choices[1]', message: 'unknown option "z"' },
        { path: 'choices', message: '"a" is picked twice' },
      ],
    });
    expect(multipleResponse.parseResponse(def, { choices: 'a' })).toMatchObject({ ok: false });
  });

  it('never throws on picks that cannot become text, even the same object twice', () => {
    const bare = Object.create(null);
    expect(multipleResponse.parseResponse(def, { choices: [bare, bare] })).toEqual({
      ok: false,
      issues: [
        { path: 'choices[0]', message: 'must be an option id' },
        { path: 'choices[1]', message: 'must be an option id' },
      ],
    });
  });

  it('rejects more picks than options in one issue', () => {
    const choices = Array.from({ length: 100000 }, () => 'z');
    expect(multipleResponse.parseResponse(def, { choices })).toEqual({
      ok: false,
      issues: [{ path: 'choices', message: 'has 100000 picks for 5 options' }],
    });
  });

  it('catches an unreachable full mark under sum-of-fractions', () => {
    const weak = item('sum-of-fractions', 'ab', 'abc', { a: 0.4, b: 0.4, c: -1 });
    expect(multipleResponse.check(weak)).toContainEqual({
      path: 'options',
      message: 'the positive fractions add up to 0.8, so full marks are out of reach',
    });
  });
});
