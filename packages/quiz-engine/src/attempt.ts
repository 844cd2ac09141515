import { z } from 'zod';
import type { RawScore } from './core';
import { type Checked, formatNumber, type Issue, own, roundScore } from './core';
import { explainScore, type ItemDefinition, type ItemScore, moduleOf, toItemScore } from './items';
import { type Paper, paperSlots } from './quiz';

/**
 * How an attempt is run and scored.
 *
 * Behaviours (as in Moodle's question behaviours):
 * - `deferred`: answer everything, submit once, then feedback;
 * - `immediate`: each item is checked once, with feedback right away; score = the raw score;
 * - `interactive`: up to `tries` tries per item, a hint between tries, and
 *   score = max(0, raw score of the last try − wrong tries × `penaltyPerTry`).
 * Certainty-based marking (CBM) is a modifier on any behaviour: with each answer the learner says
 * how sure they are; marks are right 1 / 2 / 3 and wrong 0 / −2 / −6 for low / medium / high,
 * partial credit = right mark × fraction; an item's CBM score is that mark / 3 of its points.
 */
export const BEHAVIOURS = ['deferred', 'immediate', 'interactive'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];
export const CERTAINTIES = ['low', 'medium', 'high'] as const;
export type Certainty = (typeof CERTAINTIES)[number];
export const GRADING_METHODS = ['highest', 'average', 'first', 'last'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

const CBM_MARKS: Record<Certainty, { right: number; wrong: number }> = {
  low: { right: 1, wrong: 0 },
  medium: { right: 2, wrong: -2 },
  high: { right: 3, wrong: -6 },
};
/** The highest CBM mark; an item's CBM fraction is its mark divided by this. */
export const CBM_MAX = 3;

export const attemptSettingsSchema = z.object({
  behaviour: z.enum(BEHAVIOURS).default('deferred'),
  /** Interactive only: tries per item. */
  tries: z.number().int().min(1).max(10).default(3),
  /** Interactive only: share of the item's marks lost per wrong try. */
  penaltyPerTry: z
    .number()
    .min(0)
    .max(1)
    .default(1 / 3),
  certaintyBased: z.boolean().default(false),
  /** null = unlimited. */
  maxAttempts: z.number().int().positive().nullable().default(null),
  grading: z.enum(GRADING_METHODS).default('highest'),
  /** null = untimed. */
  timeLimitSeconds: z.number().int().positive().nullable().default(null),
  /** Share of the total (0–1) needed to pass; null = no pass mark. */
  passMark: z.number().min(0).max(1).nullable().default(null),
  /** After submission, the review shows the key (the right answers). */
  reviewShowsKey: z.boolean().default(true),
  /** After submission, the review shows option feedback and worked explanations. */
  reviewShowsFeedback: z.boolean().default(true),
});
export type AttemptSettings = z.output<typeof attemptSettingsSchema>;

/** One try at one item: the learner's raw response and, with CBM, how sure they were. */
export interface Try {
  response: unknown;
  certainty?: Certainty;
}

/**
 * Scores one slot under the settings from its tries (one try outside interactive mode).
 * Invalid responses come back as issues; they never count as a wrong try.
 */
export function scoreSlot(
  item: ItemDefinition,
  tries: readonly Try[],
  settings: AttemptSettings,
): Checked<ItemScore> {
  const module = moduleOf(item);
  // Tries come from the learner's request: check their shape before reading them.
  if (!Array.isArray(tries))
    return { ok: false, issues: [{ path: 'tries', message: 'expected a list of tries' }] };
  const allowed = settings.behaviour === 'interactive' ? settings.tries : 1;
  if (tries.length > allowed) {
    return {
      ok: false,
      issues: [{ path: 'tries', message: `${tries.length} tries, but ${allowed} allowed` }],
    };
  }
  const scored: RawScore[] = [];
  for (const [i, attemptTry] of tries.entries()) {
    if (typeof attemptTry !== 'object' || attemptTry === null)
      return {
        ok: false,
        issues: [{ path: `tries[${i}]`, message: 'expected { response, certainty? }' }],
      };
    const { certainty } = attemptTry as { certainty?: unknown };
    if (certainty !== undefined && !(CERTAINTIES as readonly unknown[]).includes(certainty))
      return {
        ok: false,
        issues: [{ path: `tries[${i}].certainty`, message: 'must be low, medium or high' }],
      };
    const parsed = module.parseResponse(item, attemptTry.response);
    if (!parsed.ok)
      return {
        ok: false,
        issues: parsed.issues.map((issue) => ({
          ...issue,
          path: `tries[${i}].response.${issue.path}`,
        })),
      };
    scored.push(module.score(item, parsed.value));
  }
  const last = scored.at(-1) ?? module.score(item, module.emptyResponse(item));
  let raw: RawScore = last;
  if (settings.behaviour === 'interactive' && scored.length > 1) {
    const wrong = scored.length - 1;
    const penalised = Math.max(0, last.fraction - wrong * settings.penaltyPerTry);
    raw = {
      ...last,
      fraction: roundScore(penalised),
      steps: [
        ...last.steps,
        `${wrong} wrong ${wrong === 1 ? 'try' : 'tries'} × ${formatNumber(settings.penaltyPerTry)} penalty: ${formatNumber(last.fraction)} − ${formatNumber(wrong * settings.penaltyPerTry)} → ${formatNumber(penalised)}`,
      ],
    };
  } else if (settings.behaviour === 'interactive' && last.fraction < 0) {
    // The same floor with one try: otherwise a second wrong try would raise the score to 0.
    raw = { ...last, fraction: 0, steps: [...last.steps, 'interactive: never below 0 → 0'] };
  }
  // An item left unanswered scores 0 without a certainty (as in Moodle): otherwise one skipped
  // item would block the whole submission, even one made at the deadline.
  if (settings.certaintyBased && !raw.pending && tries.length > 0) {
    const certainty = tries.at(-1)?.certainty;
    if (!certainty) {
      return {
        ok: false,
        issues: [
          {
            path: `tries[${Math.max(0, tries.length - 1)}].certainty`,
            message: 'say how sure you are: low, medium or high',
          },
        ],
      };
    }
    raw = applyCertainty(raw, certainty);
  }
  return { ok: true, value: toItemScore(item, raw) };
}

/** The CBM modifier on a raw score (see the module comment). */
export function applyCertainty(raw: RawScore, certainty: Certainty): RawScore {
  const marks = CBM_MARKS[certainty];
  const mark =
    raw.fraction >= 1 ? marks.right : raw.fraction <= 0 ? marks.wrong : marks.right * raw.fraction;
  const fraction = roundScore(mark / CBM_MAX);
  return {
    ...raw,
    fraction,
    policy: `${raw.policy}+cbm`,
    steps: [
      ...raw.steps,
      `certainty ${certainty}: ${raw.fraction >= 1 ? 'right' : raw.fraction <= 0 ? 'wrong' : `partly right (${formatNumber(marks.right)} × ${formatNumber(raw.fraction)})`} → mark ${formatNumber(mark)} of ${CBM_MAX} = ${formatNumber(fraction)}`,
    ],
  };
}

export interface AttemptResult {
  items: Array<ItemScore & { slot: string; caseId: string | null }>;
  cases: Array<{ caseId: string; points: number; maxPoints: number }>;
  points: number;
  maxPoints: number;
  /** points / maxPoints, 0 when there are no points. */
  fraction: number;
  /** True while an essay waits for a grader: the total is provisional. */
  pending: boolean;
  passed: boolean | null;
  /** The whole breakdown, one line per item then the total, for the learner. */
  breakdown: string[];
}

/**
 * Scores a whole attempt. `tries` maps slot → tries (missing slots count as unanswered);
 * `grades` holds rubric scores for graded essays. Any invalid response rejects the submission
 * with issues naming the slot, so nothing is silently scored as wrong.
 */
export function scoreAttempt(
  paper: Paper,
  tries: Readonly<Record<string, readonly Try[]>>,
  settings: AttemptSettings,
  grades: Readonly<Record<string, RawScore>> = {},
): Checked<AttemptResult> {
  if (typeof tries !== 'object' || tries === null || Array.isArray(tries))
    return { ok: false, issues: [{ path: 'tries', message: 'expected { slot: tries }' }] };
  const issues: Issue[] = [];
  const items: AttemptResult['items'] = [];
  const known = new Set<string>();
  for (const { slot, item, caseId } of paperSlots(paper)) {
    known.add(slot);
    const graded = own(grades, slot);
    if (graded) {
      items.push({ ...toItemScore(item, graded), slot, caseId });
      continue;
    }
    const result = scoreSlot(item, own(tries, slot) ?? [], settings);
    if (!result.ok) {
      for (const issue of result.issues)
        issues.push({ path: `${slot}.${issue.path}`, message: issue.message });
    } else items.push({ ...result.value, slot, caseId });
  }
  for (const slot of Object.keys(tries)) {
    if (!known.has(slot)) issues.push({ path: slot, message: 'is not a slot of this paper' });
  }
  if (issues.length) return { ok: false, issues };

  const points = roundScore(items.reduce((sum, i) => sum + i.points, 0));
  const maxPoints = roundScore(items.reduce((sum, i) => sum + i.maxPoints, 0));
  const fraction = maxPoints > 0 ? roundScore(points / maxPoints) : 0;
  const pending = items.some((i) => i.pending);
  const caseTotals = new Map<string, { points: number; maxPoints: number }>();
  for (const item of items) {
    if (!item.caseId) continue;
    const total = caseTotals.get(item.caseId) ?? { points: 0, maxPoints: 0 };
    total.points = roundScore(total.points + item.points);
    total.maxPoints = roundScore(total.maxPoints + item.maxPoints);
    caseTotals.set(item.caseId, total);
  }
  const passed = settings.passMark === null || pending ? null : fraction >= settings.passMark;
  const breakdown = items.map((i) => `${i.slot}: ${explainScore(i)}`);
  breakdown.push(
    `total ${formatNumber(points)} of ${formatNumber(maxPoints)} = ${formatNumber(fraction * 100)}%${pending ? ' (provisional: an answer is waiting to be graded)' : ''}${passed === null ? '' : passed ? ' — passed' : ` — below the pass mark of ${formatNumber((settings.passMark ?? 0) * 100)}%`}`,
  );
  return {
    ok: true,
    value: {
      items,
      cases: [...caseTotals].map(([caseId, total]) => ({ caseId, ...total })),
      points,
      maxPoints,
      fraction,
      pending,
      passed,
      breakdown,
    },
  };
}

/** One finished attempt, for grading across attempts. */
export interface FinishedAttempt {
  fraction: number;
  submittedAt: Date;
  pending?: boolean;
}

/**
 * The quiz grade from several attempts: `highest`, `average`, `first` or `last` (by submission
 * time). Attempts still pending are left out until graded; null when none is left.
 */
export function overallGrade(
  attempts: readonly FinishedAttempt[],
  method: GradingMethod,
): number | null {
  const done = attempts
    .filter((a) => !a.pending)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  if (done.length === 0) return null;
  switch (method) {
    case 'highest':
      return Math.max(...done.map((a) => a.fraction));
    case 'average':
      return roundScore(done.reduce((sum, a) => sum + a.fraction, 0) / done.length);
    case 'first':
      return done[0]?.fraction ?? null;
    case 'last':
      return done.at(-1)?.fraction ?? null;
  }
}

/** Whether another attempt may start, and why not. */
export function canStartAttempt(
  attemptsSoFar: number,
  settings: AttemptSettings,
): { ok: true } | { ok: false; reason: string } {
  if (settings.maxAttempts !== null && attemptsSoFar >= settings.maxAttempts) {
    return {
      ok: false,
      reason: `all ${settings.maxAttempts} attempt${settings.maxAttempts === 1 ? '' : 's'} used`,
    };
  }
  return { ok: true };
}

/**
 * When an attempt must end: start + time limit × the learner's multiplier (an accommodation,
 * e.g. 1.5 for extra time). null when untimed.
 */
export function attemptDeadline(
  startedAt: Date,
  settings: AttemptSettings,
  timeMultiplier = 1,
): Date | null {
  if (settings.timeLimitSeconds === null) return null;
  if (!(timeMultiplier > 0))
    throw new RangeError(`time multiplier must be > 0, got ${timeMultiplier}`);
  return new Date(startedAt.getTime() + settings.timeLimitSeconds * timeMultiplier * 1000);
}

/**
 * What happens at submission time: on time, the learner's responses; after the deadline, what
 * was last saved before it (late changes do not count) — the attempt is submitted, not lost.
 */
export function responsesAtSubmission<T>(input: {
  now: Date;
  deadline: Date | null;
  submitted: T;
  lastSavedBeforeDeadline: T;
}): { responses: T; reason: 'submitted' | 'time-up' } {
  if (input.deadline === null || input.now.getTime() <= input.deadline.getTime()) {
    return { responses: input.submitted, reason: 'submitted' };
  }
  return { responses: input.lastSavedBeforeDeadline, reason: 'time-up' };
}
