import {
  learnerEnrollments,
  learnerGrades,
  listSubmittedAttempts,
  setLessonCompleted,
  setLessonPosition,
  startLesson,
} from '@alliance/db';
import { shiftDays } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { lessonSlug } from '../ids';
import { progressOf } from '../services/progress';
import { createTRPCRouter, learnerProcedure } from '../trpc';

const notFound = (slug: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `There is no lesson "${slug}".` });

export const progressRouter = createTRPCRouter({
  /** The caller's progress through the course: overall, per module, and per lesson. */
  mine: learnerProcedure.query(({ ctx }) => progressOf(ctx.db, ctx.user.id)),

  /** The learner's enrollment dates, with their due date moved by any accommodation. */
  schedule: learnerProcedure.query(async ({ ctx }) =>
    (await learnerEnrollments(ctx.db, { userId: ctx.user.id })).map((e) => ({
      cohort: e.name,
      opensAt: e.opensAt,
      dueAt: shiftDays(e.dueAt, e.shiftDays),
      extraDays: e.shiftDays,
    })),
  ),

  /** Records that the caller opened a lesson. */
  start: learnerProcedure
    .input(z.object({ lessonId: lessonSlug }))
    .mutation(async ({ ctx, input }) => {
      const ok = await startLesson(ctx.db, { userId: ctx.user.id, lessonId: input.lessonId });
      if (!ok) throw notFound(input.lessonId);
      return { lessonId: input.lessonId };
    }),

  /** Marks a lesson complete for the caller, or takes that back. */
  setCompleted: learnerProcedure
    .input(z.object({ lessonId: lessonSlug, completed: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const row = await setLessonCompleted(ctx.db, { userId: ctx.user.id, ...input });
      if (!row) throw notFound(input.lessonId);
      return row;
    }),

  /**
   * The caller's grade on each quiz they submitted (as stored by every scoring write: the one
   * rule, quiz-engine's quizGrade), for the outline, the progress page and the review.
   */
  grades: learnerProcedure.query(async ({ ctx }) =>
    [...(await learnerGrades(ctx.db, { userId: ctx.user.id })).values()].map((g) => ({
      quizId: g.quizId,
      fraction: g.fraction,
      passed: g.passed,
      method: g.method,
      waiting: g.waiting,
    })),
  ),

  /** The learner's submitted attempts, oldest first, for the results-over-time chart. */
  quizHistory: learnerProcedure.query(({ ctx }) =>
    listSubmittedAttempts(ctx.db, { userId: ctx.user.id }),
  ),

  /** Remembers how far down a lesson the learner has read (sent every few seconds while reading). */
  position: learnerProcedure
    .input(z.object({ lessonId: lessonSlug, position: z.number().min(0).max(1) }))
    .mutation(async ({ ctx, input }) => {
      const ok = await setLessonPosition(ctx.db, { userId: ctx.user.id, ...input });
      if (!ok) throw notFound(input.lessonId);
      return { ok };
    }),
});
