import { z } from 'zod';
import {
  type Checked,
  fractionSchema,
  type ItemModule,
  itemBaseShape,
  ok,
  type RawScore,
  readTextResponse,
  roundScore,
} from '../core';

/**
 * Short text: the learner types a word or phrase. Patterns are tried in order; the first that
 * matches wins. A pattern matches the whole answer (anchored), after both are trimmed, inner
 * runs of spaces folded to one, and Unicode-normalised (NFKC); case is ignored unless
 * `caseSensitive`. `*` stands for any run of characters (including none); `\*` is a literal star.
 */
export const shortTextDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('short-text'),
  patterns: z
    .array(
      z.object({
        pattern: z.string().min(1, 'must not be empty').max(200),
        fraction: fractionSchema.default(1),
        feedback: z.string().default(''),
      }),
    )
    .min(1, 'needs a pattern'),
  caseSensitive: z.boolean().default(false),
});

export type ShortTextDefinition = z.output<typeof shortTextDefinitionSchema>;
export type ShortTextResponse = { text: string };
export interface ShortTextPresentation {
  type: 'short-text';
  id: string;
  prompt: string;
  points: number;
}

function normalizeText(text: string, caseSensitive: boolean): string {
  const folded = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLocaleLowerCase('en');
}

/** A compiled wildcard pattern: `test` says whether it matches a whole normalised answer. */
export interface WildcardPattern {
  test(answer: string): boolean;
}

/** A pattern as literal runs and stars (null), e.g. `a\*b*` → ['a*b', null]. */
function wildcardParts(pattern: string): Array<string | null> {
  const parts: Array<string | null> = [];
  for (const piece of pattern.split(/(\\\*|\*)/)) {
    if (piece === '*') {
      if (parts.at(-1) !== null) parts.push(null);
      continue;
    }
    const literal = piece === '\\*' ? '*' : piece;
    if (literal === '') continue;
    const previous = parts.at(-1);
    if (typeof previous === 'string') parts[parts.length - 1] = previous + literal;
    else parts.push(literal);
  }
  return parts;
}

/**
 * Whole-answer wildcard matching in time O(answer × pattern), with no backtracking: a regular
 * expression such as `^.*a.*a.*a.*b$` backtracks exponentially in its stars (four stars and a
 * 500-character answer took seconds). The literal before the first star must start the answer,
 * the one after the last star must end it, and those between are found, in order, each at its
 * earliest place — a later place never helps the literals after it.
 */
function matchWildcards(parts: ReadonlyArray<string | null>, answer: string): boolean {
  let from = 0;
  let to = answer.length;
  let first = 0;
  let last = parts.length;
  const head = parts[0];
  if (typeof head === 'string') {
    if (!answer.startsWith(head)) return false;
    from = head.length;
    first = 1;
  }
  if (first === last) return from === to;
  const tail = parts[last - 1];
  if (typeof tail === 'string') {
    if (to - tail.length < from || !answer.endsWith(tail)) return false;
    to -= tail.length;
    last -= 1;
  }
  for (let i = first; i < last; i++) {
    const part = parts[i];
    if (typeof part !== 'string') continue;
    const found = answer.indexOf(part, from);
    if (found === -1 || found + part.length > to) return false;
    from = found + part.length;
  }
  return true;
}

/** Compiles a wildcard pattern to a whole-answer matcher (answers normalised the same way). */
export function compilePattern(pattern: string, caseSensitive: boolean): WildcardPattern {
  const parts = wildcardParts(normalizeText(pattern, caseSensitive));
  return { test: (answer) => matchWildcards(parts, answer) };
}

// Patterns compile once per definition object, not once per response.
const compiled = new WeakMap<ShortTextDefinition, WildcardPattern[]>();
function patternsOf(def: ShortTextDefinition): WildcardPattern[] {
  let list = compiled.get(def);
  if (!list) {
    list = def.patterns.map((p) => compilePattern(p.pattern, def.caseSensitive));
    compiled.set(def, list);
  }
  return list;
}

/** A pattern's example answer: each star filled with `fill`, `\*` kept as a star. */
function exampleOf(pattern: string, fill = ''): string {
  return pattern
    .split(/(\\\*|\*)/)
    .map((part) => (part === '*' ? fill : part === '\\*' ? '*' : part))
    .join('');
}

/**
 * A character patterns do not contain and normalisation keeps. With it in each star, a pattern's
 * example is matched by another pattern only through that pattern's own stars — that is, only if
 * the other pattern matches every answer of the first.
 */
const FRESH = '\u0001';

export const shortText: ItemModule<ShortTextDefinition, ShortTextResponse, ShortTextPresentation> =
  {
    type: 'short-text',
    responseKeys: ['text'],
    definitionSchema: shortTextDefinitionSchema,

    check(def) {
      const issues = [];
      const best = def.patterns.findIndex((p) => p.fraction === 1);
      if (best === -1)
        issues.push({ path: 'patterns', message: 'no pattern is worth full marks (fraction 1)' });
      const patterns = patternsOf(def);
      def.patterns.forEach((p, i) => {
        // Shadowed only if an earlier pattern catches every answer of this one: "theory" does
        // not shadow "*theory*" (which also accepts "game theory"), "*" shadows everything.
        if (p.pattern.includes(FRESH)) return;
        const example = normalizeText(exampleOf(p.pattern, FRESH), def.caseSensitive);
        const first = patterns.findIndex((re) => re.test(example));
        if (first !== -1 && first < i) {
          issues.push({
            path: `patterns[${i}].pattern`,
            message: `can never match: pattern ${first + 1} catches its answers first`,
          });
        }
      });
      return issues;
    },

    parseResponse(_def, raw): Checked<ShortTextResponse> {
      const read = readTextResponse(raw, 500);
      if (!read.ok) return read;
      const text = read.value;
      return ok({ text });
    },

    score(def, response): RawScore {
      const answer = normalizeText(response.text, def.caseSensitive);
      if (answer === '')
        return {
          fraction: 0,
          policy: 'short-text',
          steps: ['no answer → 0'],
          feedback: [],
          parts: {},
        };
      const patterns = patternsOf(def);
      for (let i = 0; i < patterns.length; i++) {
        const pattern = def.patterns[i];
        if (pattern && patterns[i]?.test(answer)) {
          const fraction = roundScore(pattern.fraction);
          return {
            fraction,
            policy: 'short-text',
            steps: [`"${response.text.trim()}" matches "${pattern.pattern}" → ${fraction}`],
            feedback: pattern.feedback ? [pattern.feedback] : [],
            parts: { text: fraction === 1 },
          };
        }
      }
      return {
        fraction: 0,
        policy: 'short-text',
        steps: [`"${response.text.trim()}" matches no accepted answer → 0`],
        feedback: [],
        parts: { text: false },
      };
    },

    keyResponse(def) {
      const best = def.patterns.find((p) => p.fraction === 1) ?? def.patterns[0];
      return { text: best ? exampleOf(best.pattern) : '' };
    },

    emptyResponse: () => ({ text: '' }),
    present: (def) => ({ type: 'short-text', id: def.id, prompt: def.prompt, points: def.points }),
  };
