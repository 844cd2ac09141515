import {
  allGradedAttempts,
  type Database,
  gradedAttempts,
  quizzesById,
  type Rescored,
  type RescoreTx,
  replaceQuizGrades,
  type StoredQuizGrade,
  saveQuizGrade,
} from '@alliance/db';
import {
  type AttemptResult,
  evidenceByObjective,
  type GradedAttempt,
  paperSlots,
  type QuizGrade,
  quizGrade,
} from '@alliance/quiz-engine';
import { loadVersion, paperOf } from '../scoring';
import { applyEvidence } from './mastery';

/**
 * Every learner's grade on every quiz is quiz-engine's `quizGrade` of their submitted attempts,
 * each with its own version's settings. It is stored (`learner_quiz_grades`) by every write that
 * changes a score — a submission, an essay graded, a regrade — in that write's transaction, and
 * the gradebook, the score bands and the at-risk list read it there.
 */

type Tx = Parameters<typeof saveQuizGrade>[0] & Parameters<typeof gradedAttempts>[0];

const stored = (grade: QuizGrade): StoredQuizGrade => ({
  fraction: grade.fraction,
  passed: grade.passed,
  method: grade.method,
  counted: grade.counted,
  waiting: grade.waiting,
});

/** The attempts with the settings of the versions they are pinned to (parsed once per process). */
async function withSettings(
  db: Pick<Database, 'select'>,
  quizId: string,
  rows: Array<{ fraction: number; submittedAt: Date; pending: boolean; quizVersion: number }>,
): Promise<GradedAttempt[]> {
  return Promise.all(
    rows.map(async (row) => ({
      fraction: row.fraction,
      submittedAt: row.submittedAt,
      pending: row.pending,
      settings: (await loadVersion(db, quizId, row.quizVersion)).settings,
    })),
  );
}

/** A learner's grade on a quiz, from their submitted attempts as they are now. */
export async function gradeOf(db: Pick<Database, 'select'>, userId: string, quizId: string) {
  return quizGrade(await withSettings(db, quizId, await gradedAttempts(db, { userId, quizId })));
}

/** Recomputes and stores a learner's grade on a quiz; call it inside the scoring write's transaction. */
export async function refreshQuizGrade(tx: Tx, userId: string, quizId: string) {
  const grade = await gradeOf(tx, userId, quizId);
  await saveQuizGrade(tx, { userId, quizId, grade: stored(grade) });
  return grade;
}

/** Recomputes every stored grade from the attempts (after a bulk load, or to repair). */
export async function rebuildQuizGrades(db: Database) {
  const byLearnerQuiz = new Map<
    string,
    { userId: string; quizId: string; rows: Parameters<typeof withSettings>[2] }
  >();
  for (const row of await allGradedAttempts(db)) {
    const key = `${row.user_id}\u0000${row.quiz_id}`;
    const entry = byLearnerQuiz.get(key) ?? { userId: row.user_id, quizId: row.quiz_id, rows: [] };
    entry.rows.push({
      fraction: Number(row.fraction),
      submittedAt: new Date(row.submitted_at),
      pending: row.pending,
      quizVersion: Number(row.quiz_version),
    });
    byLearnerQuiz.set(key, entry);
  }
  const grades = [];
  for (const { userId, quizId, rows } of byLearnerQuiz.values())
    grades.push({ userId, quizId, ...stored(quizGrade(await withSettings(db, quizId, rows))) });
  await replaceQuizGrades(db, grades);
  return grades.length;
}

/**
 * After attempts were rescored in place (an essay graded, a regrade applied), in the same
 * transaction: each learner's grade on the quiz is stored again, and the items whose score
 * changed — an essay now graded, a key fixed — enter their objectives' mastery as evidence of
 * the quiz's kind, so mastery moves with the correction.
 */
export async function afterRescore(tx: RescoreTx, changed: readonly Rescored[]) {
  const quizzes = await quizzesById(tx, [...new Set(changed.map((c) => c.row.quizId))]);
  for (const { row, before } of changed) {
    await refreshQuizGrade(tx, row.userId, row.quizId);
    const was = new Map(before.map((b) => [b.slot, b]));
    const { paper } = await paperOf(tx, row);
    const items = new Map(paperSlots(paper).map((s) => [s.slot, s.item]));
    const moved = (row.result as AttemptResult).items.filter((i) => {
      const old = was.get(i.slot);
      return !i.pending && (!old || old.pending || Math.abs(old.fraction - i.fraction) > 1e-9);
    });
    const evidence = evidenceByObjective(
      moved.map((i) => ({
        objectives: items.get(i.slot)?.objectives ?? [],
        fraction: Math.max(0, i.fraction),
        maxPoints: i.maxPoints,
      })),
    );
    await applyEvidence(tx, {
      userId: row.userId,
      evidence,
      kind: quizzes.get(row.quizId)?.kind === 'final' ? 'unit-test' : 'quiz',
      at: new Date(),
    });
  }
}
