import { z } from 'zod';
import { entityId } from '../ids';
import { checkExercise, savedExercises } from '../services/practice';
import { createTRPCRouter, learnerProcedure } from '../trpc';

export const practiceRouter = createTRPCRouter({
  /**
   * Checks a learner's answer to a check-your-understanding item: scored on the server, then
   * the feedback, explanation and breakdown the learner has earned by answering.
   */
  check: learnerProcedure
    .input(z.object({ itemId: entityId, response: z.unknown() }))
    .mutation(({ ctx, input }) => checkExercise(ctx.db, ctx.user, input)),

  /** The caller's checked answers to these exercises (a lesson's), with what each check said. */
  saved: learnerProcedure
    .input(z.object({ itemIds: z.array(entityId).max(50) }))
    .query(({ ctx, input }) => savedExercises(ctx.db, ctx.user, input)),
});
