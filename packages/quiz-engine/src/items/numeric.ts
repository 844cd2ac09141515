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
/**
 * What the learner typed ("" for no answer), and the decimal mark of their locale when it is a
 * comma (how "1,200" is read).
 */
export type NumericResponse = { text: string; decimal?: DecimalMark };
export interface NumericPresentation {
  type: 'numeric';
  id: string;
  prompt: string;
  points: number;
  /** Units the learner may type, base unit first (shown as a hint, not a key). */
  units: string[];
}

/** The character a learner's locale writes between whole and decimal digits. */
export const DECIMAL_MARKS = ['.', ','] as const;
export type DecimalMark = (typeof DECIMAL_MARKS)[number];

/**
 * The whole number `body` (digits and separators only) read with `mark` as the decimal mark, or
 * null when that reading is not a number: at most one decimal mark, digits after it, and before it
 * either plain digits or groups of three after a first group of one to three, split by one kind of
 * separator (the other mark, a space, "_" or "'").
 */
function readDigits(body: string, mark: DecimalMark): number | null {
  const parts = body.split(mark);
  if (parts.length > 2) return null;
  const [whole = '', decimals] = parts;
  if (decimals !== undefined && !/^\d+$/.test(decimals)) return null;
  let digits = whole;
  if (whole === '') {
    if (decimals === undefined) return null;
    digits = '0';
  } else if (!/^\d+$/.test(whole)) {
    const separator = /\D/.exec(whole)?.[0] ?? '';
    if (separator === mark || !"., _'".includes(separator)) return null;
    const groups = whole.split(separator);
    const [first = '', ...rest] = groups;
    if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
    digits = groups.join('');
  }
  return Number(decimals === undefined ? digits : `${digits}.${decimals}`);
}

/**
 * "1,200.5 m" → { value: 1200.5, unit: "m" }, read as a learner of the given locale writes numbers:
 * with `decimal` "." (the default) "1,200" is 1200; with "," it is 1.2 and "1.200" is 1200. A
 * reading that is not a number under the locale's mark is tried with the other one, so "29,0" is
 * 29 and "1.5" is 1.5 for everyone. Null when the text does not start with a number, or when
 * what follows the number goes on like a number ("1.2.3", "12 34", "1,2,3"): that is not a unit,
 * and reading "12 34" as 12 would score a number the learner did not type.
 */
export function parseNumberWithUnit(
  text: string,
  decimal: DecimalMark = '.',
): { value: number; unit: string } | null {
  const normal = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[\u00a0\u202f]/g, ' ');
  const head = /^([+-]?)((?=[.,]?\d)[\d.,'_ ]*)/.exec(normal);
  if (!head) return null;
  const body = (head[2] ?? '').replace(/ +$/, '');
  let rest = normal.slice((head[1] ?? '').length + body.length);
  const exponent = /^[eE][+-]?\d+/.exec(rest)?.[0] ?? '';
  rest = rest.slice(exponent.length).trim();
  if (/^[\d.,_']/.test(rest)) return null;
  const other: DecimalMark = decimal === '.' ? ',' : '.';
  const digits = readDigits(body, decimal) ?? readDigits(body, other);
  if (digits === null) return null;
  const value = Number(`${head[1] === '-' ? '-' : ''}${digits}${exponent}`);
  return Number.isFinite(value) ? { value, unit: rest } : null;
}

/**
 * Why a typed answer cannot be read, in words a learner can act on, or null when it can. The one
 * rule for numeric text: the engine refuses what this refuses, and the quiz runner says it at the
 * field before anything is sent. `unitsExpected`: the item accepts units.
 */
export function numericTextIssue(
  text: string,
  { unitsExpected, decimal = '.' }: { unitsExpected: boolean; decimal?: DecimalMark },
): string | null {
  if (text.trim() === '') return null;
  const parsed = parseNumberWithUnit(text, decimal);
  const example = decimal === ',' ? '29,5' : '29.5';
  if (!parsed) return `"${text.trim()}" is not a number: type digits, such as ${example}`;
  if (parsed.unit && !unitsExpected)
    return `no unit is expected here, but "${parsed.unit}" was given: type the number alone`;
  return null;
}

function withinTolerance(x: number, answer: z.output<typeof answerSchema>): boolean {
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
  responseKeys: ['text', 'decimal'],
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
    const decimal = (raw as { decimal?: unknown }).decimal;
    if (decimal !== undefined && !(DECIMAL_MARKS as readonly unknown[]).includes(decimal))
      return fail({ path: 'decimal', message: 'must be "." or ","' });
    const mark = (decimal as DecimalMark | undefined) ?? '.';
    if (text.trim() === '') return ok({ text: '' });
    const issue = numericTextIssue(text, { unitsExpected: def.units !== undefined, decimal: mark });
    if (issue) return fail({ path: 'text', message: issue });
    return ok(mark === ',' ? { text: text.trim(), decimal: mark } : { text: text.trim() });
  },

  score(def, response): RawScore {
    if (response.text === '')
      return { fraction: 0, policy: 'numeric', steps: ['no answer → 0'], feedback: [], parts: {} };
    const parsed = parseNumberWithUnit(response.text, response.decimal);
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
