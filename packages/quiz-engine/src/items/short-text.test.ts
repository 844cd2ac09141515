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

  it('does not flag a pattern that still has answers of its own', () => {
    // "game theory" reaches the second pattern: "theory" does not catch all of "*theory*".
    const def = make([{ pattern: 'theory' }, { pattern: '*theory*', fraction: 0.5 }]);
    expect(shortText.check(def)).toEqual([]);
    expect(score(def, 'game theory')).toBe(0.5);
    expect(shortText.check(make([{ pattern: 'cat' }, { pattern: 'cat*', fraction: 0.5 }]))).toEqual(
      [],
    );
    // …but still flags one that an earlier pattern covers entirely.
    for (const [first, second] of [
      ['*theory*', 'theory'],
      ['cat*', 'cat*s'],
      ['*a*', 'a*b'],
    ] as const) {
      expect(shortText.check(make([{ pattern: first }, { pattern: second }]))).toEqual([
        {
          path: 'patterns[1].pattern',
          message: 'can never match: pattern 1 catches its answers first',
        },
      ]);
    }
  });

  it('matches like the anchored regular expression it stands for', () => {
    const reference = (pattern: string, text: string) =>
      new RegExp(
        `^${pattern
          .split(/(\\\*|\*)/)
          .map((part) =>
            part === '*'
              ? '.*'
              : part === '\\*'
                ? '\\*'
                : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('')}$`,
        'su',
      ).test(text);
    const chars = fc.constantFrom('a', 'b', '*', '\\', '.');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 8 }).map((c) => c.join('')),
        fc.array(chars, { maxLength: 10 }),
        (pattern, text) => {
          const answer = text.join('');
          expect(compilePattern(pattern, true).test(answer)).toBe(reference(pattern, answer));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes linear time on answers built to make a regular expression backtrack', () => {
    // As the regular expression ^.*a.*a.*a.*b$ this took about 2 s (more stars: far longer).
    const def = make([{ pattern: '*a*a*a*b' }]);
    const started = performance.now();
    expect(score(def, 'a'.repeat(300))).toBe(0);
    expect(performance.now() - started).toBeLessThan(100);
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
