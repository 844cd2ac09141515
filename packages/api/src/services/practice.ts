import { course } from '@alliance/content';
import { type Database, listExerciseAnswers, saveExerciseAnswer } from '@alliance/db';
import { evidenceByObjective, explainScore, scoreItem } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { currentItemVersions } from '../bank';
import { refuse } from '../errors';
import { itemsLockedByOpenAssessments, lockedMessage } from './attempts';
import { applyEvidence } from './mastery';
import { CHECKABLE_OUTSIDE_ATTEMPTS } from './review';

/** Items placed in lessons as checks of understanding (their answers are kept per learner). */
export const EXERCISES = new Set(
  course.modules.flatMap((m) => m.lessons.flatMap((lesson) => lesson.exercises)),
);

/** What a check of understanding tells the learner who answered it. */
export interface ExerciseResult {
  fraction: number;
  points: number;
  maxPoints: number;
  pending: boolean;
  parts: Record<string, boolean>;
  feedback: string[];
  breakdown: string;
  explanation: string;
}

/**
 * Checks a learner's answer to a lesson's check of understanding or a review item (one of
 * `CHECKABLE_OUTSIDE_ATTEMPTS`): scored on the server (on the
 * item's current published version), kept with its result so a reload shows both again, and
 * counted as practice for mastery.
 */
export async function checkExercise(
  db: Database,
  user: { id: string },
  { itemId, response }: { itemId: string; response: unknown },
): Promise<ExerciseResult> {
  // Any other item may sit on an assessment: checking it here would give its key away.
  const found = CHECKABLE_OUTSIDE_ATTEMPTS.has(itemId)
    ? (await currentItemVersions(db, [itemId])).get(itemId)
    : undefined;
  if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: `There is no item "${itemId}".` });
  const { item, version } = found;
  if ((await itemsLockedByOpenAssessments(db, user.id)).has(item.id))
    throw refuse('FORBIDDEN', 'locked', lockedMessage);
  const scored = scoreItem(item, response);
  if (!scored.ok)
    throw refuse(
      'BAD_REQUEST',
      'invalid-answer',
      `This answer cannot be checked: ${scored.issues.map((i) => (i.path === 'text' ? i.message : `${i.path}: ${i.message}`)).join('; ')}`,
    );
  const score = scored.value;
  const result: ExerciseResult = {
    fraction: score.fraction,
    points: score.points,
    maxPoints: score.maxPoints,
    pending: score.pending === true,
    parts: score.parts,
    feedback: score.feedback,
    breakdown: explainScore(score),
    explanation: item.explanation,
  };
  await saveExerciseAnswer(db, { userId: user.id, itemId, itemVersion: version, response, result });
  if (!score.pending) {
    // A check of understanding is practice: it schedules reviews, and can raise a level.
    await applyEvidence(db, {
      userId: user.id,
      evidence: evidenceByObjective([
        {
          objectives: item.objectives,
          // A penalised wrong answer (below 0) is evidence of not knowing: 0, not less.
          fraction: Math.max(0, score.fraction),
          maxPoints: score.maxPoints,
        },
      ]),
      kind: 'practice',
      at: new Date(),
    });
  }
  return result;
}

/**
 * The learner's checked answers to a lesson's exercises, with what each check said, for the
 * lesson page after a reload. An item now locked by an open assessment keeps its answer but not
 * its result (that would explain an item of the assessment).
 */
export async function savedExercises(
  db: Database,
  user: { id: string },
  { itemIds }: { itemIds: readonly string[] },
) {
  const ids = itemIds.filter((id) => EXERCISES.has(id));
  const [rows, locked] = await Promise.all([
    listExerciseAnswers(db, { userId: user.id, itemIds: ids }),
    itemsLockedByOpenAssessments(db, user.id),
  ]);
  const saved: Record<
    string,
    { response: unknown; result: ExerciseResult | null; checkedAt: Date | null; locked: boolean }
  > = {};
  // A check that sits on an open assessment says so before it is tried, and keeps what it said
  // to itself until that assessment is submitted.
  for (const id of ids)
    if (locked.has(id))
      saved[id] = { response: undefined, result: null, checkedAt: null, locked: true };
  for (const row of rows)
    saved[row.itemId] = {
      response: row.response,
      result: locked.has(row.itemId) ? null : (row.result as ExerciseResult),
      checkedAt: row.checkedAt,
      locked: locked.has(row.itemId),
    };
  return saved;
}
