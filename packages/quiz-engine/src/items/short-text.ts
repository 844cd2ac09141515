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

export function normalizeText(text: string, caseSensitive: boolean): string {
  const folded = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return caseSensitive ? folded : folded.toLocaleLowerCase('en');
}

/** Compiles a wildcard pattern to an anchored regular expression. */
export function compilePattern(pattern: string, caseSensitive: boolean): RegExp {
  const source = normalizeText(pattern, caseSensitive)
    .split(/(\\\*|\*)/)
    .map((part) =>
      part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`, 'su');
}

// Patterns compile once per definition object, not once per response.
const compiled = new WeakMap<ShortTextDefinition, RegExp[]>();
function patternsOf(def: ShortTextDefinition): RegExp[] {
  let list = compiled.get(def);
  if (!list) {
    list = def.patterns.map((p) => compilePattern(p.pattern, def.caseSensitive));
    compiled.set(def, list);
  }
  return list;
}

/** A pattern's example answer: wildcards dropped, `\*` kept as a star. */
function exampleOf(pattern: string): string {
  return pattern
    .split(/(\\\*|\*)/)
    .map((part) => (part === '*' ? '' : part === '\\*' ? '*' : part))
    .join('');
}

export const shortText: ItemModule<ShortTextDefinition, ShortTextResponse, ShortTextPresentation> =
  {
    type: 'short-text',
    definitionSchema: shortTextDefinitionSchema,

    check(def) {
      const issues = [];
      const best = def.patterns.findIndex((p) => p.fraction === 1);
      if (best === -1)
        issues.push({ path: 'patterns', message: 'no pattern is worth full marks (fraction 1)' });
      const patterns = patternsOf(def);
      def.patterns.forEach((p, i) => {
        const example = normalizeText(exampleOf(p.pattern), def.caseSensitive);
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
