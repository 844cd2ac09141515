import { z } from 'zod';
import { masteryOf } from '../services/mastery';
import { reviewSession } from '../services/review';
import { createTRPCRouter, learnerProcedure } from '../trpc';

export const masteryRouter = createTRPCRouter({
  /** Every objective of the course with the learner's level, recall today and next review. */
  mine: learnerProcedure.query(({ ctx }) => masteryOf(ctx.db, ctx.user.id)),

  /**
   * Today's review session: the objectives due (least remembered first) and, for each, one item
   * from the bank to practise it — a different one each day.
   */
  reviewSession: learnerProcedure
    .input(z.object({ size: z.number().int().min(1).max(20).default(5) }).default({ size: 5 }))
    .query(({ ctx, input }) => reviewSession(ctx.db, ctx.user, input)),
});
