import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  type ShortTextDefinition,
  shortText,
  shortTextDefinitionSchema,
} from './short-text';

const make = (
  patterns: Array<{ pattern: string; fraction?: number }>,
  caseSensitive = false,
): ShortTextDefinition =>
  shortTextDefinitionSchema.parse({
    type: 'short-text',
    id: 's',
    prompt: 'Name the obstacle.',
    patterns,
    caseSensitive,
  });
const score = (def: ShortTextDefinition, text: string) => shortText.score(def, { text }).fraction;

describe('short text patterns', () => {
  const def = make([{ pattern: 'path dependen*' }, { pattern: '*lock*', fraction: 0.5 }]);

  it('is anchored, trimmed, space-folded and case-insensitive', () => {
    expect(score(def, '  Path   Dependence ')).toBe(1);
    expect(score(def, 'path dependency')).toBe(1);
    expect(score(def, 'strong path dependence')).toBe(0); // anchored at the start
  });

  it('tries patterns in order', () => {
    expect(score(def, 'position locking')).toBe(0.5);
  });

  it('normalises Unicode (NFKC): full-width and composed forms match', () => {
    const cafe = make([{ pattern: 'café' }]);
    expect(score(cafe, 'cafe\u0301')).toBe(1);
    expect(score(make([{ pattern: 'abc' }]), 'ＡＢＣ')).toBe(1);
  });

  it('treats \\* as a literal star and other characters literally', () => {
    const star = make([{ pattern: 'a\\*b (c)' }]);
    expect(score(star, 'a*b (c)')).toBe(1);
    expect(score(star, 'axb (c)')).toBe(0);
    expect(compilePattern('1.5', false).test('1x5')).toBe(false);
  });

  it('honours case sensitivity when set', () => {
    const exact = make([{ pattern: 'DEC' }], true);
    expect(score(exact, 'DEC')).toBe(1);
    expect(score(exact, 'dec')).toBe(0);
  });

  it('flags a pattern that an earlier one shadows', () => {
    expect(shortText.check(make([{ pattern: '*' }, { pattern: 'trust' }]))).toContainEqual({
      path: 'patterns[1].pattern',
      message: 'can never match: pattern 1 catches its answers first',
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const s = score(def, text);
        expect([0, 0.5, 1]).toContain(s);
      }),
    );
  });
});
