import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assemblePaper,
  paperSlots,
  parseQuiz,
  presentPaper,
  type QuizDefinition,
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
