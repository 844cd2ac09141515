import { z } from 'zod';
import {
  type Checked,
  duplicates,
  fail,
  formatNumber,
  fractionSchema,
  type Issue,
  type ItemModule,
  idSchema,
  itemBaseShape,
  ok,
  type RawScore,
  roundScore,
  signed,
} from '../core';
import type { Rng } from '../random';

/**
 * Choice: one answer from several options. Each option carries a fraction of the marks (1 for
 * the right answer, 0 or a penalty such as −0.25 for wrong ones, partial credit in between) and
 * feedback. Score = the chosen option's fraction; no answer scores 0.
 */
const optionSchema = z.object({
  id: idSchema,
  text: z.string().min(1, 'must not be empty'),
  fraction: fractionSchema.default(0),
  /** Why this option is right or wrong, pointing back to the lesson. */
  feedback: z.string().default(''),
});

export const choiceDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('choice'),
  options: z.array(optionSchema).min(2, 'needs at least 2 options'),
  shuffle: z.boolean().default(true),
});

export type ChoiceDefinition = z.output<typeof choiceDefinitionSchema>;
/** The chosen option's id, or null for no answer. */
export type ChoiceResponse = { choice: string | null };
export interface ChoicePresentation {
  type: 'choice';
  id: string;
  prompt: string;
  points: number;
  options: Array<{ id: string; text: string }>;
}

/** Checks shared by choice and multiple response: unique option ids. */
export function optionIdIssues(options: ReadonlyArray<{ id: string }>, path = 'options'): Issue[] {
  const dup = new Set(duplicates(options.map((o) => o.id)));
  return options.flatMap((o, i) =>
    dup.has(o.id)
      ? [{ path: `${path}[${i}].id`, message: `"${o.id}" is used by another option` }]
      : [],
  );
}

/** Shuffles options when asked; a learner never sees fractions or feedback. */
export function presentOptions(
  options: ReadonlyArray<{ id: string; text: string }>,
  shuffle: boolean,
  rng: Rng,
) {
  const visible = options.map(({ id, text }) => ({ id, text }));
  return shuffle ? rng.shuffle(visible) : visible;
}

export const choice: ItemModule<ChoiceDefinition, ChoiceResponse, ChoicePresentation> = {
  type: 'choice',
  responseKeys: ['choice'],
  definitionSchema: choiceDefinitionSchema,

  check(def) {
    const issues = optionIdIssues(def.options);
    if (!def.options.some((o) => o.fraction === 1)) {
      issues.push({ path: 'options', message: 'no option is worth full marks (fraction 1)' });
    }
    return issues;
  },

  parseResponse(def, raw): Checked<ChoiceResponse> {
    if (typeof raw !== 'object' || raw === null || !('choice' in raw)) {
      return fail({ path: 'choice', message: 'expected { choice: option id or null }' });
    }
    const value = (raw as { choice: unknown }).choice;
    if (value === null) return ok({ choice: null });
    if (typeof value !== 'string')
      return fail({ path: 'choice', message: 'must be an option id or null' });
    if (!def.options.some((o) => o.id === value)) {
      return fail({ path: 'choice', message: `unknown option "${value}"` });
    }
    return ok({ choice: value });
  },

  score(def, response): RawScore {
    const chosen = def.options.find((o) => o.id === response.choice);
    if (!chosen) {
      return { fraction: 0, policy: 'choice', steps: ['no answer → 0'], feedback: [], parts: {} };
    }
    const fraction = roundScore(chosen.fraction);
    // Only the chosen option is judged: fully right, or not.
    const parts = { [chosen.id]: fraction >= 1 };
    return {
      fraction,
      policy: 'choice',
      steps: [`chose "${chosen.text}" (${signed(fraction)}) → ${formatNumber(fraction)}`],
      feedback: chosen.feedback ? [chosen.feedback] : [],
      parts,
    };
  },

  keyResponse(def) {
    const best = def.options.reduce((a, b) => (b.fraction > a.fraction ? b : a));
    return { choice: best.id };
  },

  emptyResponse: () => ({ choice: null }),

  present(def, rng) {
    return {
      type: 'choice',
      id: def.id,
      prompt: def.prompt,
      points: def.points,
      options: presentOptions(def.options, def.shuffle, rng),
    };
  },
};
