import { COURSE_ID } from '@alliance/content';
import { lessonCompletionCounts } from '@alliance/db';
import { createTRPCRouter, instructorProcedure } from '../trpc';

export const analyticsRouter = createTRPCRouter({
  /** How many learners completed each lesson, and how many learners there are. */
  lessonCompletions: instructorProcedure.query(({ ctx }) =>
    lessonCompletionCounts(ctx.db, { courseId: COURSE_ID }),
  ),
});
