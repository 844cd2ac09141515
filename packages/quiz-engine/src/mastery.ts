/**
 * Mastery per learning objective: a Khan Academy-style mastery level plus an FSRS memory model
 * (via ts-fsrs) that says how likely the learner is to recall the objective now and when it
 * should next be reviewed.
 *
 * Pure: every function takes `now`/`at` from the caller, and the stored state is plain JSON
 * (dates as ISO-8601 strings) so it can live in a Postgres jsonb column.
 */
import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { z } from 'zod';

/** Mastery levels, lowest first (Khan Academy's names). */
export const MASTERY_LEVELS = [
  'not-started',
  'attempted',
  'familiar',
  'proficient',
  'mastered',
] as const;

/** One of {@link MASTERY_LEVELS}. */
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/**
 * What kind of assessment produced the evidence, and how it maps onto Khan Academy's activities:
 *
 * - `practice`: a single-objective exercise (Khan "exercise" / practice). Scored by its share
 *   correct; it can raise the level up to `proficient` but never lowers it.
 * - `quiz`: a mixed-objective check in the middle of a unit (Khan "quiz"). Moves the level one
 *   step up or down; it can reach `proficient` but not `mastered`.
 * - `unit-test`: a mixed-objective test at the end of a unit or course (Khan "unit test" and
 *   "course challenge"). Moves the level one step up or down, and is the only way to `mastered`.
 */
export const ASSESSMENT_KINDS = ['practice', 'quiz', 'unit-test'] as const;

/** One of {@link ASSESSMENT_KINDS}. */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** One assessment's outcome for one objective. */
export interface MasteryEvent {
  kind: AssessmentKind;
  /** Share of this objective's questions (points-weighted) answered correctly, in [0, 1]. */
  fraction: number;
}

/** Share correct at or above which practice counts as Familiar (Khan: "70%-99%"). */
export const FAMILIAR_THRESHOLD = 0.7;

/**
 * Tolerance for floating-point drift in computed fractions (e.g. 0.1 * 7 = 0.7000000000000001,
 * or a points-weighted 0.6999999999999999): a fraction within this of a threshold counts as
 * reaching it. Far below any real score difference (69.9% is still below 70%).
 */
const EPSILON = 1e-9;

const rank = (level: MasteryLevel): number => MASTERY_LEVELS.indexOf(level);

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function levelAt(index: number): MasteryLevel {
  const clamped = Math.min(Math.max(index, 0), MASTERY_LEVELS.length - 1);
  return MASTERY_LEVELS[clamped] ?? 'not-started';
}

function assertFraction(fraction: number, what = 'fraction'): void {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
    throw new RangeError(`${what} must be a number in [0, 1] (got ${fraction})`);
  }
}

function assertDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${what} must be a valid Date`);
  }
}

/**
 * The mastery level after one assessment, as a pure state machine.
 *
 * Source: Khan Academy Help Center, "How do Khan Academy's Mastery levels work?"
 * (https://support.khanacademy.org/hc/en-us/articles/5548760867853), with the quiz / unit-test
 * split from "What is Unit Mastery?"
 * (https://khanacademy.zendesk.com/hc/en-us/articles/115002552631): "Mastered: get a proficient
 * skill correct in the unit test"; levels "go up (or down, if you miss questions in a quiz or
 * unit test)".
 *
 * `practice` (Khan exercise): the score's band is < 70% Attempted, 70%-99% Familiar, 100%
 * Proficient; the new level is the higher of the current level and that band (an exercise
 * never lowers a level and never reaches Mastered).
 *
 * `quiz` and `unit-test` (Khan's mixed-skill assessments): "correctly answered" means every
 * question on this objective was right (fraction = 1); anything less has "missed questions".
 * - all correct: Not Started or Attempted → Familiar; Familiar → Proficient;
 *   Proficient → Mastered on a `unit-test` only (a `quiz` leaves it Proficient);
 *   Mastered stays Mastered.
 * - missed: Not Started, Attempted or Familiar → Attempted; Proficient → Familiar;
 *   Mastered → Proficient.
 *
 * Not modelled: Khan's whole-quiz "100% on a quiz → Proficient" (events here are per objective)
 * and Mastery Challenges (2 questions per skill, one right and one wrong leaves the level).
 *
 * @throws RangeError if `fraction` is not in [0, 1].
 */
export function nextMasteryLevel(current: MasteryLevel, event: MasteryEvent): MasteryLevel {
  assertFraction(event.fraction);
  const perfect = event.fraction >= 1 - EPSILON;
  if (event.kind === 'practice') {
    let band: MasteryLevel = 'attempted';
    if (perfect) band = 'proficient';
    else if (event.fraction >= FAMILIAR_THRESHOLD - EPSILON) band = 'familiar';
    return rank(band) > rank(current) ? band : current;
  }
  if (perfect) {
    if (current === 'not-started' || current === 'attempted') return 'familiar';
    if (current === 'proficient' && event.kind === 'quiz') return 'proficient';
    return levelAt(rank(current) + 1);
  }
  if (current === 'proficient' || current === 'mastered') return levelAt(rank(current) - 1);
  return 'attempted';
}

/**
 * The FSRS rating for a share correct. FSRS treats Hard, Good and Easy as "recalled" and Again as
 * "forgotten", and its maintainers advise mapping a plain correct / wrong answer to Good / Again
 * (open-spaced-repetition/free-spaced-repetition-scheduler#42) and never using Hard for a
 * failure (open-spaced-repetition/fsrs4anki#559). So, with Khan's 70% pass line:
 * - fraction < 0.7 → Again (not recalled; Khan would call this Attempted)
 * - 0.7 ≤ fraction < 1 → Hard (recalled, with mistakes)
 * - fraction = 1 → Good (recalled). Easy is never given: a score cannot tell "effortless" apart
 *   from "correct", and Easy would stretch intervals on that guess.
 *
 * @throws RangeError if `fraction` is not in [0, 1].
 */
export function ratingForFraction(fraction: number): Grade {
  assertFraction(fraction);
  if (fraction >= 1 - EPSILON) return Rating.Good;
  if (fraction >= FAMILIAR_THRESHOLD - EPSILON) return Rating.Hard;
  return Rating.Again;
}

/** ts-fsrs card states by name, as stored. */
export const FSRS_STATES = ['New', 'Learning', 'Review', 'Relearning'] as const;

const isoDate = z.iso.datetime();
const nonNegativeInt = z.number().int().nonnegative();

/** Schema of {@link StoredCard}: ts-fsrs's `Card` as plain JSON. */
export const storedCardSchema = z.object({
  due: isoDate,
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  /** ts-fsrs marks `elapsed_days` deprecated; it is kept so a round trip is lossless. */
  elapsedDays: z.number().nonnegative(),
  scheduledDays: z.number().nonnegative(),
  learningSteps: nonNegativeInt,
  reps: nonNegativeInt,
  lapses: nonNegativeInt,
  state: z.enum(FSRS_STATES),
  lastReview: isoDate.nullable(),
});

/** ts-fsrs's `Card` as JSON: camelCase fields, ISO-8601 dates, the state by name. */
export type StoredCard = z.infer<typeof storedCardSchema>;

/** Per-objective mastery as stored (plain JSON). */
export interface ObjectiveMastery {
  objectiveId: string;
  level: MasteryLevel;
  /** FSRS memory state of this objective; convert with {@link toFsrsCard}. */
  fsrs: StoredCard;
  /** How many pieces of evidence have been recorded. */
  attempts: number;
  /** The fraction of the latest evidence, or null before any. */
  lastScore: number | null;
  /** ISO-8601 time of the latest evidence (or of creation). */
  updatedAt: string;
}

/** Schema of {@link ObjectiveMastery}, for validating what comes back from storage. */
export const objectiveMasterySchema = z.object({
  objectiveId: z.string().min(1),
  level: z.enum(MASTERY_LEVELS),
  fsrs: storedCardSchema,
  attempts: nonNegativeInt,
  lastScore: z.number().min(0).max(1).nullable(),
  updatedAt: isoDate,
}) satisfies z.ZodType<ObjectiveMastery>;

/** Converts ts-fsrs's `Card` to its stored JSON form. */
export function fromFsrsCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FSRS_STATES[card.state] ?? 'New',
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** Converts a stored card back to ts-fsrs's `Card`. */
export function toFsrsCard(stored: StoredCard): Card {
  const card: Card = {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: State[stored.state],
  };
  if (stored.lastReview !== null) card.last_review = new Date(stored.lastReview);
  return card;
}

/**
 * The scheduler: ts-fsrs defaults (FSRS-6 weights, 90% desired retention) with fuzz off so the
 * same inputs always give the same dates, and short-term (minute) learning steps off, because an
 * objective is reviewed by a later quiz, not within minutes, so every interval is in days.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A fresh, never-assessed objective. */
export function initialMastery(objectiveId: string, now: Date): ObjectiveMastery {
  assertDate(now, 'now');
  if (objectiveId.length === 0) throw new RangeError('objectiveId must not be empty');
  return {
    objectiveId,
    level: 'not-started',
    fsrs: fromFsrsCard(createEmptyCard(now)),
    attempts: 0,
    lastScore: null,
    updatedAt: now.toISOString(),
  };
}

/** One assessment's evidence about one objective. */
export interface MasteryEvidence extends MasteryEvent {
  /** When the assessment was scored. Must not be before the state's `updatedAt`. */
  at: Date;
}

/**
 * Records one assessment of the objective: moves the level with {@link nextMasteryLevel} and
 * reviews the FSRS card with the rating from {@link ratingForFraction}. Returns a new state.
 *
 * @throws RangeError if `fraction` is not in [0, 1], or `at` is invalid or earlier than
 *   `state.updatedAt` (record evidence in time order).
 */
export function recordEvidence(
  state: ObjectiveMastery,
  evidence: MasteryEvidence,
): ObjectiveMastery {
  assertFraction(evidence.fraction);
  assertDate(evidence.at, 'evidence.at');
  if (evidence.at.getTime() < Date.parse(state.updatedAt)) {
    throw new RangeError(
      `evidence at ${evidence.at.toISOString()} is earlier than the state (${state.updatedAt})`,
    );
  }
  const { card } = scheduler.next(
    toFsrsCard(state.fsrs),
    evidence.at,
    ratingForFraction(evidence.fraction),
  );
  return {
    objectiveId: state.objectiveId,
    level: nextMasteryLevel(state.level, evidence),
    fsrs: fromFsrsCard(card),
    attempts: state.attempts + 1,
    lastScore: evidence.fraction,
    updatedAt: evidence.at.toISOString(),
  };
}

/**
 * FSRS retrievability at `now`: the modelled probability, in [0, 1], that the learner would
 * recall the objective. 0 before any evidence; 1 at (or before) the latest review.
 */
export function recallProbability(state: ObjectiveMastery, now: Date): number {
  assertDate(now, 'now');
  if (state.fsrs.reps === 0) return 0;
  const r = scheduler.get_retrievability(toFsrsCard(state.fsrs), now, false);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}

/** When FSRS schedules the next review (the card's `due`). */
export function nextReview(state: ObjectiveMastery): Date {
  return new Date(state.fsrs.due);
}

/**
 * Objectives to review, most urgent first: those due at `now` before those not yet due, then
 * lowest recall probability first, then earliest due, then by objective id. Objectives with no
 * evidence yet are left out (there is nothing to recall; they are for learning, not review).
 * The input is not modified.
 *
 * @param limit at most this many (default: all).
 */
export function reviewQueue(
  states: readonly ObjectiveMastery[],
  now: Date,
  limit = Number.POSITIVE_INFINITY,
): ObjectiveMastery[] {
  assertDate(now, 'now');
  if (Number.isNaN(limit) || limit < 0) {
    throw new RangeError(`limit must be a non-negative number (got ${limit})`);
  }
  const at = now.getTime();
  const ranked = states
    .filter((state) => state.fsrs.reps > 0)
    .map((state) => {
      const dueAt = Date.parse(state.fsrs.due);
      return { state, isDue: dueAt <= at, recall: recallProbability(state, now), dueAt };
    });
  ranked.sort(
    (a, b) =>
      Number(b.isDue) - Number(a.isDue) ||
      a.recall - b.recall ||
      a.dueAt - b.dueAt ||
      compareIds(a.state.objectiveId, b.state.objectiveId),
  );
  return ranked.slice(0, limit).map((entry) => entry.state);
}

/** One scored item of an attempt, for {@link evidenceByObjective}. */
export interface ItemEvidence {
  /** Objective ids the item assesses (duplicates count once). */
  objectives: readonly string[];
  /** Share of the item's points earned, in [0, 1]. */
  fraction: number;
  /** The item's weight; items worth 0 points carry no evidence. */
  maxPoints: number;
}

/**
 * Aggregates one attempt's item results into the points-weighted share correct per objective:
 * sum(fraction × maxPoints) / sum(maxPoints) over the items assessing it. Objectives appear in
 * order of first mention; one assessed only by 0-point items is left out.
 *
 * @throws RangeError if a fraction is not in [0, 1] or maxPoints is negative or not finite.
 */
export function evidenceByObjective(items: readonly ItemEvidence[]): Map<string, number> {
  const totals = new Map<string, { earned: number; possible: number }>();
  for (const item of items) {
    assertFraction(item.fraction, 'item fraction');
    if (!Number.isFinite(item.maxPoints) || item.maxPoints < 0) {
      throw new RangeError(`maxPoints must be a finite number ≥ 0 (got ${item.maxPoints})`);
    }
    if (item.maxPoints === 0) continue;
    for (const objectiveId of new Set(item.objectives)) {
      const total = totals.get(objectiveId) ?? { earned: 0, possible: 0 };
      total.earned += item.fraction * item.maxPoints;
      total.possible += item.maxPoints;
      totals.set(objectiveId, total);
    }
  }
  const result = new Map<string, number>();
  for (const [objectiveId, { earned, possible }] of totals) {
    result.set(objectiveId, Math.min(1, earned / possible));
  }
  return result;
}
