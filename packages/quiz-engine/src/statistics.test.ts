import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnalysisSlot,
  createItemAnalysis,
  ItemAnalysis,
  type ItemAnalysisResult,
  type ScoreStatistics,
  type SlotPicks,
} from './item-analysis';
import { MIN_ATTEMPTS_FOR_STATISTICS, statisticsFromSums } from './statistics';

// ---------------------------------------------------------------------------------------------
// A naive batch reference: stores every attempt, two-pass means and sums of squares, sorts with
// Array.prototype.sort. Written from the definitions, independently of the accumulator.

type Row = number[];

/** Same rule as the module: an SD at most 1e-10 × max points is no spread. */
const noSpread = (sd: number, max: number) => !(sd > 1e-10 * max);
/** Mean with a second, corrective pass (the plain Σx/n can be off by far more than an ulp). */
function meanOf(xs: number[]): number {
  const rough = xs.reduce((s, x) => s + x, 0) / xs.length;
  return rough + xs.reduce((s, x) => s + (x - rough), 0) / xs.length;
}
const ascending = (xs: number[]) => [...xs].sort((a, b) => a - b);

function naiveColumn(x: number[], r: number[], max: number, restMax: number): ScoreStatistics {
  const n = x.length;
  if (n === 0) {
    return {
      n,
      maxPoints: max,
      meanPoints: null,
      facility: null,
      sd: null,
      discrimination: null,
      discriminativeEfficiency: null,
    };
  }
  const mx = meanOf(x);
  const mr = meanOf(r);
  let sxx = 0;
  let srr = 0;
  let sxr = 0;
  for (let a = 0; a < n; a++) {
    const dx = (x[a] ?? 0) - mx;
    const dr = (r[a] ?? 0) - mr;
    sxx += dx * dx;
    srr += dr * dr;
    sxr += dx * dr;
  }
  const sdx = n > 1 ? Math.sqrt(sxx / (n - 1)) : 0;
  const sdr = n > 1 ? Math.sqrt(srr / (n - 1)) : 0;
  const spread = n > 1 && !noSpread(sdx, max) && !noSpread(sdr, restMax);
  const sx = ascending(x);
  const sr = ascending(r);
  let comax = 0;
  for (let a = 0; a < n; a++) comax += ((sx[a] ?? 0) - mx) * ((sr[a] ?? 0) - mr);
  return {
    n,
    maxPoints: max,
    meanPoints: mx,
    facility: (100 * mx) / max,
    sd: n > 1 ? (100 * sdx) / max : null,
    discrimination: spread
      ? Math.max(-100, Math.min(100, (100 * sxr) / Math.sqrt(sxx * srr)))
      : null,
    discriminativeEfficiency: spread ? (100 * sxr) / comax : null,
  };
}

function naiveAnalysis(slots: AnalysisSlot[], rows: Row[]): ItemAnalysisResult {
  const n = rows.length;
  const k = slots.length;
  const points = rows.map((row) => slots.map((s, j) => (row[j] ?? 0) * s.maxPoints));
  const totals = points.map((p) => p.reduce((s, x) => s + x, 0));
  const maxTotal = slots.reduce((s, slot) => s + slot.maxPoints, 0);
  const items = slots.map((slot, j) => {
    const x = points.map((p) => p[j] ?? 0);
    const r = totals.map((t, a) => t - (x[a] ?? 0));
    const stats = naiveColumn(x, r, slot.maxPoints, maxTotal - slot.maxPoints);
    return {
      id: slot.id,
      caseId: slot.caseId ?? null,
      ...stats,
      meanFraction: stats.meanPoints === null ? null : stats.meanPoints / slot.maxPoints,
      picks: null,
    };
  });
  const caseIds = [...new Set(slots.flatMap((s) => (s.caseId === undefined ? [] : [s.caseId])))];
  const cases = caseIds.map((id) => {
    const members = slots.flatMap((s, j) => (s.caseId === id ? [j] : []));
    const max = members.reduce((s, j) => s + (slots[j]?.maxPoints ?? 0), 0);
    const x = points.map((p) => members.reduce((s, j) => s + (p[j] ?? 0), 0));
    const r = totals.map((t, a) => t - (x[a] ?? 0));
    return {
      id,
      slotIds: members.map((j) => slots[j]?.id ?? ''),
      ...naiveColumn(x, r, max, maxTotal - max),
    };
  });
  const mean = n > 0 ? meanOf(totals) : null;
  const moment = (p: number) => totals.reduce((s, t) => s + (t - (mean ?? 0)) ** p, 0) / n;
  const varT = n > 1 ? (moment(2) * n) / (n - 1) : null;
  const sdT = varT === null ? null : Math.sqrt(varT);
  const spread = sdT !== null && !noSpread(sdT, maxTotal);
  const itemVar = items.reduce((s, it) => s + ((it.sd ?? 0) * it.maxPoints) ** 2 / 1e4, 0);
  const alpha = spread && k >= 2 && varT !== null ? (k / (k - 1)) * (1 - itemVar / varT) : null;
  const sorted = ascending(totals);
  const median =
    n === 0
      ? null
      : n % 2 === 1
        ? (sorted[(n - 1) / 2] ?? 0)
        : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
  const [m2, m3, m4] = [moment(2), moment(3), moment(4)];
  const k2 = varT ?? 0;
  const skewness = spread && n > 2 ? (n * n * m3) / ((n - 1) * (n - 2)) / k2 ** 1.5 : null;
  const kurtosis =
    spread && n > 3
      ? (n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2)) / ((n - 1) * (n - 2) * (n - 3)) / k2 ** 2
      : null;
  // Same guard as the module: α within rounding of 1 has no error.
  const errorRatio = alpha === null ? null : 1 - alpha < 1e-12 ? 0 : 100 * Math.sqrt(1 - alpha);
  return {
    test: {
      attempts: n,
      maxTotal,
      meanTotal: mean,
      meanPercent: mean === null ? null : (100 * mean) / maxTotal,
      median,
      sdTotal: sdT,
      skewness,
      kurtosis,
      alpha,
      errorRatio,
      standardError: errorRatio === null || sdT === null ? null : (errorRatio * sdT) / 100,
    },
    items,
    cases,
  };
}

/** Deep comparison: same shape and nulls, numbers within 1e-9 (relative above 1). */
function expectClose(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const a = actual as number;
    expect(Number.isFinite(a), `${path} is finite`).toBe(true);
    expect(Math.abs(a - expected), `${path}: ${a} vs ${expected}`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(actual, path).not.toBeNull();
    for (const [key, value] of Object.entries(expected)) {
      expectClose((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toBe(expected);
  }
}

/** The result without pick frequencies (the naive reference does not count picks). */
/** A slot's expected picks: [option id, count, share] per option, in order. */
const picksOf = (
  responses: number,
  none: number,
  options: Array<[id: string, count: number, share: number | null]>,
) => ({ responses, none, options: options.map(([id, count, share]) => ({ id, count, share })) });

const withoutPicks = (result: ItemAnalysisResult) => ({
  ...result,
  items: result.items.map((item) => ({ ...item, picks: null })),
});

function analyse(slots: AnalysisSlot[], rows: Row[], keepScores = true): ItemAnalysis {
  const analysis = new ItemAnalysis(slots, { keepScores });
  for (const row of rows) analysis.add(row);
  return analysis;
}

/** Deterministic data without fast-check: mulberry32. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNaN);
  return false;
}

// ---------------------------------------------------------------------------------------------

const threeSlots: AnalysisSlot[] = [
  { id: 'q1', maxPoints: 1 },
  { id: 'q2', maxPoints: 1, caseId: 'case' },
  { id: 'q3', maxPoints: 1, caseId: 'case' },
];
// 4 attempts × 3 items; totals 3, 2, 2, 0.
const fourByThree: Row[] = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 1],
  [0, 0, 0],
];

describe('ItemAnalysis on a hand-computed 4 × 3 example', () => {
  const { test, items, cases } = analyse(threeSlots, fourByThree).result();

  it('gives facility and SD as % of max', () => {
    // q1 = (1,1,1,0): mean ¾, Σ(x − x̄)² = ¾, var = ¼, SD = ½.
    // q2 = (1,1,0,0), q3 = (1,0,1,0): mean ½, Σ(x − x̄)² = 1, var = ⅓, SD = 1/√3.
    expect(items.map((i) => i.facility)).toEqual([75, 50, 50]);
    expect(items[0]?.sd).toBeCloseTo(50, 10);
    expect(items[1]?.sd).toBeCloseTo(100 / Math.sqrt(3), 10);
    expect(items[2]?.sd).toBeCloseTo(100 / Math.sqrt(3), 10);
    expect(items.map((i) => i.meanFraction)).toEqual([0.75, 0.5, 0.5]);
  });

  it('correlates each item with the rest of the test', () => {
    // q1: rest (2,1,1,0), mean 1: Σ dx·dr = ¼·1 + ¼·0 + ¼·0 + (−¾)(−1) = 1, Σ dr² = 2,
    //     D = 1/√(¾ · 2) = √(2/3).
    // q2: rest (2,1,2,0), mean 5/4: Σ dx·dr = ½(¾) + ½(−¼) − ½(¾) − ½(−5/4) = ½,
    //     Σ dr² = 11/4, D = ½/√(1 · 11/4) = 1/√11. q3 is q2 mirrored: the same.
    expect(items[0]?.discrimination).toBeCloseTo(100 * Math.sqrt(2 / 3), 10);
    expect(items[1]?.discrimination).toBeCloseTo(100 / Math.sqrt(11), 10);
    expect(items[2]?.discrimination).toBeCloseTo(100 / Math.sqrt(11), 10);
  });

  it('gives the discriminative efficiency against independently sorted scores', () => {
    // q1: sorted x (0,1,1,1) and sorted rest (0,1,1,2) pair as the data do: E = 100.
    // q2: sorted x (0,0,1,1) − ½, sorted rest (0,1,2,2) − 5/4:
    //     Cov_max·3 = ⅝ + ⅛ + ⅜ + ⅜ = 3/2, so E = 100 · ½ / (3/2) = 33.3.
    expect(items[0]?.discriminativeEfficiency).toBeCloseTo(100, 10);
    expect(items[1]?.discriminativeEfficiency).toBeCloseTo(100 / 3, 10);
    expect(items[2]?.discriminativeEfficiency).toBeCloseTo(100 / 3, 10);
  });

  it('gives the test statistics and Cronbach alpha', () => {
    // Totals (3,2,2,0): mean 7/4, Σ(T − T̄)² = 19/4, var = 19/12. Σ item var = ¼ + ⅓ + ⅓ = 11/12.
    // α = 3/2 · (1 − (11/12) / (19/12)) = 12/19.
    expect(test.attempts).toBe(4);
    expect(test.maxTotal).toBe(3);
    expect(test.meanTotal).toBeCloseTo(1.75, 12);
    expect(test.median).toBe(2);
    expect(test.sdTotal).toBeCloseTo(Math.sqrt(19 / 12), 12);
    expect(test.alpha).toBeCloseTo(12 / 19, 12);
    expect(test.errorRatio).toBeCloseTo(100 * Math.sqrt(7 / 19), 10);
    expect(test.standardError).toBeCloseTo(Math.sqrt(19 / 12) * Math.sqrt(7 / 19), 10);
  });

  it('analyses a case as the sum of its items against the rest', () => {
    // Case = q2 + q3 = (2,1,1,0), max 2: facility 50; rest = q1 = (1,1,1,0): D = √(2/3).
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: 'case', slotIds: ['q2', 'q3'], maxPoints: 2 });
    expect(cases[0]?.facility).toBe(50);
    expect(cases[0]?.sd).toBeCloseTo((100 * Math.sqrt(2 / 3)) / 2, 10);
    expect(cases[0]?.discrimination).toBeCloseTo(100 * Math.sqrt(2 / 3), 10);
    expect(cases[0]?.discriminativeEfficiency).toBeCloseTo(100, 10);
  });

  it('agrees with the naive reference', () => {
    expectClose(withoutPicks(analyse(threeSlots, fourByThree).result()), {
      ...naiveAnalysis(threeSlots, fourByThree),
    });
  });
});

// ---------------------------------------------------------------------------------------------

/** Random quizzes: 1–6 slots with varied max points, some in cases, and 0–40 attempts. */
const fraction = fc.oneof(
  fc.constantFrom(-0.25, 0, 1 / 3, 0.5, 2 / 3, 1),
  fc.integer({ min: -4, max: 12 }).map((i) => i / 12),
  fc.double({ min: -1, max: 1, noNaN: true }),
);
const quiz = fc
  .array(
    fc.record({
      maxPoints: fc.constantFrom(0.5, 1, 2, 3, 10),
      caseId: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((shape) => {
    const slots: AnalysisSlot[] = shape.map((s, j) => ({
      id: `s${j}`,
      maxPoints: s.maxPoints,
      ...(s.caseId === undefined ? {} : { caseId: s.caseId }),
    }));
    const row = fc.array(fraction, { minLength: slots.length, maxLength: slots.length });
    return fc.record({
      slots: fc.constant(slots),
      rows: fc.array(row, { maxLength: 40 }),
      cut: fc.nat(),
    });
  });

describe('ItemAnalysis against the naive batch computation', () => {
  it('gives the same statistics, within 1e-9, on random quizzes', () => {
    fc.assert(
      fc.property(quiz, ({ slots, rows }) => {
        const result = analyse(slots, rows).result();
        expect(hasNaN(result)).toBe(false);
        expectClose(withoutPicks(result), naiveAnalysis(slots, rows));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same statistics on 5,000 attempts (several score blocks, both sort paths)', () => {
    const random = seeded(7);
    const slots: AnalysisSlot[] = Array.from({ length: 12 }, (_, j) => ({
      id: `q${j}`,
      maxPoints: [1, 2, 0.5][j % 3] ?? 1,
      ...(j >= 4 && j < 10 ? { caseId: `c${Math.floor((j - 4) / 3)}` } : {}),
    }));
    const rows = Array.from({ length: 5000 }, () => {
      const ability = random();
      return slots.map((_, j) => {
        if (j < 6) return random() < ability ? 1 : 0; // right or wrong
        if (j < 10) return Math.floor(random() * 4 * ability) / 3; // thirds
        return random() * ability - 0.1; // continuous: more than 8 distinct values
      });
    });
    const result = analyse(slots, rows).result();
    expectClose(withoutPicks(result), naiveAnalysis(slots, rows));
    expect(result.items.every((item) => item.discriminativeEfficiency !== null)).toBe(true);
  });

  it('stays accurate when the spread is tiny next to the mean (centred sums)', () => {
    // Raw power sums would cancel: mean² ≈ 10⁶ while the variance is ≈ 10⁻⁶.
    const slots: AnalysisSlot[] = [
      { id: 'a', maxPoints: 1000 },
      { id: 'b', maxPoints: 1000 },
    ];
    const random = seeded(11);
    const rows = Array.from({ length: 20_000 }, () => [
      1 - 1e-6 * Math.floor(random() * 3),
      1 - 1e-6 * Math.floor(random() * 2),
    ]);
    expectClose(withoutPicks(analyse(slots, rows).result()), naiveAnalysis(slots, rows));
  });
});

describe('ItemAnalysis.merge', () => {
  it('equals adding every attempt to one accumulator', () => {
    fc.assert(
      fc.property(quiz, ({ slots, rows, cut }) => {
        const at = rows.length === 0 ? 0 : cut % (rows.length + 1);
        const merged = analyse(slots, rows.slice(0, at)).merge(analyse(slots, rows.slice(at)));
        expect(merged.attempts).toBe(rows.length);
        expectClose(merged.result(), analyse(slots, rows).result());
      }),
      { numRuns: 200 },
    );
  });

  it('merges partitions across score blocks, in any grouping', () => {
    const random = seeded(3);
    const slots: AnalysisSlot[] = [
      { id: 'a', maxPoints: 1 },
      { id: 'b', maxPoints: 2, caseId: 'c' },
      { id: 'c', maxPoints: 1, caseId: 'c' },
    ];
    const rows = Array.from({ length: 3000 }, () => [
      random() < 0.7 ? 1 : 0,
      Math.floor(random() * 3) / 2,
      random(),
    ]);
    const parts = [rows.slice(0, 700), rows.slice(700, 2100), rows.slice(2100)];
    const [p0, p1, p2] = parts.map((part) => analyse(slots, part));
    if (!p0 || !p1 || !p2) throw new Error('three parts');
    const merged = p0.merge(p1.merge(p2));
    expectClose(merged.result(), analyse(slots, rows).result());
    expectClose(withoutPicks(merged.result()), naiveAnalysis(slots, rows));
  });

  it('adds up pick counts, learning ids the other side saw first', () => {
    const slots: AnalysisSlot[] = [{ id: 'q', maxPoints: 1 }];
    const a = new ItemAnalysis(slots).add([1], ['x']).add([0], ['y']);
    const b = new ItemAnalysis(slots).add([0], ['z']).add([1], ['x']);
    expect(a.merge(b).result().items[0]?.picks).toEqual(
      picksOf(4, 0, [
        ['x', 2, 0.5],
        ['y', 1, 0.25],
        ['z', 1, 0.25],
      ]),
    );
  });

  it('refuses other slots, other keepScores, and itself', () => {
    const a = new ItemAnalysis(threeSlots);
    expect(() => a.merge(new ItemAnalysis(threeSlots.slice(0, 2)))).toThrow(RangeError);
    const heavier = threeSlots.map((s, j) => (j === 0 ? { ...s, maxPoints: 2 } : s));
    expect(() => a.merge(new ItemAnalysis(heavier))).toThrow(RangeError);
    expect(() => a.merge(new ItemAnalysis(threeSlots, { keepScores: false }))).toThrow(RangeError);
    expect(() => a.merge(a)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------

describe('ItemAnalysis edge cases', () => {
  it('gives nulls, not NaN, with no attempts', () => {
    const result = new ItemAnalysis(threeSlots).result();
    expect(hasNaN(result)).toBe(false);
    expect(result.test).toEqual({
      attempts: 0,
      maxTotal: 3,
      meanTotal: null,
      meanPercent: null,
      median: null,
      sdTotal: null,
      skewness: null,
      kurtosis: null,
      alpha: null,
      errorRatio: null,
      standardError: null,
    });
    for (const stats of [...result.items, ...result.cases]) {
      expect(stats).toMatchObject({
        n: 0,
        meanPoints: null,
        facility: null,
        sd: null,
        discrimination: null,
        discriminativeEfficiency: null,
      });
    }
  });

  it('gives means but no spread statistics for one attempt', () => {
    const { test, items, cases } = analyse(threeSlots, [[1, 0.5, 0]]).result();
    expect(test).toMatchObject({ attempts: 1, meanTotal: 1.5, median: 1.5, sdTotal: null });
    expect(test.alpha).toBeNull();
    expect(items.map((i) => i.facility)).toEqual([100, 50, 0]);
    expect(items.every((i) => i.sd === null && i.discrimination === null)).toBe(true);
    expect(cases[0]?.facility).toBe(25);
  });

  it('gives SD 0 and no discrimination for an item everyone got right', () => {
    const rows = fourByThree.map(([, b = 0, c = 0]) => [1, b, c]);
    const { items, test } = analyse(threeSlots, rows).result();
    expect(items[0]).toMatchObject({
      facility: 100,
      sd: 0,
      discrimination: null,
      discriminativeEfficiency: null,
    });
    expect(items[1]?.discrimination).not.toBeNull();
    expect(test.alpha).not.toBeNull();
  });

  it('takes negative fractions as negative points', () => {
    const slots: AnalysisSlot[] = [
      { id: 'mr', maxPoints: 2 },
      { id: 'sc', maxPoints: 1 },
    ];
    const rows = [
      [-0.5, 0],
      [1, 1],
      [-0.25, 0],
      [0.5, 1],
    ];
    const result = analyse(slots, rows).result();
    // mr points (−1, 2, −½, 1): mean ⅜, facility 18.75 %.
    expect(result.items[0]?.meanPoints).toBeCloseTo(0.375, 12);
    expect(result.items[0]?.facility).toBeCloseTo(18.75, 12);
    // Totals (−1, 3, −½, 2): median (−½ + 2) / 2.
    expect(result.test.median).toBe(0.75);
    expectClose(withoutPicks(result), naiveAnalysis(slots, rows));
  });

  it('has no alpha for a single item, whose rest is always 0', () => {
    const result = analyse([{ id: 'only', maxPoints: 1 }], [[1], [0], [0.5]]).result();
    expect(result.test.alpha).toBeNull();
    expect(result.items[0]?.discrimination).toBeNull();
    expect(result.test.sdTotal).toBeCloseTo(0.5, 12);
  });

  it('has no alpha when every total is the same', () => {
    const slots = threeSlots.slice(0, 2);
    const result = analyse(slots, [
      [1, 0],
      [0, 1],
      [1, 0],
    ]).result();
    expect(result.test.sdTotal).toBe(0);
    expect(result.test.alpha).toBeNull();
    expect(result.test.skewness).toBeNull();
    // Each item is exactly the complement of its rest.
    expect(result.items[0]?.discrimination).toBeCloseTo(-100, 10);
  });

  it('treats a rest that varies only by rounding as constant', () => {
    // (0.1 + 0.2 + c) − c is not always 0.30000000000000004 in floating point.
    const slots: AnalysisSlot[] = ['a', 'b', 'c'].map((id) => ({ id, maxPoints: 1 }));
    const rows = [0, 0.3, 0.7, 0.6, 0.9, 1 / 3].map((c) => [0.1, 0.2, c]);
    const item = analyse(slots, rows).result().items[2];
    expect(item?.sd).toBeGreaterThan(0);
    expect(item?.discrimination).toBeNull();
    expect(item?.discriminativeEfficiency).toBeNull();
  });

  it('without keepScores gives the same except efficiency and median', () => {
    const rows = [...fourByThree, [0.5, 1, 0], [1, 0.5, 0.5]];
    const kept = analyse(threeSlots, rows).result();
    const lean = analyse(threeSlots, rows, false).result();
    expect(lean.test).toEqual({ ...kept.test, median: null });
    expect(lean.items).toEqual(kept.items.map((i) => ({ ...i, discriminativeEfficiency: null })));
    expect(lean.cases).toEqual(kept.cases.map((c) => ({ ...c, discriminativeEfficiency: null })));
  });

  it('accepts Float64Array attempts and keeps nothing by reference', () => {
    const analysis = createItemAnalysis(threeSlots);
    const buffer = new Float64Array(3);
    for (const row of fourByThree) {
      buffer.set(row);
      analysis.add(buffer);
    }
    buffer.fill(0);
    expectClose(analysis.result(), analyse(threeSlots, fourByThree).result());
  });
});

describe('ItemAnalysis picks (distractor frequencies)', () => {
  const slots: AnalysisSlot[] = [
    { id: 'single', maxPoints: 1, options: ['a', 'b', 'c', 'd'] },
    { id: 'multi', maxPoints: 2, options: ['p', 'q', 'r'] },
    { id: 'open', maxPoints: 1 },
  ];

  it('counts picks by id or index, with shares of the responses', () => {
    const analysis = new ItemAnalysis(slots);
    const attempts: Array<[Row, SlotPicks[]]> = [
      [
        [1, 1, 1],
        ['b', ['p', 'r'], null],
      ],
      [
        [0, 0.5, 1],
        [0, ['p'], undefined],
      ],
      [
        [0, 0, 0],
        ['a', [], null],
      ],
      [
        [1, 0, 0],
        [1, undefined, null],
      ],
    ];
    for (const [row, picks] of attempts) analysis.add(row, picks);
    analysis.add([0, 0, 0]);
    const [single, multi, open] = analysis.result().items;
    expect(single?.picks).toEqual(
      picksOf(4, 0, [
        ['a', 2, 0.5],
        ['b', 2, 0.5],
        ['c', 0, 0],
        ['d', 0, 0],
      ]),
    );
    expect(multi?.picks).toEqual(
      picksOf(3, 1, [
        ['p', 2, 2 / 3],
        ['q', 0, 0],
        ['r', 1, 1 / 3],
      ]),
    );
    expect(open?.picks).toBeNull();
  });

  it('learns option ids for slots that declare none, in order first picked', () => {
    const analysis = new ItemAnalysis(slots);
    analysis.add([0, 0, 1], [null, null, 'z']).add([0, 0, 1], [null, null, ['y', 'z']]);
    expect(analysis.result().items[2]?.picks).toEqual(
      picksOf(2, 0, [
        ['z', 2, 1],
        ['y', 1, 0.5],
      ]),
    );
  });

  it('lists declared options with no share before any response', () => {
    const picks = new ItemAnalysis(slots).result().items[0]?.picks;
    expect(picks?.responses).toBe(0);
    expect(picks?.options.every((o) => o.count === 0 && o.share === null)).toBe(true);
  });

  it('rejects a bad attempt whole, changing nothing', () => {
    const analysis = new ItemAnalysis(slots).add([1, 1, 1], ['a', ['p'], 'z']);
    const before = analysis.result();
    const bad: Array<[Row, SlotPicks[] | undefined]> = [
      [[1, 1], undefined], // too few fractions
      [[1, Number.NaN, 1], undefined],
      [[1, 1, Number.POSITIVE_INFINITY], undefined],
      [
        [1, 1, 1],
        ['a', ['p']],
      ], // too few picks
      [
        [1, 1, 1],
        ['e', null, null],
      ], // not a declared option
      [
        [1, 1, 1],
        [4, null, null],
      ], // index out of range
      [
        [1, 1, 1],
        [0.5, null, null],
      ],
      [
        [1, 1, 1],
        [null, null, 0],
      ], // no declared options to index
      [
        [1, 1, 1],
        [null, ['p', 'nope'], 'new'],
      ], // learned 'new' must be undone
      [
        [1, 1, 1],
        [null, null, ['new', 3]],
      ],
    ];
    for (const [row, picks] of bad) {
      expect(() => analysis.add(row, picks), JSON.stringify([row, picks])).toThrow(RangeError);
    }
    expect(analysis.attempts).toBe(1);
    expect(analysis.result()).toEqual(before);
  });
});

describe('ItemAnalysis slots', () => {
  it('rejects duplicate or empty ids, bad max points and duplicate options', () => {
    expect(
      () =>
        new ItemAnalysis([
          { id: 'a', maxPoints: 1 },
          { id: 'a', maxPoints: 1 },
        ]),
    ).toThrow(RangeError);
    expect(() => new ItemAnalysis([{ id: '', maxPoints: 1 }])).toThrow(RangeError);
    for (const maxPoints of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new ItemAnalysis([{ id: 'a', maxPoints }])).toThrow(RangeError);
    }
    expect(() => new ItemAnalysis([{ id: 'a', maxPoints: 1, options: ['x', 'x'] }])).toThrow(
      RangeError,
    );
  });

  it('lists cases in order of their first slot, with no cases when none are set', () => {
    const slots: AnalysisSlot[] = [
      { id: 'a', maxPoints: 1, caseId: 'late' },
      { id: 'b', maxPoints: 1, caseId: 'early' },
      { id: 'c', maxPoints: 1, caseId: 'late' },
    ];
    const result = analyse(slots, fourByThree).result();
    expect(result.cases.map((c) => [c.id, c.slotIds])).toEqual([
      ['late', ['a', 'c']],
      ['early', ['b']],
    ]);
    expect(analyse(threeSlots.slice(0, 1), [[1]]).result().cases).toEqual([]);
  });
});

describe('statisticsFromSums', () => {
  /**
   * The rollup's sums for one slot of a fixed paper, from a table of item points (rows are
   * attempts): x the slot's fraction, y the rest of the test as a share of the rest's marks.
   */
  function slotSums(table: number[][], maxPoints: number[], slot: number) {
    const max = maxPoints.reduce((a, b) => a + b, 0);
    const m = maxPoints[slot] ?? 1;
    return table.reduce(
      (s, row) => {
        const total = row.reduce((a, b) => a + b, 0);
        const x = (row[slot] ?? 0) / m;
        const y = (total - (row[slot] ?? 0)) / (max - m);
        return {
          n: s.n + 1,
          sx: s.sx + x,
          sxx: s.sxx + x * x,
          sy: s.sy + y,
          syy: s.syy + y * y,
          sxy: s.sxy + x * y,
        };
      },
      { n: 0, sx: 0, sxx: 0, sy: 0, syy: 0, sxy: 0 },
    );
  }

  it('gives what the batch item analysis gives — facility, SD and item-rest discrimination, in % — on random fixed papers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 6 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 }), {
          minLength: MIN_ATTEMPTS_FOR_STATISTICS,
          maxLength: 60,
        }),
        (maxPoints, raw) => {
          const table = raw.map((row) => maxPoints.map((m, j) => Math.min(m, (row[j] ?? 0) / 2)));
          const batch = createItemAnalysis(
            maxPoints.map((maxPoints, j) => ({ id: `i${j}`, maxPoints })),
            { keepScores: false },
          );
          for (const row of table) batch.add(row.map((p, j) => p / (maxPoints[j] ?? 1)));
          const expected = batch.result().items;
          for (const [j, want] of expected.entries()) {
            const got = statisticsFromSums(slotSums(table, maxPoints, j));
            expect(got.facility).toBeCloseTo(want.facility ?? Number.NaN, 7);
            expect(got.sd).toBeCloseTo(want.sd ?? Number.NaN, 7);
            if (want.discrimination === null) expect(got.discrimination).toBeNull();
            else expect(got.discrimination).toBeCloseTo(want.discrimination, 6);
          }
        },
      ),
    );
  });

  it('catches an item that only correlates with the total because it is part of it', () => {
    // 12 attempts at 3 one-point items and a heavy 6-point item that the weaker attempts (on
    // the rest) get right: against the total it looks fine, against the rest it is negative.
    const rows: number[][] = [];
    for (let i = 0; i < 12; i++) {
      const strong = i >= 6;
      rows.push([strong ? 1 : 0, strong ? 1 : 0, i % 2, strong ? 0 : 6]);
    }
    const max = [1, 1, 1, 6];
    const rest = statisticsFromSums(slotSums(rows, max, 3));
    expect(rest.discrimination).toBeLessThan(0);
    expect(rest.flags[0]).toMatch(/negative discrimination/);
    // With the item inside the total, the same answers correlate positively.
    const withItself = rows.map((row) => [row[3] ?? 0, row.reduce((a, b) => a + b, 0) / 9]);
    const n = withItself.length;
    const mx = withItself.reduce((a, [x]) => a + (x ?? 0), 0) / n;
    const my = withItself.reduce((a, [, y]) => a + (y ?? 0), 0) / n;
    const cov = withItself.reduce((a, [x, y]) => a + ((x ?? 0) - mx) * ((y ?? 0) - my), 0);
    expect(cov).toBeGreaterThan(0);
  });

  it('says "not enough attempts" below the minimum, and flags extreme facility', () => {
    const few = slotSums(
      [
        [1, 1],
        [0, 1],
        [1, 0],
      ],
      [1, 1],
      0,
    );
    expect(statisticsFromSums(few)).toEqual({
      n: 3,
      facility: null,
      sd: null,
      discrimination: null,
      reason: `not enough attempts: 3 of ${MIN_ATTEMPTS_FOR_STATISTICS}`,
      flags: [],
    });
    const easy = slotSums(
      Array.from({ length: 12 }, (_, i) => [1, i % 2]),
      [1, 1],
      0,
    );
    expect(statisticsFromSums(easy)).toMatchObject({
      facility: 100,
      discrimination: null,
      reason: 'the score or the rest of the test does not vary',
      flags: ['very easy: facility above 95 %'],
    });
  });
});
