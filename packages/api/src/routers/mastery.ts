import { objectives } from '@alliance/content';
import { getMastery } from '@alliance/db';
import { recallProbability } from '@alliance/quiz-engine';
import { z } from 'zod';
import { readMastery } from '../mastery';
import { reviewSession } from '../services/review';
import { type Context, createTRPCRouter, learnerProcedure } from '../trpc';

/** Every objective of the course with a learner's level, recall today and next review. */
export async function masteryOf(db: Context['db'], userId: string) {
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
