import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { sampleItem, sampleItems } from '../samples';
import { explainScore, ITEM_TYPES, moduleOf, presentItem, scoreItem, validateItem } from './index';

const samples = sampleItems();

describe('every item type', () => {
  it('has a sample', () => {
    expect(samples.map((s) => s.type).sort()).toEqual([...ITEM_TYPES].sort());
  });

  it.each(samples.map((s) => [s.type, s] as const))(
    '%s: validates, its key scores 1, an empty response 0',
    (_type, item) => {
      expect(validateItem(item)).toMatchObject({ ok: true, issues: [] });
      const module = moduleOf(item);
      const key = module.keyResponse(item);
      if (key !== null) expect(module.score(item, key).fraction).toBe(1);
      expect(module.score(item, module.emptyResponse(item)).fraction).toBe(0);
    },
  );

  it.each(samples.map((s) => [s.type, s] as const))(
    '%s: the presentation carries no key, feedback or explanation',
    (_type, item) => {
      for (const seed of ['a', 'b', 'c']) {
        const shown = JSON.stringify(presentItem(item, createRng(seed)));
        expect(shown).not.toContain('KEY-ONLY');
        expect(shown).not.toMatch(
          /"(fraction|correct|answer|match|bucket|feedback|explanation|hints|policy|grading|patterns|answers|tolerance)"/,
        );
      }
    },
  );

  it.each(samples.map((s) => [s.type, s] as const))(
    '%s: never throws on any response, and rejects or scores in range',
    (_type, item) => {
      fc.assert(
        fc.property(fc.anything(), (response) => {
          const result = scoreItem(item, response);
          if (result.ok) {
            expect(result.value.fraction).toBeLessThanOrEqual(1);
            expect(result.value.fraction).toBeGreaterThanOrEqual(-1);
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('scoreItem and explainScore', () => {
  it('turns the fraction into points and says how', () => {
    const mr = sampleItem('multiple-response');
    const result = scoreItem({ ...mr, points: 2 }, { choices: ['tech', 'risk', 'profit'] });
    // Points are kept to hundredths, as they are shown; the fraction stays exact.
    expect(result.ok && result.value.points).toBe(0.67);
    expect(result.ok && result.value.fraction).toBeCloseTo(1 / 3, 9);
    expect(result.ok && explainScore(result.value)).toBe(
      'picked "Access to a partner’s technology" (correct); picked "Sharing the risk of a large project" (correct); picked "Guaranteed higher profit" (not correct); (2 right − 1 wrong) / 3 correct = 0.3333 → 0.3333; 33.3% of 2 points = 0.67',
    );
  });

  it('rejects invalid responses with paths instead of scoring them wrong', () => {
    const result = scoreItem(sampleItem('ordering'), { order: ['decide', 'decide'] });
    expect(result.ok).toBe(false);
  });
});

describe('validateItem', () => {
  it('reports every problem with its path', () => {
    const choice = sampleItem('choice');
    const result = validateItem({
      ...choice,
      id: 'bad id!',
      prompt: '',
      options: choice.options.map((o, i) => (i === 0 ? { ...o, fraction: 2 } : o)),
    });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'id', message: 'may contain only letters, digits and _ . : -' },
        { path: 'prompt', message: 'must not be empty' },
        { path: 'options[0].fraction', message: 'must be ≤ 1' },
      ]),
    );
  });

  it('catches a broken key before publishing', () => {
    const ordering = sampleItem('ordering');
    // The second item takes the first one's id.
    const items = ordering.items.map((item, i) =>
      i === 1 ? { ...item, id: ordering.items[0]?.id } : item,
    );
    const result = validateItem({ ...ordering, items });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toContain('items[1].id');
  });

  it('names an unknown item type', () => {
    expect(validateItem({ type: 'hotspot', id: 'x', prompt: 'p' }).issues[0]?.path).toBe('type');
  });
});

describe('ids', () => {
  it('refuses ids that would reach an object prototype', () => {
    const choice = sampleItem('choice');
    const result = validateItem({
      ...choice,
      options: choice.options.map((o, i) => (i === 0 ? { ...o, id: '__proto__' } : o)),
    });
    expect(result.issues).toContainEqual({ path: 'options[0].id', message: 'is a reserved word' });
  });
});
