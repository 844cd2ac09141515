import { z } from 'zod';
import type { Rng } from './random';

// In a browser, parse without zod's compiled fast path: its probe for `new Function` is caught,
// but a Content-Security-Policy without 'unsafe-eval' (ours) still reports it as a violation.
// Servers keep the fast path.
if ('window' in globalThis) z.config({ jitless: true });

/** A problem found in a definition or a response, with where it is (`options[2].fraction`). */
export interface Issue {
  path: string;
  message: string;
}

/** The outcome of checking input: the parsed value, or every problem found. Never a throw. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const fail = <T = never>(...issues: Issue[]): Checked<T> => ({ ok: false, issues });

/** `['options', 2, 'fraction']` → `options[2].fraction`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function issuesFromZod(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, prefix),
    message: issue.message,
  }));
}

/**
 * The characters of an id, as a character class; its `-` is escaped so that an HTML `pattern`
 * attribute (read with the `v` flag) accepts the same class.
 */
export const ID_CHARACTERS = '[A-Za-z0-9_.:\\-]';

/**
 * An id made from a name, as a form suggests it: lower case, accents dropped, every run of other
 * characters one `-`, at most 64 characters ("Spring intake 2027" → "spring-intake-2027"). Empty
 * when the name has no letter or digit.
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Ids of items, options, gaps…: short, URL-safe, stable across versions. */
export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(new RegExp(`^${ID_CHARACTERS}+$`), 'may contain only letters, digits and _ . : -')
  // Ids become keys of plain objects (parts, responses): these would reach the prototype.
  .refine((id) => !['__proto__', 'constructor', 'prototype'].includes(id), 'is a reserved word');

/** A share of an item's marks. Negative values penalise (e.g. −0.25 for a wrong pick). */
export const fractionSchema = z.number().min(-1, 'must be ≥ -1').max(1, 'must be ≤ 1');

/** The fields every item type has. */
export const itemBaseShape = {
  id: idSchema,
  /** What the learner is asked, in markdown. */
  prompt: z.string().min(1, 'must not be empty'),
  /** Marks for full credit. */
  points: z.number().positive('must be > 0').max(1000, 'must be ≤ 1000').default(1),
  /** Objective ids this item assesses (e.g. `obstacles.trust.diagnose`). */
  objectives: z.array(z.string().min(1)).default([]),
  /** The worked explanation shown after submission. */
  explanation: z.string().default(''),
  /** Shown between tries in interactive mode, in order. */
  hints: z.array(z.string().min(1)).default([]),
  tags: z.array(z.string().min(1)).default([]),
};

/** What scoring one response gives, before it is turned into points. */
export interface RawScore {
  /** Share of the item's points earned: ≤ 1; below 0 only where the policy allows penalties. */
  fraction: number;
  /** The named policy applied, e.g. `multiple-response/right-minus-wrong`. */
  policy: string;
  /** How the fraction was reached, one plain sentence a step, e.g. `picked "A" (+0.5)`. */
  steps: string[];
  /** Feedback the response earned (per option, gap or pattern), for the review after submission. */
  feedback: string[];
  /** Which parts were right (option, gap, premise or card id → correct?), for the review. */
  parts: Record<string, boolean>;
  /** True while a person still has to grade it (essays). The fraction is then 0 and provisional. */
  pending?: boolean;
}

/**
 * One item type: how its definition is checked, how a response is parsed and scored, and what a
 * learner sees before submitting. Every function is pure; none throws on bad input.
 */
export interface ItemModule<D extends { type: string; id: string }, R, P> {
  readonly type: D['type'];
  /** zod schema of the definition, base fields included. */
  readonly definitionSchema: z.ZodType<D, unknown>;
  /** Rules zod cannot express (unique ids, a reachable full mark…), as issues with paths. */
  check(definition: D): Issue[];
  /** The keys a response of this type has: any other is refused (`readResponse`). */
  readonly responseKeys: readonly string[];
  /** A learner's raw response → a typed one, or precise issues (unknown id, duplicate, shape). */
  parseResponse(definition: D, raw: unknown): Checked<R>;
  /** Scores a parsed response. Total: every parsed response gets a score. */
  score(definition: D, response: R): RawScore;
  /** A response that must earn full marks; null where a person grades (essays). */
  keyResponse(definition: D): R | null;
  /** The response of someone who answered nothing. */
  emptyResponse(definition: D): R;
  /** The item as a learner sees it before submitting: no key, fraction, feedback or flag. */
  present(definition: D, rng: Rng): P;
}

/** Rounds away floating-point noise (0.1 + 0.2) so scores compare and print cleanly. */
export function roundScore(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** `0.5` → `+0.5`, `-0.25` → `−0.25`, for breakdown steps. */
export function signed(value: number): string {
  const rounded = roundScore(value);
  return rounded < 0 ? `−${formatNumber(-rounded)}` : `+${formatNumber(rounded)}`;
}

/** Up to 4 decimals, no trailing zeros: 0.3333333 → 0.3333, 2 → 2. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

/**
 * Points are kept to hundredths, as they are shown: an item's points are rounded when scored,
 * so a total is exactly the sum of the item points a learner reads ("1.33 of 2", "66 / 68").
 */
export function roundPoints(value: number): number {
  return roundScore(Math.round(roundScore(value) * 100) / 100);
}

/** Points as people read them: up to 2 decimals, no trailing zeros (1.3333 → "1.33", 66 → "66"). */
export function formatPoints(value: number): string {
  return String(roundPoints(value));
}

/**
 * A share (0–1) as a percentage people read: whole where whole, else one decimal (1/3 → "33.3%",
 * 0.5 → "50%", 2/3 → "66.7%").
 */
export function formatPercent(share: number): string {
  const percent = Math.round(roundScore(share * 100) * 10) / 10;
  return `${percent}%`;
}

/**
 * `record[key]` when `key` is the record's own property, else undefined. Ids such as `toString`
 * or `valueOf` are valid, and a plain `record[id]` would read the function on Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * JSON with object keys sorted at every level (undefined properties left out), so two values
 * that mean the same compare equal whatever order their keys have (jsonb keeps its own).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Finds duplicates in a list (for "no two options share an id" and response checks). */
export function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dup = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) dup.add(value);
    seen.add(value);
  }
  return [...dup];
}

/** Reads `{ text: string }` responses (numeric, short text, essay): the text, or an issue. */
export function readTextResponse(raw: unknown, maxLength: number): Checked<string> {
  const text =
    typeof raw === 'object' && raw !== null ? (raw as { text?: unknown }).text : undefined;
  if (typeof text !== 'string') return fail({ path: 'text', message: 'expected { text: string }' });
  if (text.length > maxLength)
    return fail({ path: 'text', message: `must be at most ${maxLength} characters` });
  return ok(text);
}
