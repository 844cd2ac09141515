import { COURSE_ID } from '@alliance/content';
import { lessonCompletionCounts, quizItemSums } from '@alliance/db';
import { statisticsFromSums } from '@alliance/quiz-engine';
import { z } from 'zod';
import { entityId } from '../ids';
import { createTRPCRouter, instructorProcedure } from '../trpc';

export const analyticsRouter = createTRPCRouter({
  /** How many learners completed each lesson, and how many learners there are. */
  lessonCompletions: instructorProcedure.query(({ ctx }) =>
    lessonCompletionCounts(ctx.db, { courseId: COURSE_ID }),
  ),

  /**
   * Item analysis of one quiz, live: each item's answers, facility, SD and discrimination from
   * the item_stats rollup (moved by every submission, regrade and grade), with flags for items
   * that need attention, those first.
   */
  itemAnalysis: instructorProcedure
    .input(z.object({ quizId: entityId }))
    .query(async ({ ctx, input }) => {
      const rows = (await quizItemSums(ctx.db, input)).map((row) => ({
        itemId: row.itemId,
        type: row.type,
        prompt: row.prompt,
        ...statisticsFromSums(row.sums),
      }));
      return rows.sort(
        (a, b) => b.flags.length - a.flags.length || a.itemId.localeCompare(b.itemId),
      );
    }),
});
