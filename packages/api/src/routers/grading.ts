import {
  countPendingEssays,
  getSubmittedAttempt,
  listPendingEssays,
  type StoredGrade,
  saveEssayGrade,
} from '@alliance/db';
import { gradeEssay, paperSlots } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { paperOf, type SavedAnswer, scoreSaved } from '../scoring';
import { afterRescore } from '../services/grades';
import { noticeEssayGraded } from '../services/notices';
import { createTRPCRouter, taught, taughtProcedure } from '../trpc';

const id = entityId;

const notFound = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'There is no such essay to grade.' });

/** The essay on a slot of a submitted attempt, with the paper it belongs to. */
async function essayAt(
  db: Parameters<typeof getSubmittedAttempt>[0],
  attemptId: string,
  slot: string,
  taughtBy: string | undefined,
) {
  const found = await getSubmittedAttempt(db, { attemptId, taughtBy });
  if (!found) throw notFound();
  const { paper, settings } = await paperOf(db, found.attempt);
  const placed = paperSlots(paper).find((s) => s.slot === slot);
  if (placed?.item.type !== 'essay') throw notFound();
  return { ...found, paper, settings, item: placed.item };
}

export const gradingRouter = createTRPCRouter({
  /** Essays waiting for a grader (oldest first), and how many wait per quiz. */
  queue: taughtProcedure
    .input(z.object({ quizId: id.optional(), itemId: id.optional() }))
    .query(async ({ ctx, input }) => ({
      essays: await listPendingEssays(ctx.db, { ...input, taughtBy: taught(ctx.user) }),
      quizzes: await countPendingEssays(ctx.db, { taughtBy: taught(ctx.user) }),
    })),

  /** One essay for grading: the question, its rubric, the learner's text, any grade so far. */
  essay: taughtProcedure
    .input(z.object({ attemptId: id, slot: z.string().min(1).max(32) }))
    .query(async ({ ctx, input }) => {
      const { attempt, learnerName, item } = await essayAt(
        ctx.db,
        input.attemptId,
        input.slot,
        taught(ctx.user),
      );
      const saved = (attempt.responses as Record<string, SavedAnswer | undefined>)[input.slot];
      const response = saved?.response as { text?: unknown } | null | undefined;
      const text = typeof response?.text === 'string' ? response.text : '';
      const grade = (attempt.grades as Record<string, StoredGrade | undefined>)[input.slot] ?? null;
      return {
        attemptId: attempt.id,
        slot: input.slot,
        learnerName,
        submittedAt: attempt.submittedAt,
        item: {
          id: item.id,
          prompt: item.prompt,
          points: item.points,
          rubric: item.rubric,
          minWords: item.minWords,
          maxWords: item.maxWords,
        },
        text,
        words: text.trim() ? text.trim().split(/\s+/).length : 0,
        grade,
      };
    }),

  /**
   * Grades one essay against its rubric (every criterion needs a level) and rescores the
   * attempt: when the last essay is graded the attempt's score stops being provisional and the
   * learner sees the grade and the comment in the review.
   */
  grade: taughtProcedure
    .input(
      z.object({
        attemptId: id,
        slot: z.string().min(1).max(32),
        levels: z.record(z.string().max(64), z.string().max(64)),
        comment: z.string().trim().max(5000).default(''),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const paperCache = await essayAt(ctx.db, input.attemptId, input.slot, taught(ctx.user));
      const { item } = paperCache;
      const checked = gradeEssay(item, { levels: input.levels, comment: input.comment });
      if (!checked.ok)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: checked.issues.map((i) => i.message).join('; '),
        });
      const updated = await saveEssayGrade(ctx.db, {
        attemptId: input.attemptId,
        slot: input.slot,
        grade: {
          levels: input.levels,
          comment: input.comment,
          graderId: ctx.user.id,
          graderName: ctx.user.name,
          gradedAt: new Date().toISOString(),
        },
        rescore(row) {
          // Versions are immutable, so the paper read above is the one the locked row is on —
          // unless a regrade moved the attempt in between, which rescoring would then miss.
          if (row.quizVersion !== paperCache.attempt.quizVersion)
            throw new TRPCError({
              code: 'CONFLICT',
              message: 'This attempt was regraded a moment ago. Open it again to grade it.',
            });
          const scored = scoreSaved(paperCache.paper, paperCache.settings, row);
          if (!scored.ok)
            throw new TRPCError({
              code: 'INTERNAL_SERVER_ERROR',
              message: 'This attempt’s answers cannot be scored again.',
            });
          return scored.value;
        },
        // Mastery and grades follow the new score; the learner hears the essay is graded.
        afterWrite: async (tx, changed) => {
          await afterRescore(tx, changed);
          await noticeEssayGraded(tx, ctx.links, changed);
        },
      });
      if (!updated) throw notFound();
      return { points: updated.points, maxPoints: updated.maxPoints, pending: updated.pending };
    }),
});
