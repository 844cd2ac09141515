import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemDefinition } from './items';
import {
  assemblePaper,
  caseWithCurrent,
  choose,
  countPapers,
  paperLayout,
  paperSlots,
  parseQuiz,
  presentPaper,
  type QuizDefinition,
  quizWithCurrent,
  replaceCase,
  replaceItem,
  validateCase,
  validateQuiz,
} from './quiz';
import { sampleCase, sampleItems } from './samples';

const items = sampleItems();
const pool = {
  items: items
    .filter((i) => i.type !== 'essay')
    .map((i, n) => ({ ...i, tags: n % 2 ? ['theory'] : ['practice'] })),
  cases: ['c1', 'c2', 'c3', 'c4'].map((id, n) =>
    sampleCase(id, n < 3 ? ['obstacles'] : ['benefits']),
  ),
};

function quiz(overrides: Partial<QuizDefinition> = {}): QuizDefinition {
  const parsed = parseQuiz({
    id: 'final',
    title: 'Final assessment',
    sections: [
      {
        id: 'cases',
        title: 'Cases',
        entries: [{ kind: 'draw', from: 'cases', count: 2, tags: ['obstacles'] }],
      },
      {
        id: 'mixed',
        title: 'Questions',
        shuffle: true,
        entries: [
          { kind: 'draw', from: 'items', count: 3 },
          { kind: 'item', item: items.find((i) => i.type === 'essay') },
        ],
      },
    ],
    pool,
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const fingerprint = (seed: string) => JSON.stringify(presentPaper(assemblePaper(quiz(), seed)));

describe('assemblePaper', () => {
  it('draws whole cases with their items, and the asked number of items', () => {
    const paper = assemblePaper(quiz(), 'seed-1');
    const [cases, mixed] = paper.sections;
    expect(cases?.entries).toHaveLength(2);
    for (const entry of cases?.entries ?? []) {
      expect(entry.kind).toBe('case');
      if (entry.kind === 'case') {
        expect(entry.case.tags).toContain('obstacles');
        expect(entry.slots.map((s) => s.item.id)).toEqual(entry.case.items.map((i) => i.id));
      }
    }
    expect(mixed?.entries).toHaveLength(4);
    expect(paperSlots(paper)).toHaveLength(2 * 3 + 4);
  });

  it('never draws the same entry twice', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const ids = paperSlots(assemblePaper(quiz(), seed)).map((s) => s.item.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('gives the same paper for the same seed, and different papers for different seeds', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(fingerprint(seed)).toBe(fingerprint(seed));
      }),
      { numRuns: 50 },
    );
    const papers = new Set(Array.from({ length: 20 }, (_, i) => fingerprint(`learner-${i}`)));
    expect(papers.size).toBeGreaterThan(15);
  });

  it('refuses a draw the pool cannot satisfy, and validateQuiz says so first', () => {
    const greedy = quiz({
      sections: [
        {
          id: 's',
          title: '',
          shuffle: false,
          entries: [{ kind: 'draw', from: 'cases', count: 4, tags: ['obstacles'] }],
        },
      ],
    });
    expect(() => assemblePaper(greedy, 'x')).toThrow(RangeError);
    expect(validateQuiz(greedy)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'sections[0].entries[0]',
          message: 'draws 4 cases tagged obstacles but the pool has 3',
        },
      ],
    });
  });
});

describe('validateQuiz and assemblePaper agree', () => {
  const choice = (id: string, tags: string[] = []) => ({
    type: 'choice',
    id,
    prompt: 'Pick one.',
    tags,
    options: [
      { id: 'a', text: 'A', fraction: 1 },
      { id: 'b', text: 'B' },
    ],
  });
  const build = (entries: unknown[], poolItems: unknown[]) => {
    const parsed = parseQuiz({
      id: 'q',
      title: 'Q',
      sections: [{ id: 's', entries }],
      pool: { items: poolItems },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.value;
  };
  const seeds = Array.from({ length: 12 }, (_, i) => `seed-${i}`);

  it('catches an id used twice in the pool, which a draw would put on the paper twice', () => {
    const twice = build([{ kind: 'draw', from: 'items', count: 2 }], [choice('x'), choice('x')]);
    expect(validateQuiz(twice)).toMatchObject({
      ok: false,
      issues: [
        { path: 'pool.items[1].id', message: '"x" appears twice in the pool' },
        { path: 'sections[0].entries[0]', message: 'draws 2 items but the pool has 1' },
      ],
    });
  });

  it('does not count pool entries already placed on the quiz by hand', () => {
    const placed = build(
      [
        { kind: 'item', item: choice('x') },
        { kind: 'draw', from: 'items', count: 2 },
      ],
      [choice('x'), choice('y')],
    );
    expect(() => assemblePaper(placed, 'seed')).toThrow(RangeError);
    expect(validateQuiz(placed)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'sections[0].entries[1]',
          message: 'draws 2 items but the pool has 2, 1 already on the quiz',
        },
      ],
    });
  });

  it('counts what earlier draws with overlapping tags may take', () => {
    const overlapping = build(
      [
        { kind: 'draw', from: 'items', count: 1, tags: ['a'] },
        { kind: 'draw', from: 'items', count: 1, tags: ['b', 'a'] },
      ],
      [choice('x', ['a', 'b']), choice('y', ['a'])],
    );
    expect(seeds.some((seed) => !tryAssemble(overlapping, seed))).toBe(true);
    expect(validateQuiz(overlapping)).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'sections[0].entries[1]',
          message: 'draws 1 item tagged b, a but the pool has 1, earlier draws may take 1',
        },
      ],
    });
    // Disjoint tags do not compete, and the narrow draw first leaves the wide one enough.
    const fine = build(
      [
        { kind: 'draw', from: 'items', count: 1, tags: ['b', 'a'] },
        { kind: 'draw', from: 'items', count: 1, tags: ['a'] },
        { kind: 'draw', from: 'items', count: 1, tags: ['c'] },
      ],
      [choice('x', ['a', 'b']), choice('y', ['a']), choice('z', ['c'])],
    );
    expect(validateQuiz(fine)).toMatchObject({ ok: true, issues: [] });
  });

  it('a quiz that validates assembles for every seed', () => {
    const tag = fc.subarray(['a', 'b']);
    fc.assert(
      fc.property(
        fc.array(tag, { minLength: 1, maxLength: 6 }),
        fc.array(fc.record({ count: fc.integer({ min: 1, max: 3 }), tags: tag }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 2 }),
        (poolTags, draws, placedCount) => {
          const poolItems = poolTags.map((tags, i) => choice(`p${i}`, tags));
          const placed = poolItems.slice(0, placedCount).map((item) => ({ kind: 'item', item }));
          const quiz = build(
            [...placed, ...draws.map((d) => ({ kind: 'draw', from: 'items', ...d }))],
            poolItems,
          );
          if (validateQuiz(quiz).ok) {
            for (const seed of seeds) expect(tryAssemble(quiz, seed)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function tryAssemble(quiz: QuizDefinition, seed: string): boolean {
  try {
    assemblePaper(quiz, seed);
    return true;
  } catch {
    return false;
  }
}

describe('presentPaper', () => {
  it('carries no key for any item type, and keeps the case material', () => {
    for (const seed of ['one', 'two', 'three']) {
      const shown = fingerprint(seed);
      expect(shown).not.toContain('KEY-ONLY');
      expect(shown).not.toMatch(
        /"(fraction|correct|answer|match|bucket|feedback|explanation|hints|answers|patterns)"/,
      );
      expect(shown).toContain('Velora Motors');
    }
  });
});

describe('validateQuiz', () => {
  it('passes a sound quiz and lists each item problem with its full path', () => {
    expect(validateQuiz(quiz())).toMatchObject({ ok: true, issues: [] });
    const broken = quiz();
    const first = broken.pool.items[0];
    if (first?.type === 'choice') first.options = first.options.map((o) => ({ ...o, fraction: 0 }));
    expect(validateQuiz(broken).issues).toContainEqual({
      path: 'pool.items[0].options',
      message: 'no option is worth full marks (fraction 1)',
    });
  });
});

describe('replaceItem', () => {
  it('replaces every copy of an item — pool, case and fixed — and keeps every paper’s layout', () => {
    const base = quiz();
    const inCase = base.pool.cases[0]?.items[0];
    if (!inCase) throw new Error('sample case has no items');
    const fixed = { ...inCase, prompt: `${inCase.prompt} (fixed)` };
    const { quiz: next, count } = replaceItem(base, fixed);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(next.pool.cases[0]?.items[0]?.prompt).toBe(fixed.prompt);
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(paperLayout(assemblePaper(next, seed))).toBe(paperLayout(assemblePaper(base, seed)));
    }
    // The original is untouched.
    expect(base.pool.cases[0]?.items[0]?.prompt).toBe(inCase.prompt);
  });

  it('returns the same quiz and a count of 0 for an item it does not hold', () => {
    const base = quiz();
    const stranger = { ...(items[0] as (typeof items)[number]), id: 'not-on-this-quiz' };
    expect(replaceItem(base, stranger)).toEqual({ quiz: base, count: 0 });
  });

  it('finds a fixed item placed on a section', () => {
    const base = quiz();
    const essay = items.find((i) => i.type === 'essay');
    if (!essay) throw new Error('no essay sample');
    const { quiz: next, count } = replaceItem(base, { ...essay, points: 9 });
    expect(count).toBe(1);
    const slot = paperSlots(assemblePaper(next, 's')).find((s) => s.item.id === essay.id);
    expect(slot?.item.points).toBe(9);
  });
});

describe('countPapers', () => {
  it('multiplies the ways each draw can choose, less what earlier draws may take', () => {
    // 3 cases tagged obstacles, draw 2 → C(3,2) = 3; 8 non-essay items, draw 3 → C(8,3) = 56.
    const counted = countPapers(quiz());
    expect(counted.draws.map((d) => [d.candidates, d.count, d.ways])).toEqual([
      [3, 2, 3],
      [pool.items.length, 3, choose(pool.items.length, 3)],
    ]);
    expect(counted.papers).toBe(3 * choose(pool.items.length, 3));
    // 2 of 3 leaves too little to choose from.
    expect(counted.warnings).toHaveLength(1);
    expect(counted.warnings[0]?.message).toMatch(/most learners will see the same ones/);
  });

  it('is 1 for a quiz that draws nothing, and 0 when a draw cannot be met', () => {
    const fixedOnly = quiz({
      sections: [
        {
          id: 's',
          title: '',
          shuffle: false,
          entries: [{ kind: 'case', case: pool.cases[0] as never }],
        },
      ],
    });
    expect(countPapers(fixedOnly).papers).toBe(1);
    const tooMany = quiz({
      sections: [
        {
          id: 's',
          title: '',
          shuffle: false,
          entries: [{ kind: 'draw', from: 'cases', count: 9, tags: [] }],
        },
      ],
    });
    expect(countPapers(tooMany).papers).toBe(0);
  });

  it('computes binomials exactly where it matters', () => {
    expect(choose(5, 2)).toBe(10);
    expect(choose(96, 16)).toBeGreaterThan(1e16);
    expect(choose(3, 4)).toBe(0);
    expect(choose(7, 0)).toBe(1);
  });
});

describe('draws by objective, and case weights', () => {
  it('draws only items assessing every objective asked for', () => {
    const objective = pool.items[0]?.objectives[0];
    if (!objective) throw new Error('sample item without objective');
    const wanted = pool.items.filter((i) => i.objectives.includes(objective));
    const q = quiz({
      sections: [
        {
          id: 's',
          title: '',
          shuffle: false,
          entries: [
            {
              kind: 'draw',
              from: 'items',
              count: wanted.length,
              tags: [],
              objectives: [objective],
            },
          ],
        },
      ],
    });
    for (const seed of ['1', '2', '3']) {
      const drawn = paperSlots(assemblePaper(q, seed)).map((s) => s.item.id);
      expect(drawn.sort()).toEqual(wanted.map((i) => i.id).sort());
    }
    const tooMany = {
      ...q,
      sections: [
        {
          ...q.sections[0],
          entries: [
            {
              kind: 'draw',
              from: 'items',
              count: wanted.length + 1,
              tags: [],
              objectives: [objective],
            },
          ],
        },
      ],
    };
    expect(validateQuiz(tooMany).issues[0]?.message).toMatch(/assessing/);
  });

  it('scales a weighted case’s items to its points, keeping their proportions', () => {
    const base = pool.cases[0];
    if (!base) throw new Error('no case');
    const weightedCase = { ...base, points: 10 };
    const q = quiz({
      sections: [
        { id: 's', title: '', shuffle: false, entries: [{ kind: 'case', case: weightedCase }] },
      ],
    });
    const slots = paperSlots(assemblePaper(q, 'w'));
    // Kept to hundredths, as points are shown, and adding up to exactly the case's points.
    expect(Math.round(slots.reduce((sum, s) => sum + s.item.points, 0) * 100)).toBe(1000);
    const raw = base.items.map((i) => i.points);
    const total = raw.reduce((a, b) => a + b, 0);
    for (const [i, s] of slots.entries()) {
      expect(Math.abs(s.item.points - ((raw[i] ?? 0) / total) * 10)).toBeLessThanOrEqual(0.01);
      expect(Math.round(s.item.points * 100) / 100).toBe(s.item.points);
    }
  });
});

describe('replaceCase and validateCase', () => {
  it('swaps a case wherever the quiz holds it', () => {
    const base = quiz();
    const first = base.pool.cases[0];
    if (!first) throw new Error('no case');
    const { quiz: next, count } = replaceCase(base, { ...first, title: 'Renamed' });
    expect(count).toBe(1);
    expect(next.pool.cases[0]?.title).toBe('Renamed');
    expect(replaceCase(base, { ...first, id: 'elsewhere' }).count).toBe(0);
  });

  it('finds duplicate item ids and broken items, with paths', () => {
    const c = sampleCase('vc');
    expect(validateCase(c).issues).toEqual([]);
    const twice = { ...c, items: [c.items[0], c.items[0]] };
    expect(validateCase(twice).issues[0]).toMatchObject({ path: 'items[1].id' });
    const broken = { ...c, items: [{ ...c.items[0], points: -1 }] };
    expect(validateCase(broken).issues[0]?.path).toMatch(/^items\[0\]\.points/);
    expect(validateCase({}).ok).toBe(false);
  });
});

describe('quizWithCurrent and caseWithCurrent', () => {
  it('puts current item and case definitions in place of a stored copy', () => {
    const base = quiz();
    const c = base.pool.cases[0];
    const inCase = c?.items[0];
    const standalone = base.pool.items[0];
    if (!c || !inCase || !standalone) throw new Error('samples missing');
    const fixedItem = { ...standalone, prompt: 'Fixed prompt' };
    const fixedCase = { ...c, title: 'Fixed case' };
    const next = quizWithCurrent(base, {
      items: [fixedItem],
      cases: [fixedCase],
    }) as QuizDefinition;
    expect(next.pool.items[0]?.prompt).toBe('Fixed prompt');
    expect(next.pool.cases[0]?.title).toBe('Fixed case');
    // Nothing of ours in it, or not a quiz: returned as it was.
    expect(quizWithCurrent(base, { items: [], cases: [] })).toBe(base);
    expect(quizWithCurrent('nonsense', { items: [fixedItem], cases: [] })).toBe('nonsense');
    const kase = caseWithCurrent(c, {
      items: [{ ...inCase, prompt: 'Case item fixed' }],
    }) as typeof c;
    expect(kase.items[0]?.prompt).toBe('Case item fixed');
    expect(caseWithCurrent(c, { items: [fixedItem] })).toBe(c);
  });
});

describe('points as people read them', () => {
  it('apportions a weighted case to hundredths that add up to its points exactly', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 5000 }),
        (weights, cents) => {
          const base = sampleCase();
          const items = weights.map((points, i) => ({
            ...(base.items[0] as ItemDefinition),
            id: `w${i}`,
            points,
          }));
          const q = quiz({
            sections: [
              {
                id: 's',
                title: '',
                shuffle: false,
                entries: [{ kind: 'case', case: { ...base, items, points: cents / 100 } }],
              },
            ],
          });
          const slots = paperSlots(assemblePaper(q, 'p'));
          const sum = slots.reduce((total, s) => total + Math.round(s.item.points * 100), 0);
          if (cents >= weights.length) expect(sum).toBe(cents);
          for (const s of slots) expect(Math.round(s.item.points * 100) / 100).toBe(s.item.points);
        },
      ),
    );
  });
});
