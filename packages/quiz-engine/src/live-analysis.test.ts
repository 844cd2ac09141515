import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createItemAnalysis } from './item-analysis';
import {
  alphaFromSums,
  analysisOptions,
  distractorAnalysis,
  liveAnalysis,
  type OptionSums,
  optionPicks,
} from './live-analysis';
import { sampleItem } from './samples';
import { MIN_ATTEMPTS_FOR_STATISTICS } from './statistics';

const choice = sampleItem('choice'); // a is the key; b, c and d are distractors
const multiple = sampleItem('multiple-response');
const inline = sampleItem('inline-choice');
const essay = sampleItem('essay');

describe('optionPicks', () => {
  it('reads the picked options of the three choice-type items', () => {
    expect(optionPicks(choice, { choice: 'b' })).toEqual(['b']);
    expect(optionPicks(multiple, { choices: ['market', 'tech', 'market'] })).toEqual([
      'market',
      'tech',
    ]);
    expect(optionPicks(inline, { gaps: { kind: 'h', other: null } })).toEqual(['kind=h']);
  });

  it('gives [] for a response that picked nothing, and null for items without options', () => {
    expect(optionPicks(choice, { choice: null })).toEqual([]);
    expect(optionPicks(choice, undefined)).toEqual([]);
    expect(optionPicks(multiple, { choices: [] })).toEqual([]);
    expect(optionPicks(inline, { gaps: { kind: null, other: null } })).toEqual([]);
    expect(optionPicks(essay, { text: 'because' })).toBeNull();
  });

  it('leaves out ids that are not options of the item', () => {
    expect(optionPicks(choice, { choice: 'nope' })).toEqual([]);
    expect(optionPicks(multiple, { choices: ['tech', 'evil', 3] })).toEqual(['tech']);
    expect(optionPicks(inline, { gaps: { kind: 'r', g9: 'v' } })).toEqual([]);
  });
});

describe('analysisOptions', () => {
  it('marks the key: the best option of a choice, the correct ones, each gap answer', () => {
    expect(analysisOptions(choice).map((o) => [o.id, o.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
    expect(
      analysisOptions(multiple)
        .filter((o) => o.correct)
        .map((o) => o.id),
    ).toEqual(['tech', 'risk', 'market']);
    expect(analysisOptions(inline)).toEqual([
      { id: 'kind=v', label: 'kind: vertical', correct: true },
      { id: 'kind=h', label: 'kind: horizontal', correct: false },
      { id: 'other=v', label: 'other: vertical', correct: false },
      { id: 'other=h', label: 'other: horizontal', correct: true },
    ]);
    expect(analysisOptions(essay)).toEqual([]);
  });
});

describe('distractorAnalysis', () => {
  const options = analysisOptions(choice);

  it('gives each option its count, share and the mean total of its pickers', () => {
    const sums: OptionSums[] = [
      { optionId: 'a', n: 30, sy: 24 },
      { optionId: 'b', n: 6, sy: 3 },
      { optionId: 'c', n: 2, sy: 0.6 },
      { optionId: 'd', n: 2, sy: 0.6 },
      { optionId: '', n: 0, sy: 0 },
    ];
    const result = distractorAnalysis(options, sums, 40);
    expect(result.answers).toBe(40);
    expect(result.options.map((o) => [o.id, o.count, o.share])).toEqual([
      ['a', 30, 0.75],
      ['b', 6, 0.15],
      ['c', 2, 0.05],
      ['d', 2, 0.05],
    ]);
    expect(result.options[0]?.meanTotal).toBeCloseTo(0.8);
    expect(result.flags).toEqual([]);
  });

  it('flags a distractor nobody picks and one that draws stronger learners than the key', () => {
    const result = distractorAnalysis(
      options,
      [
        { optionId: 'a', n: 20, sy: 10 },
        { optionId: 'b', n: 19, sy: 15 },
        { optionId: '', n: 1, sy: 0.1 },
      ],
      40,
    );
    expect(result.none).toBe(1);
    expect(result.flags).toEqual([
      'distractor "Mistiming" draws stronger learners than the key',
      'distractor "Cultural conflict" is picked by under 5% of answers',
      'distractor "Lack of trust" is picked by under 5% of answers',
    ]);
  });

  it('does not flag below 20 answers, nor with none at all', () => {
    expect(distractorAnalysis(options, [{ optionId: 'a', n: 19, sy: 10 }], 19).flags).toEqual([]);
    const empty = distractorAnalysis(options, [], 0);
    expect(empty.options.every((o) => o.share === null && o.meanTotal === null)).toBe(true);
  });

  it('lists options of an earlier version after the current ones', () => {
    const result = distractorAnalysis(options, [{ optionId: 'old', n: 3, sy: 1 }], 3);
    expect(result.options.at(-1)).toMatchObject({ id: 'old', count: 3, correct: false });
  });
});

describe('alphaFromSums', () => {
  /** Sums of a table of item points (rows are attempts). */
  function sumsOf(table: number[][]) {
    const totals = table.map((row) => row.reduce((a, b) => a + b, 0));
    return {
      total: {
        n: table.length,
        st: totals.reduce((a, b) => a + b, 0),
        stt: totals.reduce((a, b) => a + b * b, 0),
      },
      items: (table[0] ?? []).map((_, j) => ({
        itemId: `i${j}`,
        n: table.length,
        sp: table.reduce((s, row) => s + (row[j] ?? 0), 0),
        spp: table.reduce((s, row) => s + (row[j] ?? 0) ** 2, 0),
      })),
    };
  }

  it('agrees with the batch item analysis on random fixed papers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }), {
          minLength: MIN_ATTEMPTS_FOR_STATISTICS,
          maxLength: 40,
        }),
        (k, raw) => {
          const table = raw.map((row) => row.slice(0, k).map((v) => v / 2));
          const { total, items } = sumsOf(table);
          const batch = createItemAnalysis(
            items.map((i) => ({ id: i.itemId, maxPoints: 2 })),
            { keepScores: false },
          );
          for (const row of table) batch.add(row.map((v) => v / 2));
          const expected = batch.result().test.alpha;
          const got = alphaFromSums(total, items);
          if (expected === null) expect(got.alpha).toBeNull();
          else expect(got.alpha).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  /** A table repeated until it has enough attempts for statistics. */
  const enough = (rows: number[][]) =>
    Array.from({ length: Math.ceil(MIN_ATTEMPTS_FOR_STATISTICS / rows.length) }, () => rows).flat();

  it('is 1 for perfectly parallel items and 0 for uncorrelated ones', () => {
    const parallel = sumsOf(
      enough([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    );
    expect(alphaFromSums(parallel.total, parallel.items).alpha).toBeCloseTo(1);
    const unrelated = sumsOf(
      enough([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]),
    );
    expect(alphaFromSums(unrelated.total, unrelated.items).alpha).toBeCloseTo(0);
  });

  it('says why when alpha is not defined', () => {
    // Three attempts are not a reliability estimate: no "good consistency" from 3 attempts.
    const three = sumsOf([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect(alphaFromSums(three.total, three.items)).toMatchObject({
      alpha: null,
      reason: `not enough attempts: 3 of ${MIN_ATTEMPTS_FOR_STATISTICS}`,
    });
    const single = sumsOf(enough([[1], [0]]));
    expect(alphaFromSums(single.total, single.items)).toMatchObject({
      reason: 'needs at least two items',
    });
    const flat = sumsOf(
      enough([
        [1, 0],
        [0, 1],
      ]),
    );
    expect(alphaFromSums(flat.total, flat.items)).toMatchObject({
      reason: 'every attempt has the same total',
    });
    const drawn = sumsOf(
      enough([
        [1, 0],
        [0, 1],
        [1, 1],
      ]),
    );
    const items = drawn.items.map((i, j) => (j === 0 ? { ...i, n: 2 } : i));
    expect(alphaFromSums(drawn.total, items)).toMatchObject({
      alpha: null,
      reason: 'learners answered different items (pool draws or a changed paper)',
    });
  });
});

describe('liveAnalysis', () => {
  const sums = (pairs: Array<[number, number]>) => ({
    n: pairs.length,
    sx: pairs.reduce((s, [x]) => s + x, 0),
    sxx: pairs.reduce((s, [x]) => s + x * x, 0),
    sy: pairs.reduce((s, [, y]) => s + y, 0),
    syy: pairs.reduce((s, [, y]) => s + y * y, 0),
    sxy: pairs.reduce((s, [x, y]) => s + x * y, 0),
  });
  // Strong attempts get the choice item wrong: negative discrimination, flagged first.
  const reversed = sums(
    Array.from({ length: 30 }, (_, i) => [i < 15 ? 1 : 0, i / 30] as [number, number]),
  );
  const fine = sums(
    Array.from({ length: 30 }, (_, i) => [i % 3 === 0 ? 0 : 1, i / 30] as [number, number]),
  );

  it('joins statistics, distractors and their flags per item, flagged items first', () => {
    const result = liveAnalysis({
      items: [
        { itemId: 'a-essay', definition: essay, sums: fine, picked: 0, options: [] },
        {
          itemId: 'b-choice',
          definition: choice,
          sums: reversed,
          picked: 30,
          options: [
            { optionId: 'a', n: 15, sy: 15 * 0.25 },
            { optionId: 'b', n: 15, sy: 15 * 0.75 },
          ],
        },
      ],
      cases: [{ caseId: 'case', title: 'A case', sums: fine }],
      total: { n: 0, st: 0, stt: 0 },
      itemPoints: [],
    });
    expect(result.items.map((i) => i.itemId)).toEqual(['b-choice', 'a-essay']);
    const [flagged, essayRow] = result.items;
    expect(flagged?.discrimination).toBeLessThan(0);
    expect(flagged?.flags).toEqual([
      'negative discrimination: strong attempts do worse on it than weak ones',
      'distractor "Mistiming" draws stronger learners than the key',
      'distractor "Cultural conflict" is picked by under 5% of answers',
      'distractor "Lack of trust" is picked by under 5% of answers',
    ]);
    expect(flagged?.distractors?.options.map((o) => o.count)).toEqual([15, 15, 0, 0]);
    expect(essayRow?.distractors).toBeNull();
    expect(result.cases[0]).toMatchObject({ caseId: 'case', title: 'A case', n: 30 });
    expect(result.test).toMatchObject({ attempts: 0, meanPoints: null, alpha: null });
  });

  it('gives the mean, SD and alpha of the test from its sums', () => {
    const table = [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 1],
    ];
    const totals = table.map(([a, b]) => (a ?? 0) + (b ?? 0));
    const result = liveAnalysis({
      items: [],
      cases: [],
      total: {
        n: table.length,
        st: totals.reduce((s, t) => s + t, 0),
        stt: totals.reduce((s, t) => s + t * t, 0),
      },
      itemPoints: [0, 1].map((j) => ({
        itemId: `i${j}`,
        n: table.length,
        sp: table.reduce((s, row) => s + (row[j] ?? 0), 0),
        spp: table.reduce((s, row) => s + (row[j] ?? 0) ** 2, 0),
      })),
    });
    expect(result.test.meanPoints).toBe(1.25);
    const mean = 1.25;
    expect(result.test.sdPoints).toBeCloseTo(
      Math.sqrt(totals.reduce((s, t) => s + (t - mean) ** 2, 0) / (table.length - 1)),
    );
    expect(result.test.alpha).toBeCloseTo(2 * (1 - (0.25 + 0.1875) / 0.6875));
  });
});
