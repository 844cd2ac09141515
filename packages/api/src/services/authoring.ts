import {
  applyRegrade,
  type Database,
  getBankItem,
  listAttemptsBeforeVersion,
  listCurrentQuizVersions,
  publishItem,
  type RegradeChange,
} from '@alliance/db';
import {
  type ItemDefinition,
  paperLayout,
  paperSlots,
  parseCase,
  parseQuiz,
  replaceItem,
  validateItem,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { gradesOf, paperOf, scoreSaved } from '../scoring';
import type { AppLinks } from '../trpc';
import { afterRescore } from './grades';
import { noticeGradeChanged } from './notices';

/**
 * Authoring's rules between the procedures and the queries: publishing an item's draft (and the
 * quizzes and cases that hold it with it), and regrading the attempts an item's new version
 * scores differently — previewed grade by grade, then applied only as previewed.
 */

type User = { id: string; role: string };

const noItem = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such item.' });

/** Which quizzes hold an item, and what they become with a new definition of it. */
export async function quizzesWith(db: Database, item: ItemDefinition) {
  const out: Array<{ quizId: string; title: string; version: number }> = [];
  for (const quiz of await listCurrentQuizVersions(db)) {
    const parsed = parseQuiz(quiz.definition);
    if (parsed.ok && replaceItem(parsed.value, item).count > 0)
      out.push({ quizId: quiz.quizId, title: quiz.title, version: quiz.version });
  }
  return out;
}

/**
 * Every submitted attempt on an older version of a quiz that holds the item, scored again on the
 * quiz's current version. Attempts whose paper would change (a draw came out differently) are
 * skipped and reported, never regraded onto different questions.
 */
async function regradePlan(db: Database, itemIdValue: string, taughtBy?: string) {
  const changes: Array<
    RegradeChange & {
      learnerName: string;
      learnerEmail: string;
      /** The caller may see who this is (an admin, or the learner's cohort's instructor). */
      visible: boolean;
      quizTitle: string;
      oldPoints: number | null;
      oldFraction: number | null;
    }
  > = [];
  let unchanged = 0;
  const skipped: Array<{ attemptId: string; why: string }> = [];
  for (const quiz of await listCurrentQuizVersions(db)) {
    const parsed = parseQuiz(quiz.definition);
    if (!parsed.ok) continue;
    const holds = [
      ...parsed.value.pool.items,
      ...parsed.value.pool.cases.flatMap((c) => c.items),
      ...parsed.value.sections.flatMap((s) =>
        s.entries.flatMap((e) =>
          e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
        ),
      ),
    ].some((i) => i.id === itemIdValue);
    if (!holds) continue;
    const rows = await listAttemptsBeforeVersion(db, {
      quizId: quiz.quizId,
      beforeVersion: quiz.version,
      taughtBy,
    });
    for (const { attempt, learnerName, learnerEmail, visible } of rows) {
      const before = await paperOf(db, attempt);
      if (!paperSlots(before.paper).some((s) => s.item.id === itemIdValue)) continue;
      const after = await paperOf(db, { ...attempt, quizVersion: quiz.version });
      if (paperLayout(before.paper) !== paperLayout(after.paper)) {
        skipped.push({
          attemptId: attempt.id,
          why: 'its paper would hold different questions on the current version',
        });
        continue;
      }
      // A grader's rubric choices must still fit the essay's rubric, or the grade would be lost.
      const grades = Object.keys((attempt.grades ?? {}) as object);
      if (grades.length !== Object.keys(gradesOf(after.paper, attempt.grades)).length) {
        skipped.push({
          attemptId: attempt.id,
          why: 'an essay grade no longer fits the rubric on the current version; grade it again',
        });
        continue;
      }
      // The attempt keeps the settings (behaviour, penalties, CBM) it was taken under.
      const scored = scoreSaved(after.paper, before.settings, attempt);
      if (!scored.ok) {
        skipped.push({
          attemptId: attempt.id,
          why: `its answers cannot be scored on the current version (${scored.issues[0]?.message ?? 'unknown'})`,
        });
        continue;
      }
      const next = scored.value;
      if (next.points === attempt.points && next.pending === attempt.pending) {
        unchanged++;
        continue;
      }
      changes.push({
        attemptId: attempt.id,
        fromVersion: attempt.quizVersion,
        toVersion: quiz.version,
        learnerName,
        learnerEmail,
        visible,
        quizTitle: quiz.title,
        oldPoints: attempt.points,
        oldFraction: attempt.fraction,
        gradesSeen: attempt.grades,
        ...next,
      });
    }
  }
  return { changes, unchanged, skipped };
}

/**
 * Publishes the draft as a new version, only if quiz-engine's validation (self-test included)
 * passes. Quizzes holding the item get a new version too; attempts already started keep theirs.
 */
export async function publishDraft(
  db: Database,
  user: User,
  input: { itemId: string; note?: string | undefined },
) {
  const item = await getBankItem(db, { itemId: input.itemId });
  if (!item) throw noItem();
  if (item.definition === null)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'There is nothing to publish.' });
  const validation = validateItem(item.definition);
  if (!validation.ok || !validation.definition)
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `Fix these before publishing: ${validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    });
  const definition = validation.definition;
  const result = await publishItem(db, {
    itemId: input.itemId,
    draftSeen: item.draftUpdatedAt,
    actorId: user.id,
    note: input.note || null,
    definition,
    type: definition.type,
    objectives: definition.objectives,
    rebuildQuiz(stored) {
      const parsed = parseQuiz(stored);
      if (!parsed.ok) return null;
      const next = replaceItem(parsed.value, definition);
      return next.count ? next.quiz : null;
    },
    rebuildCase(stored) {
      const parsed = parseCase(stored);
      if (!parsed.ok || !parsed.value.items.some((i) => i.id === definition.id)) return null;
      return {
        ...parsed.value,
        items: parsed.value.items.map((i) => (i.id === definition.id ? definition : i)),
      };
    },
  });
  if (!result) throw noItem();
  if ('refused' in result) throw new TRPCError({ code: 'CONFLICT', message: result.refused });
  return result;
}

/** Every grade a regrade onto the current versions would change, before anything is written. */
export async function regradePreview(db: Database, user: User, itemId: string) {
  const item = await getBankItem(db, { itemId });
  if (!item) throw noItem();
  // Instructors see who only for the learners of cohorts they teach; the others are counted.
  const plan = await regradePlan(db, itemId, user.role === 'admin' ? undefined : user.id);
  return {
    changes: plan.changes.map((c) => ({
      attemptId: c.attemptId,
      learnerName: c.visible ? c.learnerName : null,
      learnerEmail: c.visible ? c.learnerEmail : null,
      quizTitle: c.quizTitle,
      fromVersion: c.fromVersion,
      toVersion: c.toVersion,
      oldPoints: c.oldPoints,
      newPoints: c.points,
      maxPoints: c.maxPoints,
      oldFraction: c.oldFraction,
      newFraction: c.fraction,
    })),
    unchanged: plan.unchanged,
    skipped: plan.skipped,
  };
}

/**
 * Applies the regrade the instructor previewed. The server scores again rather than trusting
 * the browser; if the set of changes differs from the preview (someone submitted or another
 * regrade ran in between), nothing is written and the instructor previews again.
 */
export async function regradeApply(
  db: Database,
  user: User,
  input: { itemId: string; reason: string; expected: string[] },
  links?: AppLinks,
) {
  const plan = await regradePlan(db, input.itemId);
  const ids = plan.changes.map((c) => c.attemptId).sort();
  const expected = [...input.expected].sort();
  if (ids.length === 0)
    throw new TRPCError({ code: 'BAD_REQUEST', message: 'No grade would change.' });
  if (ids.join() !== expected.join())
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'The grades to change are not the ones you previewed any more. Preview again.',
    });
  const visible = new Set(plan.changes.filter((c) => c.visible).map((c) => c.attemptId));
  const outcome = await applyRegrade(db, {
    actorId: user.id,
    reason: input.reason,
    itemId: input.itemId,
    changes: plan.changes.map(
      ({ learnerName, learnerEmail, visible, quizTitle, oldPoints, oldFraction, ...change }) =>
        change,
    ),
    // Mastery and grades follow the new scores; learners who see their scores hear of it.
    afterWrite: async (tx, changed) => {
      await afterRescore(tx, changed);
      await noticeGradeChanged(tx, links, changed, visible);
    },
  });
  if (!outcome.ok)
    throw new TRPCError({
      code: 'CONFLICT',
      message: 'Some attempts changed while you were looking. Preview again.',
    });
  return { applied: outcome.applied };
}
