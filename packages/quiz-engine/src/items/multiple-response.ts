import { z } from 'zod';
import {
  type Checked,
  clamp,
  duplicates,
  fail,
  formatNumber,
  fractionSchema,
  type ItemModule,
  idSchema,
  itemBaseShape,
  ok,
  type RawScore,
  roundScore,
  signed,
} from '../core';
import { optionIdIssues, presentOptions } from './choice';

/**
 * Multiple response: pick every option that applies. Six named scoring policies, each from a
 * platform that uses it (see README):
 *
 * - `sum-of-fractions` (Moodle): clamp(Σ fractions of the picked options, 0, 1).
 * - `all-or-nothing`: 1 when the picked set is exactly the correct set, else 0.
 * - `right-minus-wrong` (Canvas): each correct pick +1/k, each wrong pick −1/k, floor 0
 *   (k = number of correct options).
 * - `every-decision-counts` (Open edX "edc"): options decided right (picked if correct, left if
 *   not) / number of options.
 * - `halves` (Open edX): 0 errors → 1; 1 error with ≥ 3 options → ½; 2 errors with ≥ 5 options
 *   → ¼; otherwise 0. An error is a correct option left or a wrong option picked.
 * - `coverage` (PrairieLearn): (correct picked / correct) × (correct picked / picked).
 *
 * Picking nothing scores 0 under every policy (a definition always has a correct option).
 */
export const MULTIPLE_RESPONSE_POLICIES = [
  'sum-of-fractions',
  'all-or-nothing',
  'right-minus-wrong',
  'every-decision-counts',
  'halves',
  'coverage',
] as const;
export type MultipleResponsePolicy = (typeof MULTIPLE_RESPONSE_POLICIES)[number];

const mrOptionSchema = z.object({
  id: idSchema,
  text: z.string().min(1, 'must not be empty'),
  correct: z.boolean(),
  /** Only for `sum-of-fractions`; defaults to +1/k for correct options and −1/k for wrong ones. */
  fraction: fractionSchema.optional(),
  feedback: z.string().default(''),
});

export const multipleResponseDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('multiple-response'),
  options: z.array(mrOptionSchema).min(2, 'needs at least 2 options'),
  policy: z.enum(MULTIPLE_RESPONSE_POLICIES).default('right-minus-wrong'),
  shuffle: z.boolean().default(true),
});

export type MultipleResponseDefinition = z.output<typeof multipleResponseDefinitionSchema>;
export type MultipleResponseResponse = { choices: string[] };
export interface MultipleResponsePresentation {
  type: 'multiple-response';
  id: string;
  prompt: string;
  points: number;
  options: Array<{ id: string; text: string }>;
}

/** The fraction an option is worth under sum-of-fractions (explicit, or ±1/k). */
function optionFraction(def: MultipleResponseDefinition, index: number): number {
  const option = def.options[index];
  if (!option) return 0;
  if (option.fraction !== undefined) return option.fraction;
  const k = def.options.reduce((n, o) => n + (o.correct ? 1 : 0), 0);
  return k === 0 ? 0 : (option.correct ? 1 : -1) / k;
}

/** Scores picks (a boolean per option, in definition order) under a policy. */
function scorePicks(def: MultipleResponseDefinition, picked: readonly boolean[]): RawScore {
  const n = def.options.length;
  let k = 0;
  let rightPicks = 0;
  let wrongPicks = 0;
  let missed = 0;
  const steps: string[] = [];
  const feedback: string[] = [];
  const parts: Record<string, boolean> = {};
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const option = def.options[i];
    if (!option) continue;
    const isPicked = picked[i] === true;
    if (option.correct) k++;
    if (isPicked && option.correct) rightPicks++;
    else if (isPicked) wrongPicks++;
    else if (option.correct) missed++;
    parts[option.id] = isPicked === option.correct;
    if (isPicked) {
      if (option.feedback) feedback.push(option.feedback);
      if (def.policy === 'sum-of-fractions') {
        const f = optionFraction(def, i);
        sum += f;
        steps.push(`picked "${option.text}" (${signed(f)})`);
      } else {
        steps.push(`picked "${option.text}" (${option.correct ? 'correct' : 'not correct'})`);
      }
    }
  }
  const picks = rightPicks + wrongPicks;
  let fraction: number;
  let rule: string;
  // No answer scores 0 under every policy. (Left alone, every-decision-counts and halves would
  // credit the wrong options "rightly left": skipping an item would earn marks.)
  if (picks === 0) {
    steps.push('picked nothing → 0');
    return {
      fraction: 0,
      policy: `multiple-response/${def.policy}`,
      steps,
      feedback,
      parts,
    };
  }
  switch (def.policy) {
    case 'sum-of-fractions':
      fraction = clamp(sum, 0, 1);
      rule = `sum ${formatNumber(sum)}, kept within 0…1 → ${formatNumber(fraction)}`;
      break;
    case 'all-or-nothing':
      fraction = wrongPicks === 0 && missed === 0 ? 1 : 0;
      rule =
        fraction === 1
          ? 'exactly the correct options → 1'
          : `${missed} correct missed, ${wrongPicks} wrong picked → 0`;
      break;
    case 'right-minus-wrong': {
      const raw = k === 0 ? 0 : (rightPicks - wrongPicks) / k;
      fraction = Math.max(0, raw);
      rule = `(${rightPicks} right − ${wrongPicks} wrong) / ${k} correct = ${formatNumber(raw)}${raw < 0 ? ', floor 0' : ''} → ${formatNumber(fraction)}`;
      break;
    }
    case 'every-decision-counts': {
      const decided = n - wrongPicks - missed;
      fraction = decided / n;
      rule = `${decided} of ${n} options decided right → ${formatNumber(fraction)}`;
      break;
    }
    case 'halves': {
      const errors = wrongPicks + missed;
      fraction =
        errors === 0 ? 1 : errors === 1 && n >= 3 ? 0.5 : errors === 2 && n >= 5 ? 0.25 : 0;
      rule = `${errors} error${errors === 1 ? '' : 's'} among ${n} options → ${formatNumber(fraction)}`;
      break;
    }
    case 'coverage': {
      fraction = picks === 0 || k === 0 ? 0 : (rightPicks / k) * (rightPicks / picks);
      rule = `(${rightPicks} of ${k} correct found) × (${rightPicks} of ${picks} picks correct) → ${formatNumber(fraction)}`;
      break;
    }
  }
  steps.push(rule);
  return {
    fraction: roundScore(fraction),
    policy: `multiple-response/${def.policy}`,
    steps,
    feedback,
    parts,
  };
}

export const multipleResponse: ItemModule<
  MultipleResponseDefinition,
  MultipleResponseResponse,
  MultipleResponsePresentation
> = {
  type: 'multiple-response',
  responseKeys: ['choices'],
  definitionSchema: multipleResponseDefinitionSchema,

  check(def) {
    const issues = optionIdIssues(def.options);
    if (!def.options.some((o) => o.correct)) {
      issues.push({ path: 'options', message: 'no option is marked correct' });
    }
    if (def.policy === 'sum-of-fractions') {
      const best = def.options.reduce((s, _o, i) => s + Math.max(0, optionFraction(def, i)), 0);
      if (roundScore(best) < 1) {
        issues.push({
          path: 'options',
          message: `the positive fractions add up to ${formatNumber(best)}, so full marks are out of reach`,
        });
      }
      def.options.forEach((o, i) => {
        if (o.fraction !== undefined && o.correct !== o.fraction > 0) {
          issues.push({
            path: `options[${i}].fraction`,
            message: o.correct
              ? 'a correct option needs a positive fraction'
              : 'a wrong option cannot have a positive fraction',
          });
        }
      });
    }
    return issues;
  },

  parseResponse(def, raw): Checked<MultipleResponseResponse> {
    if (
      typeof raw !== 'object' ||
      raw === null ||
      !Array.isArray((raw as { choices?: unknown }).choices)
    ) {
      return fail({ path: 'choices', message: 'expected { choices: option ids[] }' });
    }
    const choices = (raw as { choices: unknown[] }).choices;
    // More picks than options means duplicates or unknown ids: one issue, not one per pick.
    if (choices.length > def.options.length) {
      return fail({
        path: 'choices',
        message: `has ${choices.length} picks for ${def.options.length} options`,
      });
    }
    const issues = choices.flatMap((c, i) =>
      typeof c !== 'string'
        ? [{ path: `choices[${i}]`, message: 'must be an option id' }]
        : def.options.some((o) => o.id === c)
          ? []
          : [{ path: `choices[${i}]`, message: `unknown option "${c}"` }],
    );
    // Only ids: the others are reported above, and String() throws on some objects.
    for (const d of duplicates(choices.filter((c): c is string => typeof c === 'string')))
      issues.push({ path: 'choices', message: `"${d}" is picked twice` });
    return issues.length ? { ok: false, issues } : ok({ choices: choices as string[] });
  },

  score(def, response) {
    const picked = new Set(response.choices);
    return scorePicks(
      def,
      def.options.map((o) => picked.has(o.id)),
    );
  },

  keyResponse: (def) => ({ choices: def.options.filter((o) => o.correct).map((o) => o.id) }),
  emptyResponse: () => ({ choices: [] }),

  present(def, rng) {
    return {
      type: 'multiple-response',
      id: def.id,
      prompt: def.prompt,
      points: def.points,
      options: presentOptions(def.options, def.shuffle, rng),
    };
  },
};
