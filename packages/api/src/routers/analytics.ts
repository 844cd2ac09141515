import { COURSE_ID } from '@alliance/content';
import { lessonCompletionCounts } from '@alliance/db';
import { z } from 'zod';
import { entityId } from '../ids';
import { quizItemAnalysis } from '../item-analysis';
import { createTRPCRouter, instructorProcedure } from '../trpc';

export const analyticsRouter = createTRPCRouter({
  /** How many learners completed each lesson, and how many learners there are. */
  lessonCompletions: instructorProcedure.query(({ ctx }) =>
    lessonCompletionCounts(ctx.db, { courseId: COURSE_ID }),
  ),

  /**
   * Item analysis of one quiz, live: from rollups that every submission, regrade and grade moves
   * in its own transaction — per item facility, SD, discrimination and distractor frequencies,
   * per case the same of the case score, and the test's mean, SD and Cronbach's alpha, with
   * flags for what needs attention (flagged items first).
   */
  itemAnalysis: instructorProcedure
    .input(z.object({ quizId: entityId }))
    .query(({ ctx, input }) => quizItemAnalysis(ctx.db, input)),
});
