import { describe, expect, it } from 'vitest';
import { diffValues } from './diff';

describe('diffValues', () => {
  it('finds nothing between equal values, key order aside', () => {
    expect(diffValues({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toEqual([]);
  });

  it('names changed, added and removed fields by path', () => {
    const before = { prompt: 'Which?', options: [{ id: 'a', fraction: 0 }], hints: ['h'] };
    const after = {
      prompt: 'Which one?',
      options: [
        { id: 'a', fraction: 1 },
        { id: 'b', fraction: 0 },
      ],
      explanation: 'Because.',
    };
    expect(diffValues(before, after)).toEqual([
      { path: 'explanation', kind: 'added', after: 'Because.' },
      { path: 'hints', kind: 'removed', before: ['h'] },
      { path: 'options[0].fraction', kind: 'changed', before: 0, after: 1 },
      { path: 'options[1]', kind: 'added', after: { id: 'b', fraction: 0 } },
      { path: 'prompt', kind: 'changed', before: 'Which?', after: 'Which one?' },
    ]);
  });

  it('reports a change of kind (object to array, value to null) as one change', () => {
    expect(diffValues({ a: { x: 1 } }, { a: [1] })).toEqual([
      { path: 'a', kind: 'changed', before: { x: 1 }, after: [1] },
    ]);
    expect(diffValues(1, null)).toEqual([{ path: '', kind: 'changed', before: 1, after: null }]);
  });

  it('treats an undefined field as absent', () => {
    expect(diffValues({ a: undefined }, {})).toEqual([]);
  });
});
