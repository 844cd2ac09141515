import { z } from 'zod';
import {
  type Checked,
  fail,
  formatNumber,
  fractionSchema,
  type ItemModule,
  itemBaseShape,
  ok,
  type RawScore,
  readTextResponse,
  roundScore,
} from '../core';

/**
 * Numeric: the learner types a number, optionally with a unit ("1.2 m", "15 %").
 *
 * Answers are tried in order; the first whose tolerance interval holds the value wins:
 * - `absolute`: a ± t;
 * - `relative`: a ± |a|·t (t = 0.05 means within 5 %);
 * - `geometric`: [a/(1+t), a·(1+t)] (for negative a, the mirror image).
 * With units, each accepted unit has a multiplier (value in that unit = value in the base unit ×
 * multiplier), so "1.5 km" matches an answer of 1500 (m) when km has multiplier 0.001. A missing
 * or unknown unit, where units are required, costs `penalty` (a share of the marks).
 */
export const TOLERANCE_TYPES = ['absolute', 'relative', 'geometric'] as const;

const answerSchema = z.object({
  value: z.number().finite('must be a finite number'),
  tolerance: z.number().min(0, 'must be ≥ 0').default(0),
  toleranceType: z.enum(TOLERANCE_TYPES).default('absolute'),
  fraction: fractionSchema.default(1),
  feedback: z.string().default(''),
});

export const numericDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('numeric'),
  answers: z.array(answerSchema).min(1, 'needs an answer'),
  units: z
    .object({
      accepted: z
        .array(
          z.object({
            unit: z.string().min(1).max(20),
            multiplier: z.number().positive().default(1),
          }),
        )
        .min(1, 'needs a unit'),
      /** If true, a missing or unknown unit costs `penalty`; if false, units are optional. */
      required: z.boolean().default(true),
      penalty: z.number().min(0).max(1, 'must be ≤ 1').default(0.1),
    })
    .optional(),
});

export type NumericDefinition = z.output<typeof numericDefinitionSchema>;
/** What the learner typed; "" for no answer. */
export type NumericResponse = { text: string };
export interface NumericPresentation {
  type: 'numeric';
  id: string;
  prompt: string;
  points: number;
  /** Units the learner may type, base unit first (shown as a hint, not a key). */
  units: string[];
}

/** Thousands separators (1,200 / 1 200 / 1_200), sign, decimals and exponent. */
const NUMBER =
  /^([+-]?(?:\d{1,3}(?:[ ,_]\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+(?:[eE][+-]?\d+)?)\s*(.*)$/;

/**
 * "1,200.5 m" → { value: 1200.5, unit: "m" }; null when it does not start with a number, or when
 * what follows the number goes on like a number ("1,5", "1.2.3", "12 34"): that is not a unit,
 * and reading "1,5" as 1 would score a number the learner did not type.
 */
export function parseNumberWithUnit(text: string): { value: number; unit: string } | null {
  const match = NUMBER.exec(text.trim().replace(/\u2212/g, '-'));
  if (!match) return null;
  const value = Number((match[1] ?? '').replace(/[ ,_]/g, ''));
  const unit = (match[2] ?? '').trim();
  if (/^[\d.,_]/.test(unit)) return null;
  return Number.isFinite(value) ? { value, unit } : null;
}

export function withinTolerance(x: number, answer: z.output<typeof answerSchema>): boolean {
  const { value: a, tolerance: t } = answer;
  const eps = 1e-12 * Math.max(1, Math.abs(a));
  switch (answer.toleranceType) {
    case 'absolute':
      return Math.abs(x - a) <= t + eps;
    case 'relative':
      return Math.abs(x - a) <= Math.abs(a) * t + eps;
    case 'geometric': {
      if (a === 0) return Math.abs(x) <= eps;
      const low = Math.abs(a) / (1 + t);
      const high = Math.abs(a) * (1 + t);
      return Math.sign(x) === Math.sign(a) && Math.abs(x) >= low - eps && Math.abs(x) <= high + eps;
    }
  }
}

function describeInterval(answer: z.output<typeof answerSchema>): string {
  const { value: a, tolerance: t } = answer;
  if (t === 0) return `${formatNumber(a)} exactly`;
  if (answer.toleranceType === 'absolute') return `${formatNumber(a)} ± ${formatNumber(t)}`;
  if (answer.toleranceType === 'relative') return `${formatNumber(a)} ± ${formatNumber(t * 100)} %`;
  return `${formatNumber(a / (1 + t))} to ${formatNumber(a * (1 + t))}`;
}

export const numeric: ItemModule<NumericDefinition, NumericResponse, NumericPresentation> = {
  type: 'numeric',
  definitionSchema: numericDefinitionSchema,

  check(def) {
    const issues = [];
    if (!def.answers.some((a) => a.fraction === 1)) {
      issues.push({ path: 'answers', message: 'no answer is worth full marks (fraction 1)' });
    }
    const units = def.units?.accepted.map((u) => u.unit) ?? [];
    if (new Set(units).size !== units.length)
      issues.push({ path: 'units.accepted', message: 'a unit is listed twice' });
    return issues;
  },

  parseResponse(def, raw): Checked<NumericResponse> {
    const read = readTextResponse(raw, 100);
    if (!read.ok) return read;
    const text = read.value;
    if (text.trim() === '') return ok({ text: '' });
    const parsed = parseNumberWithUnit(text);
    if (!parsed) return fail({ path: 'text', message: `"${text.trim()}" is not a number` });
    if (parsed.unit && !def.units) {
      return fail({
        path: 'text',
        message: `no unit is expected here, but "${parsed.unit}" was given`,
      });
    }
    return ok({ text: text.trim() });
  },

  score(def, response): RawScore {
    if (response.text === '')
      return { fraction: 0, policy: 'numeric', steps: ['no answer → 0'], feedback: [], parts: {} };
    const parsed = parseNumberWithUnit(response.text);
    if (!parsed)
      return {
        fraction: 0,
        policy: 'numeric',
        steps: ['not a number → 0'],
        feedback: [],
        parts: {},
      };
    const steps: string[] = [];
    let x = parsed.value;
    let penalty = 0;
    if (def.units) {
      const unit = def.units.accepted.find((u) => u.unit === parsed.unit);
      if (unit) {
        x = parsed.value / unit.multiplier;
        if (unit.multiplier !== 1)
          steps.push(
            `${formatNumber(parsed.value)} ${unit.unit} = ${formatNumber(x)} ${def.units.accepted[0]?.unit ?? ''}`.trim(),
          );
      } else if (def.units.required) {
        penalty = def.units.penalty;
        steps.push(
          parsed.unit
            ? `unit "${parsed.unit}" is not accepted (−${formatNumber(penalty)})`
            : `no unit given (−${formatNumber(penalty)})`,
        );
      }
    }
    const index = def.answers.findIndex((a) => withinTolerance(x, a));
    const answer = def.answers[index];
    if (!answer) {
      steps.push(`${formatNumber(x)} matches no accepted answer → 0`);
      return { fraction: 0, policy: 'numeric', steps, feedback: [], parts: { value: false } };
    }
    const fraction = roundScore(Math.max(answer.fraction > 0 ? 0 : -1, answer.fraction - penalty));
    steps.push(
      `${formatNumber(x)} is within ${describeInterval(answer)} (${formatNumber(answer.fraction)})`,
    );
    if (penalty)
      steps.push(
        `${formatNumber(answer.fraction)} − ${formatNumber(penalty)} for the unit → ${formatNumber(fraction)}`,
      );
    return {
      fraction,
      policy: `numeric/${answer.toleranceType}`,
      steps,
      feedback: answer.feedback ? [answer.feedback] : [],
      parts: { value: answer.fraction === 1, ...(def.units ? { unit: penalty === 0 } : {}) },
    };
  },

  keyResponse(def) {
    const best = def.answers.find((a) => a.fraction === 1) ?? def.answers[0];
    const unit = def.units?.accepted[0];
    const value = best ? best.value * (unit?.multiplier ?? 1) : 0;
    return { text: unit ? `${value} ${unit.unit}` : String(value) };
  },

  emptyResponse: () => ({ text: '' }),

  present: (def) => ({
    type: 'numeric',
    id: def.id,
    prompt: def.prompt,
    points: def.points,
    units: def.units?.accepted.map((u) => u.unit) ?? [],
  }),
};
