import { describe, expect, it } from 'vitest';
import { assemblePaper, paperLayout, parseQuiz } from './quiz';
import { sampleCase, sampleItems } from './samples';
import { resolveQuizSpec, specFromQuiz } from './spec';

const items = sampleItems().map((item, n) => ({
  ...item,
  tags: n % 2 ? ['theory'] : ['practice'],
}));
const cases = ['c1', 'c2', 'c3'].map((id) => sampleCase(id, ['obstacles']));
const bank = {
  items: items.map((item) => ({ id: item.id, definition: item })),
  cases: cases.map((c) => ({ id: c.id, definition: c })),
};
const essay = items.find((i) => i.type === 'essay');

/** A spec of one section with these entries (and any other fields). */
const oneSection = (entries: unknown[], rest: Record<string, unknown> = {}) => ({
  title: 'Built',
  sections: [{ id: 'a', entries }],
  ...rest,
});

describe('resolveQuizSpec', () => {
  it('resolves ids to the bank’s definitions and fills a bank pool with what draws can take', () => {
    const spec = oneSection([
      { kind: 'item', itemId: essay?.id },
      { kind: 'draw', from: 'items', count: 2, tags: ['theory'] },
      { kind: 'draw', from: 'cases', count: 1 },
    ]);
    const result = resolveQuizSpec('built', spec, bank);
    expect(result.issues).toEqual([]);
    expect(result.quiz?.sections[0]?.entries[0]).toMatchObject({
      kind: 'item',
      item: { id: essay?.id },
    });
    expect(result.quiz?.pool.items.every((i) => i.tags.includes('theory'))).toBe(true);
    expect(result.quiz?.pool.cases).toHaveLength(3);
    expect(result.papers?.papers).toBeGreaterThan(1);
    expect(result.spec?.settings.behaviour).toBe('deferred');
  });

  it('leaves what a summative quiz holds out of a practice quiz’s whole-bank pool', () => {
    const theory = items.filter((i) => i.tags.includes('theory'));
    const held = theory[0];
    if (!held) throw new Error('no theory item');
    const spec = (kind: 'practice' | 'final') =>
      oneSection(
        [
          { kind: 'draw', from: 'items', count: 1, tags: ['theory'] },
          { kind: 'draw', from: 'cases', count: 1 },
        ],
        { title: 'Drill', kind },
      );
    const summative = { items: new Set([held.id]), cases: new Set(['c1']) };
    const practice = resolveQuizSpec('drill', spec('practice'), { ...bank, summative });
    expect(practice.quiz?.pool.items.map((i) => i.id)).toEqual(theory.slice(1).map((i) => i.id));
    expect(practice.quiz?.pool.cases.map((c) => c.id)).toEqual(['c2', 'c3']);
    // A summative quiz may draw on the summative bank.
    const final = resolveQuizSpec('exam', spec('final'), { ...bank, summative });
    expect(final.quiz?.pool.items.map((i) => i.id)).toContain(held.id);
  });

  it('names unknown ids and unmet draws at the spec’s own fields', () => {
    const spec = oneSection(
      [
        { kind: 'item', itemId: 'ghost' },
        { kind: 'draw', from: 'cases', count: 9 },
      ],
      { pool: { mode: 'list', items: ['nobody'], cases: [] } },
    );
    const result = resolveQuizSpec('built', spec, bank);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual([
      'sections[0].entries[0].itemId',
      'pool.items[0]',
    ]);
    const unmet = resolveQuizSpec(
      'built',
      oneSection([{ kind: 'draw', from: 'cases', count: 9 }]),
      bank,
    );
    expect(unmet.issues[0]?.path).toBe('sections[0].entries[0]');
    expect(unmet.issues[0]?.message).toMatch(/draws 9 cases but the pool has 3/);
  });

  it('reports bad input as issues, never a throw', () => {
    const result = resolveQuizSpec('x', { title: '', sections: [] }, bank);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['title', 'sections']));
    expect(resolveQuizSpec('x', null, bank).ok).toBe(false);
  });
});

describe('specFromQuiz', () => {
  it('opens any stored quiz in the builder: resolving its spec rebuilds the same papers', () => {
    const original = parseQuiz({
      id: 'q',
      title: 'Q',
      sections: [
        {
          id: 's',
          title: 'S',
          shuffle: true,
          entries: [
            { kind: 'case', case: cases[0] },
            { kind: 'draw', from: 'items', count: 3 },
          ],
        },
      ],
      pool: { items: items.filter((i) => i.type !== 'essay'), cases: [] },
    });
    if (!original.ok) throw new Error(JSON.stringify(original.issues));
    const spec = specFromQuiz(original.value, { behaviour: 'interactive' }, 'practice');
    expect(spec.pool.mode).toBe('list');
    const resolved = resolveQuizSpec('q', spec, bank);
    expect(resolved.issues).toEqual([]);
    if (!resolved.quiz) throw new Error('not resolved');
    for (const seed of ['a', 'b', 'c'])
      expect(paperLayout(assemblePaper(resolved.quiz, seed))).toBe(
        paperLayout(assemblePaper(original.value, seed)),
      );
  });
});
