import { z } from 'zod';
import {
  type Checked,
  fail,
  formatNumber,
  type Issue,
  type ItemModule,
  idSchema,
  itemBaseShape,
  ok,
  own,
  type RawScore,
  roundScore,
} from '../core';

/**
 * Inline choice (gap select): a text with gaps written `{{gapId}}`, each a dropdown of options.
 * Each gap carries `weight` (default 1); score = weight of right gaps / total weight.
 */
export const inlineChoiceDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('inline-choice'),
  /** Markdown with `{{gapId}}` where each dropdown goes. */
  text: z.string().min(1, 'must not be empty'),
  gaps: z
    .array(
      z.object({
        id: idSchema,
        options: z
          .array(z.object({ id: idSchema, text: z.string().min(1) }))
          .min(2, 'needs at least 2 options'),
        answer: idSchema,
        weight: z.number().positive().default(1),
        feedback: z.string().default(''),
      }),
    )
    .min(1, 'needs a gap'),
  shuffle: z.boolean().default(true),
});

export type InlineChoiceDefinition = z.output<typeof inlineChoiceDefinitionSchema>;
/** gap id → option id (or null). */
export type InlineChoiceResponse = { gaps: Record<string, string | null> };
export type InlineChoiceSegment =
  | { kind: 'text'; text: string }
  | { kind: 'gap'; id: string; options: Array<{ id: string; text: string }> };
export interface InlineChoicePresentation {
  type: 'inline-choice';
  id: string;
  prompt: string;
  points: number;
  segments: InlineChoiceSegment[];
}

const GAP = /\{\{([A-Za-z0-9_.:-]+)\}\}/g;

function gapIdsInText(text: string): string[] {
  return [...text.matchAll(GAP)].map((m) => m[1] ?? '');
}

export const inlineChoice: ItemModule<
  InlineChoiceDefinition,
  InlineChoiceResponse,
  InlineChoicePresentation
> = {
  type: 'inline-choice',
  responseKeys: ['gaps'],
  definitionSchema: inlineChoiceDefinitionSchema,

  check(def) {
    const issues: Issue[] = [];
    const inText = gapIdsInText(def.text);
    const defined = new Set<string>();
    def.gaps.forEach((gap, i) => {
      if (defined.has(gap.id))
        issues.push({ path: `gaps[${i}].id`, message: `"${gap.id}" is used twice` });
      defined.add(gap.id);
      if (!inText.includes(gap.id))
        issues.push({ path: `gaps[${i}].id`, message: `the text has no {{${gap.id}}}` });
      const ids = gap.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length)
        issues.push({ path: `gaps[${i}].options`, message: 'two options share an id' });
      if (!ids.includes(gap.answer))
        issues.push({
          path: `gaps[${i}].answer`,
          message: `"${gap.answer}" is not one of its options`,
        });
    });
    for (const id of inText) {
      if (!defined.has(id))
        issues.push({ path: 'text', message: `{{${id}}} has no gap definition` });
    }
    if (new Set(inText).size !== inText.length)
      issues.push({ path: 'text', message: 'a gap appears twice in the text' });
    return issues;
  },

  parseResponse(def, raw): Checked<InlineChoiceResponse> {
    const gaps =
      typeof raw === 'object' && raw !== null ? (raw as { gaps?: unknown }).gaps : undefined;
    if (typeof gaps !== 'object' || gaps === null || Array.isArray(gaps)) {
      return fail({ path: 'gaps', message: 'expected { gaps: { gap id: option id } }' });
    }
    const entries = Object.entries(gaps);
    // More entries than gaps means unknown ids: one issue, not one per entry of a huge object.
    if (entries.length > def.gaps.length) {
      return fail({
        path: 'gaps',
        message: `has ${entries.length} entries for ${def.gaps.length} gaps`,
      });
    }
    const issues: Issue[] = [];
    const out: Record<string, string | null> = {};
    for (const [gapId, optionId] of entries) {
      const gap = def.gaps.find((g) => g.id === gapId);
      if (!gap) issues.push({ path: `gaps.${gapId}`, message: `unknown gap "${gapId}"` });
      else if (optionId === null) out[gapId] = null;
      // No String(optionId): an object such as { toString: 1 } cannot be turned into text.
      else if (typeof optionId !== 'string')
        issues.push({ path: `gaps.${gapId}`, message: 'must be an option id or null' });
      else if (!gap.options.some((o) => o.id === optionId))
        issues.push({ path: `gaps.${gapId}`, message: `unknown option "${optionId}"` });
      else out[gapId] = optionId;
    }
    return issues.length ? { ok: false, issues } : ok({ gaps: out });
  },

  score(def, response): RawScore {
    let total = 0;
    let earned = 0;
    const steps: string[] = [];
    const feedback: string[] = [];
    const parts: Record<string, boolean> = {};
    for (const gap of def.gaps) {
      total += gap.weight;
      const given = own(response.gaps, gap.id) ?? null;
      const right = given === gap.answer;
      parts[gap.id] = right;
      if (right) earned += gap.weight;
      else if (given !== null && gap.feedback) feedback.push(gap.feedback);
      const text = gap.options.find((o) => o.id === given)?.text;
      steps.push(
        given === null
          ? `gap ${gap.id}: empty`
          : `gap ${gap.id}: "${text}" (${right ? 'right' : 'wrong'})`,
      );
    }
    const fraction = total === 0 ? 0 : earned / total;
    steps.push(
      `${formatNumber(earned)} of ${formatNumber(total)} gap weight right → ${formatNumber(fraction)}`,
    );
    return {
      fraction: roundScore(fraction),
      policy: 'inline-choice/per-gap',
      steps,
      feedback,
      parts,
    };
  },

  keyResponse: (def) => ({ gaps: Object.fromEntries(def.gaps.map((g) => [g.id, g.answer])) }),
  emptyResponse: () => ({ gaps: {} }),

  present(def, rng) {
    const segments: InlineChoiceSegment[] = [];
    let last = 0;
    for (const match of def.text.matchAll(GAP)) {
      const index = match.index ?? 0;
      if (index > last) segments.push({ kind: 'text', text: def.text.slice(last, index) });
      const gap = def.gaps.find((g) => g.id === match[1]);
      const options = gap?.options.map(({ id, text }) => ({ id, text })) ?? [];
      segments.push({
        kind: 'gap',
        id: match[1] ?? '',
        options: def.shuffle ? rng.fork(match[1] ?? '').shuffle(options) : options,
      });
      last = index + match[0].length;
    }
    if (last < def.text.length) segments.push({ kind: 'text', text: def.text.slice(last) });
    return { type: 'inline-choice', id: def.id, prompt: def.prompt, points: def.points, segments };
  },
};
