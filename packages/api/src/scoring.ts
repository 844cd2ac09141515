import {
  type AttemptRow,
  type Database,
  getAttempt,
  quizVersion,
  type StoredGrade,
  type SubmissionScore,
} from '@alliance/db';
import {
  type AttemptSettings,
  assemblePaper,
  attemptSettingsSchema,
  CERTAINTIES,
  type Checked,
  gradeEssay,
  type ItemDefinition,
  optionPicks,
  type Paper,
  paperSlots,
  parseQuiz,
  type QuizDefinition,
  type RawScore,
  type SavedSlot,
  scoreAttempt,
  type Try,
  triesAtSubmission,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/**
 * Scoring a stored attempt, shared by submission, manual grading and regrades, so all three
 * give the same score for the same answers.
 */

/** An answer sent to be checked: the response in the item type's shape, a certainty under CBM. */
export const checkedAnswer = z.object({
  response: z.unknown(),
  certainty: z.enum(CERTAINTIES).optional(),
});

/**
 * An answer sent to be saved: as checked, plus whether the learner flagged the question for
 * later, and `base` — the sequence number of the last save the sender had seen when the answer
 * was made. A slot written by a later save (another tab, another device) keeps what it holds: a
 * stale answer is never applied (see `saveResponses`).
 */
export const savedAnswer = checkedAnswer.extend({
  flagged: z.boolean().optional(),
  base: z.number().int().min(0).max(2_000_000_000),
});
export type CheckedAnswer = z.infer<typeof checkedAnswer>;
export type SavedAnswer = z.infer<typeof savedAnswer> & {
  /** Checked tries (interactive and immediate behaviours), written by attempt.check only. */
  tries?: Array<{ response: unknown; certainty?: (typeof CERTAINTIES)[number] }>;
};

// Quiz versions never change once written, so each is read and parsed once per process, not on
// every autosave. Bounded: the oldest entry goes when the map is full.
const versions = new Map<string, { quiz: QuizDefinition; settings: AttemptSettings }>();
const VERSION_CACHE_SIZE = 200;

/** A stored quiz version, parsed (cached per process). */
export async function loadVersion(db: Pick<Database, 'select'>, quizId: string, version: number) {
  const key = `${quizId}@${version}`;
  const cached = versions.get(key);
  if (cached) return cached;
  const stored = await quizVersion(db, { quizId, version });
  const quiz = stored && parseQuiz(stored.definition);
  if (!stored || !quiz?.ok) {
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'This attempt’s quiz version cannot be read.',
    });
  }
  const entry = { quiz: quiz.value, settings: attemptSettingsSchema.parse(stored.settings) };
  if (versions.size >= VERSION_CACHE_SIZE) versions.delete(versions.keys().next().value ?? '');
  versions.set(key, entry);
  return entry;
}

// What never changes about an attempt once started — whose it is, its quiz version and its seed —
// is kept per process after one read, so an autosave is one statement (its update checks the
// owner and the state again). Bounded: the oldest entry goes when the map is full.
type Pinned = Pick<AttemptRow, 'id' | 'userId' | 'quizId' | 'quizVersion' | 'seed'>;
const pins = new Map<string, Pinned>();
const PIN_CACHE_SIZE = 20_000;

/** Remembers an attempt's pinned paper (after a read that proved it is its learner's). */
export function rememberAttempt({ id, userId, quizId, quizVersion, seed }: Pinned) {
  if (pins.has(id)) return;
  if (pins.size >= PIN_CACHE_SIZE) pins.delete(pins.keys().next().value ?? '');
  pins.set(id, { id, userId, quizId, quizVersion, seed });
}

/** The learner's own attempt's pinned paper, from memory or the database; null if not theirs. */
export async function pinnedAttempt(
  db: Database,
  { attemptId, userId }: { attemptId: string; userId: string },
): Promise<Pinned | null> {
  const known = pins.get(attemptId);
  if (known) return known.userId === userId ? known : null;
  const row = await getAttempt(db, { attemptId, userId });
  if (row) rememberAttempt(row);
  return row;
}

/** The paper and settings an attempt was started with (its pinned quiz version). */
export async function paperOf(
  db: Pick<Database, 'select'>,
  row: Pick<AttemptRow, 'quizId' | 'quizVersion' | 'seed'>,
) {
  const { quiz, settings } = await loadVersion(db, row.quizId, row.quizVersion);
  return { paper: assemblePaper(quiz, row.seed), settings };
}

/** Slot → the tries it is scored on at submission (quiz-engine's `triesAtSubmission`). */
function triesOf(
  paper: Paper,
  settings: AttemptSettings,
  responses: unknown,
): Record<string, Try[]> {
  const saved = (responses ?? {}) as Record<string, SavedSlot | undefined>;
  const tries: Record<string, Try[]> = {};
  for (const { slot, item } of paperSlots(paper)) {
    const answer = Object.hasOwn(saved, slot) ? saved[slot] : undefined;
    const scored = triesAtSubmission(item, answer, settings);
    if (scored.length) tries[slot] = scored;
  }
  return tries;
}

/** Graders' rubric choices as raw scores, for the essays of this paper that have one. */
export function gradesOf(paper: Paper, grades: unknown): Record<string, RawScore> {
  const stored = (grades ?? {}) as Record<string, StoredGrade | undefined>;
  const raw: Record<string, RawScore> = {};
  for (const { slot, item } of paperSlots(paper)) {
    const grade = Object.hasOwn(stored, slot) ? stored[slot] : undefined;
    if (!grade || item.type !== 'essay') continue;
    const scored = gradeEssay(item, { levels: grade.levels, comment: grade.comment });
    if (scored.ok) raw[slot] = scored.value;
  }
  return raw;
}

/** What the last try on a slot picked (what the score was given for); see `optionPicks`. */
function picksOf(item: ItemDefinition | undefined, tries: Try[] | undefined): string[] | null {
  return item ? optionPicks(item, tries?.at(-1)?.response) : null;
}

/** The scores of an attempt as saved (responses and grades), ready to store. */
export function scoreSaved(
  paper: Paper,
  settings: AttemptSettings,
  row: Pick<AttemptRow, 'responses' | 'grades'>,
): Checked<Omit<SubmissionScore, 'reason'>> {
  const tries = triesOf(paper, settings, row.responses);
  const scored = scoreAttempt(paper, tries, settings, gradesOf(paper, row.grades));
  if (!scored.ok) return scored;
  const result = scored.value;
  const items = new Map(paperSlots(paper).map((s) => [s.slot, s.item]));
  return {
    ok: true,
    value: {
      points: result.points,
      maxPoints: result.maxPoints,
      fraction: result.fraction,
      pending: result.pending,
      result,
      items: result.items.map((i) => ({
        slot: i.slot,
        itemId: i.itemId,
        caseId: i.caseId,
        fraction: i.fraction,
        points: i.points,
        maxPoints: i.maxPoints,
        pending: i.pending === true,
        picks: picksOf(items.get(i.slot), tries[i.slot]),
      })),
    },
  };
}
