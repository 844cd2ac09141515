import { objectives } from '@alliance/content';
import { type Database, getMastery, saveMastery } from '@alliance/db';
import {
  type AssessmentKind,
  initialMastery,
  nextReview,
  type ObjectiveMastery,
  objectiveMasterySchema,
  recallProbability,
  recordEvidence,
} from '@alliance/quiz-engine';

/** Reads a stored state; a row that no longer parses starts over rather than failing a submit. */
export function readMastery(objectiveId: string, state: unknown, now: Date): ObjectiveMastery {
  const parsed = objectiveMasterySchema.safeParse(state);
  return parsed.success ? (parsed.data as ObjectiveMastery) : initialMastery(objectiveId, now);
}

/**
 * Applies one piece of evidence per objective (share right, 0–1) to the learner's mastery: the
 * Khan-style level and the FSRS schedule, written back in one statement.
 */
export async function applyEvidence(
  db: Pick<Database, 'select' | 'execute'>,
  {
    userId,
    evidence,
    kind,
    at,
  }: { userId: string; evidence: Map<string, number>; kind: AssessmentKind; at: Date },
) {
  if (evidence.size === 0) return;
  const stored = await getMastery(db, { userId, objectiveIds: [...evidence.keys()] });
  const current = new Map(
    stored.map((row) => [row.objectiveId, readMastery(row.objectiveId, row.state, at)]),
  );
  const records = [...evidence].map(([objectiveId, fraction]) => {
    const before = current.get(objectiveId) ?? initialMastery(objectiveId, at);
    // Evidence must not predate the last update (clocks of two app servers may differ a little).
    const when = new Date(Math.max(at.getTime(), new Date(before.updatedAt).getTime()));
    const after = recordEvidence(before, {
      fraction: Math.min(1, Math.max(0, fraction)),
      kind,
      at: when,
    });
    return { objectiveId, level: after.level, due: nextReview(after), state: after };
  });
  await saveMastery(db, { userId, records });
}

/** Every objective of the course with a learner's level, recall today and next review. */
export async function masteryOf(db: Pick<Database, 'select'>, userId: string) {
  const now = new Date();
  const stored = new Map(
    (await getMastery(db, { userId: userId })).map((row) => [
      row.objectiveId,
      readMastery(row.objectiveId, row.state, now),
    ]),
  );
  return objectives.map((objective) => {
    const state = stored.get(objective.id);
    return {
      id: objective.id,
      text: objective.text,
      lesson: objective.lesson,
      module: objective.module,
      level: state?.level ?? 'not-started',
      recall: state ? recallProbability(state, now) : null,
      nextReview: state && state.attempts > 0 ? new Date(state.fsrs.due) : null,
    };
  });
}
