import { objectives, standaloneItems } from '@alliance/content';
import { getMastery } from '@alliance/db';
import { createRng, recallProbability, reviewQueue } from '@alliance/quiz-engine';
import { z } from 'zod';
import { readMastery } from '../mastery';
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
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const states = (await getMastery(ctx.db, { userId: ctx.user.id })).map((row) =>
        readMastery(row.objectiveId, row.state, now),
      );
      const due = reviewQueue(states, now, input.size).filter((s) => new Date(s.fsrs.due) <= now);
      const day = now.toISOString().slice(0, 10);
      return due.flatMap((state) => {
        const candidates = standaloneItems.filter(
          (i) => i.item.objectives.includes(state.objectiveId) && i.item.type !== 'essay',
        );
        const pick =
          candidates[
            createRng(`${ctx.user.id}:${state.objectiveId}:${day}`).int(
              Math.max(1, candidates.length),
            )
          ];
        const objective = objectives.find((o) => o.id === state.objectiveId);
        return pick && objective
          ? [
              {
                objectiveId: state.objectiveId,
                objective: objective.text,
                level: state.level,
                recall: recallProbability(state, now),
                itemId: pick.item.id,
              },
            ]
          : [];
      });
    }),
});
