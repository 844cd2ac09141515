import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import {
  gradeOrdering,
  ORDERING_GRADINGS,
  type OrderingDefinition,
  type OrderingGrading,
  ordering,
  orderingDefinitionSchema,
} from './ordering';

const def = (
  texts: readonly string[],
  extra: Partial<Pick<OrderingDefinition, 'grading' | 'shuffle'>> = {},
): OrderingDefinition =>
  orderingDefinitionSchema.parse({
    id: 'q1',
    type: 'ordering',
    prompt: 'Put the stages in order.',
    items: texts.map((text, i) => ({ id: `i${i}`, text })),
    explanation: 'Trust comes before negotiation.',
    ...extra,
  });

/** Grades orders given as item texts (ids are the texts themselves). */
const frac = (key: readonly string[], response: readonly string[], grading: OrderingGrading) =>
  gradeOrdering(key, response, grading).fraction;

const letters = (word: string) => [...word];
const range = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);

// Moodle's fixture: the key of qtype_ordering's tests/question_test.php (CORRECTORDER).
const MOODLE = ['Modular', 'Object', 'Oriented', 'Dynamic', 'Learning', 'Environment'];
const MOODLE_REVERSE = [...MOODLE].reverse();
// Responses used across Moodle's test_grading_* cases.
const ENV_FIRST = ['Environment', 'Object', 'Oriented', 'Dynamic', 'Learning', 'Modular'];
const ORI_FIRST = ['Oriented', 'Object', 'Dynamic', 'Learning', 'Environment', 'Modular'];
const MOD_LAST = ['Object', 'Oriented', 'Dynamic', 'Learning', 'Environment', 'Modular'];
const DYN_FIRST = ['Dynamic', 'Modular', 'Object', 'Oriented', 'Learning', 'Environment'];

describe("Moodle's own examples (qtype_ordering tests/question_test.php)", () => {
  const cases: Array<[OrderingGrading, readonly string[], number]> = [
    // test_grading_all_or_nothing
    ['all-or-nothing', MOODLE, 1],
    ['all-or-nothing', MOODLE_REVERSE, 0],
    ['all-or-nothing', ORI_FIRST, 0],
    // test_grading_absolute_position: 4 of 6, then 1 of 6 (Moodle asserts 0.66 < f < 0.67 etc.)
    ['absolute-position', MOODLE, 1],
    ['absolute-position', MOODLE_REVERSE, 0],
    ['absolute-position', ENV_FIRST, 4 / 6],
    ['absolute-position', ORI_FIRST, 1 / 6],
    // test_classify_response_partially_correct: only Learning and Environment in place
    ['absolute-position', DYN_FIRST, 2 / 6],
    // test_grading_relative_next_exclude_last
    ['relative-next-exclude-last', MOODLE, 1],
    ['relative-next-exclude-last', MOODLE_REVERSE, 0],
    ['relative-next-exclude-last', ENV_FIRST, 0.6],
    ['relative-next-exclude-last', ORI_FIRST, 0.4],
    // test_grading_relative_next_include_last
    ['relative-next-include-last', MOODLE, 1],
    ['relative-next-include-last', MOODLE_REVERSE, 0],
    ['relative-next-include-last', ENV_FIRST, 0.5],
    // test_grading_relative_one_previous_and_next: 0.33 < f < 0.34, i.e. 4 of 12
    ['relative-one-previous-and-next', MOODLE, 1],
    ['relative-one-previous-and-next', MOODLE_REVERSE, 0],
    ['relative-one-previous-and-next', ORI_FIRST, 4 / 12],
    // test_grading_relative_all_previous_and_next: 0.6, then 0.6 < f < 0.7 (20 of 30)
    ['relative-all-previous-and-next', MOODLE, 1],
    ['relative-all-previous-and-next', MOODLE_REVERSE, 0],
    ['relative-all-previous-and-next', ORI_FIRST, 0.6],
    ['relative-all-previous-and-next', MOD_LAST, 20 / 30],
    // test_grading_longest_ordered_subset: 5 of 6
    ['longest-ordered-subset', MOODLE, 1],
    ['longest-ordered-subset', MOODLE_REVERSE, 0],
    ['longest-ordered-subset', MOD_LAST, 5 / 6],
    // test_grading_longest_contiguous_subset: 5 of 6
    ['longest-contiguous-subset', MOODLE, 1],
    ['longest-contiguous-subset', MOODLE_REVERSE, 0],
    ['longest-contiguous-subset', MOD_LAST, 5 / 6],
    // test_grading_relative_to_correct: the reverse earns 0.4 ("very generous", says Moodle),
    // then 0.6 < f < 0.7 (20 of 30)
    ['relative-to-correct', MOODLE, 1],
    ['relative-to-correct', MOODLE_REVERSE, 0.4],
    ['relative-to-correct', MOD_LAST, 20 / 30],
  ];
  it.each(cases)('%s: %j → %d', (grading, response, expected) => {
    expect(frac(MOODLE, response, grading)).toBeCloseTo(expected, 9);
  });

  it('test_get_num_parts_right: relative to correct, 2 items right (4 partly)', () => {
    const grade = gradeOrdering(MOODLE, DYN_FIRST, 'relative-to-correct');
    const right = Object.entries(grade.parts).filter(([, ok]) => ok);
    expect(right.map(([id]) => id)).toEqual(['Learning', 'Environment']);
    // Dynamic 3 away (+2), Modular/Object/Oriented 1 away (+4 each), the rest in place (+5 each).
    expect(grade.fraction).toBeCloseTo(24 / 30, 9);
  });
});

describe('worked examples per grading type', () => {
  const key = letters('ABCDE');

  it("longest contiguous subset: the spec's ACBDE → C, D, E → 3/5", () => {
    const grade = gradeOrdering(key, letters('ACBDE'), 'longest-contiguous-subset');
    expect(grade.fraction).toBe(0.6);
    expect(grade.parts).toEqual({ A: false, B: false, C: true, D: true, E: true });
    expect(grade.steps).toEqual([
      'Longest run of items that follow each other in the key, in key order (not necessarily side' +
        ' by side): "C", "D", "E"',
      '3 of 5 items in that run → 3/5 = 0.6',
    ]);
  });

  it('longest ordered subset: ACBDE → A, C, D, E (the leftmost of the longest) → 4/5', () => {
    const grade = gradeOrdering(key, letters('ACBDE'), 'longest-ordered-subset');
    expect(grade.fraction).toBe(0.8);
    expect(grade.parts).toEqual({ A: true, B: false, C: true, D: true, E: true });
  });

  it('longest subsets: ties go to the run found first from the left, as in Moodle', () => {
    // CDAB: runs C, D and A, B; C, D comes first in the response.
    const grade = gradeOrdering(letters('ABCD'), letters('CDAB'), 'longest-contiguous-subset');
    expect(grade.fraction).toBe(0.5);
    expect(grade.parts).toEqual({ A: false, B: false, C: true, D: true });
    const ordered = gradeOrdering(letters('ABCD'), letters('CDAB'), 'longest-ordered-subset');
    expect(ordered.parts).toEqual({ A: false, B: false, C: true, D: true });
  });

  it('longest contiguous subset: items consecutive in the key need not be side by side', () => {
    // ACB D: A…B and C…D are runs of 2 even though something sits between them.
    expect(frac(letters('ABCD'), letters('ACBD'), 'longest-contiguous-subset')).toBe(0.5);
    // The ordered subset may skip key items: A, C, D or A, B, D.
    expect(frac(letters('ABCD'), letters('ACBD'), 'longest-ordered-subset')).toBe(0.75);
  });

  it('longest subsets: a run of one scores 0', () => {
    const grade = gradeOrdering(key, letters('EDCBA'), 'longest-ordered-subset');
    expect(grade.fraction).toBe(0);
    expect(grade.steps).toEqual([
      'No two items in key order (not necessarily side by side); a run of one scores nothing' +
        ' → 0/5 = 0',
    ]);
    expect(Object.values(grade.parts).every((ok) => !ok)).toBe(true);
  });

  it('absolute position: explains each place', () => {
    const stages = ['Shared goal', 'Trust', 'Negotiation', 'Agreement', 'Joint action'];
    const d = def(stages);
    const score = ordering.score(d, { order: ['i1', 'i0', 'i2', 'i3', 'i4'] });
    expect(score).toEqual({
      fraction: 0.6,
      policy: 'ordering/absolute-position',
      steps: [
        '"Trust" is in place 1, but belongs in place 2 (+0)',
        '"Shared goal" is in place 2, but belongs in place 1 (+0)',
        '"Negotiation" is in place 3 as in the key (+1)',
        '"Agreement" is in place 4 as in the key (+1)',
        '"Joint action" is in place 5 as in the key (+1)',
        '3 of 5 in place → 3/5 = 0.6',
      ],
      feedback: [],
      parts: { i0: false, i1: false, i2: true, i3: true, i4: true },
    });
  });

  it('all or nothing: one slip scores 0', () => {
    const grade = gradeOrdering(key, letters('ABCED'), 'all-or-nothing');
    expect(grade.fraction).toBe(0);
    expect(grade.steps.at(-1)).toBe('3 of 5 in place; all must be → 0');
    expect(grade.parts).toEqual({ A: true, B: true, C: true, D: false, E: false });
    expect(gradeOrdering(key, key, 'all-or-nothing').steps.at(-1)).toBe('all 5 in place → 1');
  });

  it('relative next, excluding last: the key last item is not checked', () => {
    // BCDEA: B→C, C→D, D→E right; A→B wrong (A is last); E's successor is not checked.
    const grade = gradeOrdering(key, letters('BCDEA'), 'relative-next-exclude-last');
    expect(grade.fraction).toBe(0.75);
    expect(grade.steps).toEqual([
      '"A" comes last, but in the key it is followed by "B" (+0)',
      '"B" is followed by "C" as in the key (+1)',
      '"C" is followed by "D" as in the key (+1)',
      '"D" is followed by "E" as in the key (+1)',
      '"E" ends the key, so what follows it is not checked',
      '3 of 4 items followed by the right item → 3/4 = 0.75',
    ]);
    expect(grade.parts).toEqual({ A: false, B: true, C: true, D: true, E: true });
  });

  it('relative next, including last: the key last item must come last', () => {
    // BCDEA: as above, plus E is followed by A but should come last → 3/5.
    const grade = gradeOrdering(key, letters('BCDEA'), 'relative-next-include-last');
    expect(grade.fraction).toBe(0.6);
    expect(grade.steps.slice(-2)).toEqual([
      '"E" is followed by "A", but in the key it comes last (+0)',
      '3 of 5 items followed by the right item (the last by none) → 3/5 = 0.6',
    ]);
    expect(grade.parts).toEqual({ A: false, B: true, C: true, D: true, E: false });
  });

  it('relative one previous and next: "none" at the ends counts', () => {
    // ABDCE: A first ✓, A→B ✓; B after A ✓, before D ✗; D after B ✗, before C ✗;
    // C after D ✗, before E ✗; E after C ✗, last ✓ → 4/10.
    const grade = gradeOrdering(key, letters('ABDCE'), 'relative-one-previous-and-next');
    expect(grade.fraction).toBe(0.4);
    expect(grade.steps).toEqual([
      '"A": first as in the key (+1); before "B" as in the key (+1)',
      '"B": after "A" as in the key (+1); before "D", but the key has it before "C" (+0)',
      '"D": after "B", but the key has it after "C" (+0); before "C", but the key has it before' +
        ' "E" (+0)',
      '"C": after "D", but the key has it after "B" (+0); before "E", but the key has it before' +
        ' "D" (+0)',
      '"E": after "C", but the key has it after "D" (+0); last as in the key (+1)',
      '4 of 10 neighbours as in the key → 4/10 = 0.4',
    ]);
    expect(grade.parts).toEqual({ A: true, B: false, C: false, D: false, E: false });
  });

  it('relative all previous and next: every pair counted from both sides', () => {
    // ABDCE: only the pair C, D is swapped, so 2 of the 20 relations are wrong → 18/20.
    const grade = gradeOrdering(key, letters('ABDCE'), 'relative-all-previous-and-next');
    expect(grade.fraction).toBe(0.9);
    expect(grade.steps[2]).toBe('"D" has 3 of 4 other items on the same side as in the key (+3)');
    expect(grade.steps.at(-1)).toBe('18 of 20 item pairs on the right side → 18/20 = 0.9');
    expect(grade.parts).toEqual({ A: true, B: true, C: false, D: false, E: true });
  });

  it('relative to correct: n − 1 less the distance, floored at 0', () => {
    // EABCD: E 4 away (+0), A–D 1 away (+3 each) → 12/20.
    const grade = gradeOrdering(key, letters('EABCD'), 'relative-to-correct');
    expect(grade.fraction).toBe(0.6);
    expect(grade.steps.slice(0, 2)).toEqual([
      '"E" is in place 1, 4 away from place 5 in the key (+0 of 4)',
      '"A" is in place 2, 1 away from place 1 in the key (+3 of 4)',
    ]);
    expect(grade.steps.at(-1)).toBe('12 of 20 possible → 12/20 = 0.6');
  });

  it('the reverse order (n = 5; the middle item stays in place)', () => {
    const reverse = letters('EDCBA');
    const expected: Record<OrderingGrading, number> = {
      'all-or-nothing': 0,
      'absolute-position': 0.2,
      'relative-next-exclude-last': 0,
      'relative-next-include-last': 0,
      'relative-one-previous-and-next': 0,
      'relative-all-previous-and-next': 0,
      'longest-ordered-subset': 0,
      'longest-contiguous-subset': 0,
      // distances 4, 2, 0, 2, 4 → 0 + 2 + 4 + 2 + 0 = 8 of 20
      'relative-to-correct': 0.4,
    };
    for (const grading of ORDERING_GRADINGS) {
      expect([grading, frac(key, reverse, grading)]).toEqual([grading, expected[grading]]);
    }
  });

  it('n = 2: the key scores 1 and the swap scores 0 under every grading', () => {
    for (const grading of ORDERING_GRADINGS) {
      expect([grading, frac(['A', 'B'], ['A', 'B'], grading)]).toEqual([grading, 1]);
      expect([grading, frac(['A', 'B'], ['B', 'A'], grading)]).toEqual([grading, 0]);
    }
  });

  it('an empty order scores 0 under every grading', () => {
    for (const grading of ORDERING_GRADINGS) {
      const grade = gradeOrdering(key, [], grading);
      expect(grade).toEqual({
        fraction: 0,
        steps: ['No order was given → 0'],
        parts: { A: false, B: false, C: false, D: false, E: false },
      });
    }
  });
});

/** Straight from the definitions, by ids and sets, to check the index arithmetic against. */
function reference(key: readonly string[], resp: readonly string[], grading: OrderingGrading) {
  const n = key.length;
  const at = (list: readonly string[], i: number) => list[i] ?? 'none';
  const next = (list: readonly string[], id: string) => at(list, list.indexOf(id) + 1);
  const prev = (list: readonly string[], id: string) =>
    list.indexOf(id) === 0 ? 'none' : at(list, list.indexOf(id) - 1);
  const count = (ok: (id: string) => number) => key.reduce((sum, id) => sum + ok(id), 0);
  const ordered = (ids: readonly string[], contiguous: boolean) => {
    // Every subset of the response's places, brute force.
    let best = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      const keyIdx = resp.filter((_, j) => mask & (1 << j)).map((id) => ids.indexOf(id));
      const ok = keyIdx.every((k, i) => {
        const before = keyIdx[i - 1];
        return before === undefined || (contiguous ? k === before + 1 : k > before);
      });
      if (ok && keyIdx.length > best) best = keyIdx.length;
    }
    return best < 2 ? 0 : best;
  };
  switch (grading) {
    case 'all-or-nothing':
      return key.every((id, i) => resp[i] === id) ? 1 : 0;
    case 'absolute-position':
      return count((id) => +(resp.indexOf(id) === key.indexOf(id))) / n;
    case 'relative-next-exclude-last':
      return count((id) => +(id !== at(key, n - 1) && next(resp, id) === next(key, id))) / (n - 1);
    case 'relative-next-include-last':
      return count((id) => +(next(resp, id) === next(key, id))) / n;
    case 'relative-one-previous-and-next':
      return (
        count((id) => +(prev(resp, id) === prev(key, id)) + +(next(resp, id) === next(key, id))) /
        (2 * n)
      );
    case 'relative-all-previous-and-next': {
      const side = (list: readonly string[], a: string, b: string) =>
        list.indexOf(a) < list.indexOf(b);
      let same = 0;
      for (const a of key)
        for (const b of key) if (a !== b && side(key, a, b) === side(resp, a, b)) same++;
      return same / (n * (n - 1));
    }
    case 'longest-ordered-subset':
      return ordered(key, false) / n;
    case 'longest-contiguous-subset':
      return ordered(key, true) / n;
    case 'relative-to-correct':
      return (
        count((id) => Math.max(0, n - 1 - Math.abs(key.indexOf(id) - resp.indexOf(id)))) /
        (n * (n - 1))
      );
  }
}

/** n item ids and a permutation of them. */
const keyAndOrder = (maxN: number) =>
  fc
    .integer({ min: 2, max: maxN })
    .chain((n) =>
      fc.tuple(
        fc.constant(range(n)),
        fc.shuffledSubarray(range(n), { minLength: n, maxLength: n }),
      ),
    );
const gradingArb = fc.constantFrom(...ORDERING_GRADINGS);

describe('properties', () => {
  it('the key scores 1 under every grading', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), gradingArb, (n, grading) => {
        const grade = gradeOrdering(range(n), range(n), grading);
        expect(grade.fraction).toBe(1);
        expect(Object.values(grade.parts).every((ok) => ok)).toBe(true);
      }),
    );
  });

  it('the fraction is in [0, 1] and matches the definitions, brute-forced', () => {
    fc.assert(
      fc.property(keyAndOrder(8), gradingArb, ([key, order], grading) => {
        const { fraction } = gradeOrdering(key, order, grading);
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThanOrEqual(1);
        expect(fraction).toBeCloseTo(reference(key, order, grading), 9);
      }),
      { numRuns: 500 },
    );
  });

  it('subset gradings mark exactly the scored run as right', () => {
    const subsetGradings = fc.constantFrom(
      'longest-ordered-subset' as const,
      'longest-contiguous-subset' as const,
    );
    fc.assert(
      fc.property(keyAndOrder(9), subsetGradings, ([key, order], grading) => {
        const grade = gradeOrdering(key, order, grading);
        const right = Object.values(grade.parts).filter((ok) => ok).length;
        expect(right / key.length).toBeCloseTo(grade.fraction, 9);
      }),
    );
  });

  it('gradeOrdering never throws and stays in [0, 1] on any arrays of strings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 6 }),
        fc.array(fc.string(), { maxLength: 8 }),
        gradingArb,
        (key, order, grading) => {
          const { fraction } = gradeOrdering(key, order, grading);
          expect(fraction).toBeGreaterThanOrEqual(0);
          expect(fraction).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('ordering module', () => {
  const stages = def(['Shared goal', 'Trust', 'Negotiation', 'Agreement']);

  it('applies the schema defaults and rejects fewer than 2 items or unknown gradings', () => {
    expect(stages.grading).toBe('absolute-position');
    expect(stages.shuffle).toBe(true);
    const one = orderingDefinitionSchema.safeParse({
      id: 'q',
      type: 'ordering',
      prompt: 'p',
      items: [{ id: 'a', text: 'A' }],
    });
    expect(one.success).toBe(false);
    const bad = orderingDefinitionSchema.safeParse({ ...stages, grading: 'kendall-tau' });
    expect(bad.success).toBe(false);
  });

  it('keyResponse scores 1 and emptyResponse 0, with the grading in the policy', () => {
    for (const grading of ORDERING_GRADINGS) {
      const d = { ...stages, grading };
      const key = ordering.keyResponse(d);
      expect(key).toEqual({ order: ['i0', 'i1', 'i2', 'i3'] });
      expect(key && ordering.score(d, key).fraction).toBe(1);
      const empty = ordering.emptyResponse(d);
      expect(ordering.parseResponse(d, empty)).toEqual({ ok: true, value: { order: [] } });
      const score = ordering.score(d, empty);
      expect(score.fraction).toBe(0);
      expect(score.policy).toBe(`ordering/${grading}`);
      expect(score.feedback).toEqual([]);
    }
  });

  it('check: accepts a sound definition', () => {
    expect(ordering.check(stages)).toEqual([]);
  });

  it('check: duplicate ids and indistinguishable texts', () => {
    const d = {
      ...stages,
      items: [
        { id: 'a', text: 'Trust' },
        { id: 'b', text: 'Negotiation' },
        { id: 'a', text: 'Agreement' },
        { id: 'd', text: '  Negotiation ' },
      ],
    };
    expect(ordering.check(d)).toEqual([
      { path: 'items[2].id', message: '"a" is already used by items[0]' },
      {
        path: 'items[3].text',
        message:
          'same text as items[1]: the learner cannot tell them apart, so cannot be sure to give' +
          ' the key',
      },
    ]);
  });

  it('the key scores 1 for every definition check accepts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 2, maxLength: 8 }),
        gradingArb,
        (ids, grading) => {
          const d = def(ids, { grading });
          expect(ordering.check(d)).toEqual([]);
          const key = ordering.keyResponse(d);
          expect(key && ordering.score(d, key).fraction).toBe(1);
        },
      ),
    );
  });
});

describe('parseResponse', () => {
  const d = def(['A', 'B', 'C', 'D']); // ids i0…i3

  it('accepts a full order and an empty one', () => {
    expect(ordering.parseResponse(d, { order: ['i3', 'i1', 'i0', 'i2'] })).toEqual({
      ok: true,
      value: { order: ['i3', 'i1', 'i0', 'i2'] },
    });
    expect(ordering.parseResponse(d, { order: [] })).toEqual({ ok: true, value: { order: [] } });
  });

  it.each([null, undefined, 'i0,i1', 42, ['i0', 'i1', 'i2', 'i3']])('rejects %j', (raw) => {
    expect(ordering.parseResponse(d, raw)).toEqual({
      ok: false,
      issues: [{ path: 'order', message: 'expected { order: item ids, first to last }' }],
    });
  });

  it('rejects an order that is not an array', () => {
    expect(ordering.parseResponse(d, { order: 'i0,i1,i2,i3' })).toEqual({
      ok: false,
      issues: [{ path: 'order', message: 'must be an array of item ids, first to last' }],
    });
    expect(ordering.parseResponse(d, {}).ok).toBe(false);
  });

  it('reports unknown ids by place', () => {
    expect(ordering.parseResponse(d, { order: ['i0', 'i1', 'i2', 'x', 'i3'] })).toEqual({
      ok: false,
      issues: [{ path: 'order[3]', message: 'unknown item "x"' }],
    });
  });

  it('reports non-string entries and holes', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is what is being tested
    const sparse = ['i0', , 'i2', 'i3', 'i1'];
    expect(ordering.parseResponse(d, { order: sparse })).toEqual({
      ok: false,
      issues: [{ path: 'order[1]', message: 'must be an item id' }],
    });
    expect(ordering.parseResponse(d, { order: ['i0', 1, 'i2', 'i3', 'i1'] })).toEqual({
      ok: false,
      issues: [{ path: 'order[1]', message: 'must be an item id' }],
    });
  });

  it('reports duplicates once per id', () => {
    expect(ordering.parseResponse(d, { order: ['i0', 'i1', 'i1', 'i2', 'i3'] })).toEqual({
      ok: false,
      issues: [{ path: 'order', message: '"i1" appears twice' }],
    });
    expect(ordering.parseResponse(d, { order: ['i0', 'i1', 'i1', 'i2', 'i3', 'i1'] })).toEqual({
      ok: false,
      issues: [{ path: 'order', message: '"i1" appears 3 times' }],
    });
  });

  it('rejects a partial order, naming what is missing', () => {
    expect(ordering.parseResponse(d, { order: ['i0', 'i1'] })).toEqual({
      ok: false,
      issues: [{ path: 'order', message: 'missing "i2", "i3"' }],
    });
  });

  it('reports every problem at once', () => {
    const result = ordering.parseResponse(d, { order: ['i0', 'i0', 'x'] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'order[2]', message: 'unknown item "x"' },
        { path: 'order', message: '"i0" appears twice' },
        { path: 'order', message: 'missing "i1", "i2", "i3"' },
      ],
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = ordering.parseResponse(d, raw);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('i0', 'i1', 'i2', 'i3'), fc.anything())),
        (order) => {
          const result = ordering.parseResponse(d, { order });
          if (result.ok) expect(ordering.score(d, result.value).fraction).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('present', () => {
  const d = def(['Shared goal', 'Trust', 'Negotiation', 'Agreement', 'Joint action'], {
    grading: 'longest-ordered-subset',
  });

  it('shows only the item texts: no grading, explanation or key', () => {
    const shown = ordering.present(d, createRng('seed'));
    expect(Object.keys(shown).sort()).toEqual(['id', 'items', 'points', 'prompt', 'type']);
    expect(shown.type).toBe('ordering');
    expect(shown.items.every((item) => Object.keys(item).join() === 'id,text')).toBe(true);
    const json = JSON.stringify(shown);
    expect(json).not.toContain('longest-ordered-subset');
    expect(json).not.toContain(d.explanation);
    expect([...shown.items].sort((a, b) => a.id.localeCompare(b.id))).toEqual(d.items);
  });

  it('keeps the key order when shuffle is off', () => {
    const shown = ordering.present({ ...d, shuffle: false }, createRng('seed'));
    expect(shown.items.map((item) => item.id)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4']);
  });

  it('n = 2 with shuffle on is always shown swapped', () => {
    const two = def(['First', 'Second']);
    for (let seed = 0; seed < 20; seed++) {
      expect(ordering.present(two, createRng(seed)).items.map((item) => item.id)).toEqual([
        'i1',
        'i0',
      ]);
    }
  });

  it('the same seed gives the same presentation', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 8 }), (seed, n) => {
        const dn = def(range(n).map((id) => `text ${id}`));
        expect(ordering.present(dn, createRng(seed))).toEqual(
          ordering.present(dn, createRng(seed)),
        );
      }),
    );
  });

  it('never shows the key order when shuffle is on', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 2, max: 6 }), (seed, n) => {
        const dn = def(range(n).map((id) => `text ${id}`));
        const ids = ordering.present(dn, createRng(seed)).items.map((item) => item.id);
        expect(ids).not.toEqual(range(n));
        expect([...ids].sort()).toEqual([...range(n)].sort());
      }),
      { numRuns: 500 },
    );
  });
});
