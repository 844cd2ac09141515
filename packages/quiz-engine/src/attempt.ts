import { z } from 'zod';
import type { RawScore } from './core';
import {
  type Checked,
  canonicalJson,
  formatNumber,
  formatPercent,
  formatPoints,
  type Issue,
  own,
  roundScore,
} from './core';
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
/** How a paper is laid out: all on one page, or one question or one case per page. */
export const LAYOUTS = ['one-page', 'one-per-page'] as const;
export type Layout = (typeof LAYOUTS)[number];

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
  /** All questions on one page, or one question (or one case) per page with a navigator. */
  layout: z
    .enum(LAYOUTS)
    .default('one-page')
    .describe('one-page: every question on one page; one-per-page: one question or case a page'),
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
        `${wrong} wrong ${wrong === 1 ? 'try' : 'tries'} × ${formatPercent(settings.penaltyPerTry)} penalty: ${formatPercent(last.fraction)} − ${formatPercent(wrong * settings.penaltyPerTry)} → ${formatPercent(penalised)}`,
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

  // Item points are kept to hundredths (`roundPoints`), so the total is their exact sum.
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
  const passed = pending ? null : passesMark(fraction, settings.passMark);
  const breakdown = items.map((i) => `${i.slot}: ${explainScore(i)}`);
  breakdown.push(
    `total ${formatPoints(points)} of ${formatPoints(maxPoints)} = ${formatPercent(fraction)}${pending ? ' (provisional: an answer is waiting to be graded)' : ''}${passed === null ? '' : passed ? ' — passed' : ` — below the pass mark of ${formatPercent(settings.passMark ?? 0)}`}`,
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

/** Whether a share reaches a pass mark: null when there is no pass mark. The one pass rule. */
export function passesMark(fraction: number, passMark: number | null): boolean | null {
  return passMark === null ? null : roundScore(fraction) >= roundScore(passMark);
}

/** A submitted attempt as the grade of its quiz sees it, with its own version's settings. */
export interface GradedAttempt {
  fraction: number;
  submittedAt: Date;
  /** Waiting for a grader: left out of the grade until graded. */
  pending: boolean;
  /** The grading method and pass mark of the quiz version the attempt is pinned to. */
  settings: Pick<AttemptSettings, 'grading' | 'passMark'>;
}

/** A learner's grade on a quiz. */
export interface QuizGrade {
  /** The grade (0–1), or null while no attempt is graded. */
  fraction: number | null;
  /** Against the pass mark; null without a pass mark or without a grade. */
  passed: boolean | null;
  method: GradingMethod;
  passMark: number | null;
  /** Attempts the grade is taken over (graded), and attempts still waiting for a grader. */
  counted: number;
  waiting: number;
}

/**
 * The one rule for a learner's grade on a quiz, which every surface shows (review, home, progress,
 * gradebook, score bands, at-risk): the attempts still waiting for a grader wait; the grading
 * method and pass mark are those of the version the learner's latest submitted attempt is pinned
 * to (an attempt keeps the settings it was taken under, and a regrade moves it to the version it
 * is scored on); the method is applied to the graded attempts (`overallGrade`).
 */
export function quizGrade(attempts: readonly GradedAttempt[]): QuizGrade {
  const latest = [...attempts].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())[0];
  const method = latest?.settings.grading ?? 'highest';
  const passMark = latest?.settings.passMark ?? null;
  const fraction = overallGrade(attempts, method);
  return {
    fraction,
    passed: fraction === null ? null : passesMark(fraction, passMark),
    method,
    passMark,
    counted: attempts.filter((a) => !a.pending).length,
    waiting: attempts.filter((a) => a.pending).length,
  };
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
 * How long an attempt may run: the time limit × the learner's multiplier (an accommodation, e.g.
 * 1.5 for extra time), in milliseconds; null when untimed.
 */
export function attemptDurationMs(settings: AttemptSettings, timeMultiplier = 1): number | null {
  if (settings.timeLimitSeconds === null) return null;
  if (!(timeMultiplier > 0))
    throw new RangeError(`time multiplier must be > 0, got ${timeMultiplier}`);
  return Math.round(settings.timeLimitSeconds * timeMultiplier * 1000);
}

/** When an attempt must end: its start + `attemptDurationMs`. null when untimed. */
export function attemptDeadline(
  startedAt: Date,
  settings: AttemptSettings,
  timeMultiplier = 1,
): Date | null {
  const duration = attemptDurationMs(settings, timeMultiplier);
  return duration === null ? null : new Date(startedAt.getTime() + duration);
}

/**
 * How long after its deadline a save or a check is still taken: the network's share of the last
 * second (a save sent at 0:00 arrives a moment later). Past it, the server refuses saves and
 * checks, and closes the attempt with what was saved.
 */
export const DEADLINE_GRACE_MS = 3000;

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

/** Tries a slot allows under the settings: `tries` in interactive mode, else one. */
export function triesAllowed(settings: AttemptSettings): number {
  return settings.behaviour === 'interactive' ? settings.tries : 1;
}

/**
 * Whether a learner may check this item during an attempt: only with immediate or interactive
 * feedback, and never an essay (a person grades it, so there is nothing to check and no try to
 * charge). Takes the item or its presentation: the runner asks the same question.
 */
export function isCheckable(item: { type: string }, settings: Pick<AttemptSettings, 'behaviour'>) {
  return settings.behaviour !== 'deferred' && item.type !== 'essay';
}

/**
 * A checked slot as the learner may see it during an interactive or immediate attempt, from its
 * stored tries: how many are used and left, whether it is finished (right, or out of tries), the
 * feedback and marks of the last try, the hint for the next one while it is not finished, and the
 * explanation and breakdown only once it is. The one rule for what a check reveals: `attempt.check`
 * answers with it, and a reload rebuilds it from the same tries.
 */
export interface SlotCheck {
  triesUsed: number;
  triesLeft: number;
  /** The last try was right. */
  right: boolean;
  finished: boolean;
  /** The slot's score so far (the penalty for wrong tries included). */
  points: number;
  maxPoints: number;
  /** Feedback and per-part marks of the last try. */
  feedback: string[];
  parts: Record<string, boolean>;
  /** The hint for the next try (after a wrong one), while the slot is not finished. */
  hint: string | null;
  penaltyPerTry: number;
  explanation: string | null;
  breakdown: string | null;
}

export function slotCheck(
  item: ItemDefinition,
  tries: readonly Try[],
  settings: AttemptSettings,
): Checked<SlotCheck> {
  if (tries.length === 0) return { ok: false, issues: [{ path: 'tries', message: 'no try yet' }] };
  const allowed = triesAllowed(settings);
  const plain = { ...settings, behaviour: 'deferred' as const, certaintyBased: false };
  const scored = scoreSlot(item, tries, settings);
  if (!scored.ok) return scored;
  const lastTry = tries.at(-1) as Try;
  const thisTry = scoreSlot(item, [lastTry], plain);
  if (!thisTry.ok) return thisTry;
  const right = thisTry.value.fraction >= 1;
  const triesLeft = Math.max(0, allowed - tries.length);
  const finished = right || triesLeft === 0;
  return {
    ok: true,
    value: {
      triesUsed: tries.length,
      triesLeft,
      right,
      finished,
      points: scored.value.points,
      maxPoints: scored.value.maxPoints,
      feedback: thisTry.value.feedback,
      parts: thisTry.value.parts,
      hint: finished ? null : (item.hints[tries.length - 1] ?? null),
      penaltyPerTry: settings.behaviour === 'interactive' ? settings.penaltyPerTry : 0,
      explanation: finished ? item.explanation : null,
      breakdown: finished ? explainScore(scored.value) : null,
    },
  };
}

/**
 * Whether one more try may be checked on a slot that has `tries` already: false once the slot is
 * finished (out of tries, or the last try was right) or the item is not checkable at all.
 */
export function mayCheckAgain(
  item: ItemDefinition,
  tries: readonly Try[],
  settings: AttemptSettings,
): { ok: true } | { ok: false; reason: 'not-checkable' | 'finished' } {
  if (!isCheckable(item, settings)) return { ok: false, reason: 'not-checkable' };
  if (tries.length === 0) return { ok: true };
  if (tries.length >= triesAllowed(settings)) return { ok: false, reason: 'finished' };
  const state = slotCheck(item, tries, settings);
  return state.ok && state.value.finished ? { ok: false, reason: 'finished' } : { ok: true };
}

/** Whether two tries gave the same answer (the same response and certainty). */
export function sameTry(a: Try | undefined, b: Try | undefined): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** A slot as saved during an attempt: the current answer, and the tries checked so far. */
export interface SavedSlot {
  response?: unknown;
  certainty?: Certainty;
  tries?: Try[];
}

/**
 * The tries a slot is scored on at submission. Without checked tries, the answer as saved (one
 * try). With checked tries, those — and the current answer as one more try when it was changed
 * after the last check while the slot was not finished, so an answer the learner gave and did not
 * check is scored (with the penalty of the wrong tries before it), never discarded, as Moodle's
 * interactive behaviour grades an unchecked answer at "submit all and finish".
 */
export function triesAtSubmission(
  item: ItemDefinition,
  saved: SavedSlot | undefined,
  settings: AttemptSettings,
): Try[] {
  if (!saved) return [];
  const current: Try | null =
    saved.response === null || saved.response === undefined
      ? null
      : { response: saved.response, ...(saved.certainty ? { certainty: saved.certainty } : {}) };
  const checked = saved.tries ?? [];
  if (checked.length === 0) return current ? [current] : [];
  if (!current || sameTry(current, checked.at(-1))) return checked;
  return mayCheckAgain(item, checked, settings).ok ? [...checked, current] : checked;
}
