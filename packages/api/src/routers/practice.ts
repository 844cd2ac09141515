import { course } from '@alliance/content';
import { evidenceByObjective, explainScore, scoreItem } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { currentItems } from '../bank';
import { entityId } from '../ids';
import { applyEvidence } from '../mastery';
import { createTRPCRouter, learnerProcedure } from '../trpc';
import { itemsLockedByOpenAssessments, lockedMessage } from './attempt';

const itemId = entityId;

/** Items placed in lessons as checks of understanding: the only ones checked outside a quiz. */
const EXERCISES = new Set(
  course.modules.flatMap((m) => m.lessons.flatMap((lesson) => lesson.exercises)),
);

export const practiceRouter = createTRPCRouter({
  /**
   * Checks a learner's answer to a check-your-understanding item: scored on the server, then
   * the feedback, explanation and breakdown the learner has earned by answering.
   */
  check: learnerProcedure
    .input(z.object({ itemId, response: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      // Any other item may sit on an assessment: checking it here would give its key away.
      const item = EXERCISES.has(input.itemId)
        ? (await currentItems(ctx.db, [input.itemId])).get(input.itemId)
        : undefined;
      const entry = item && { item };
      if (!entry)
        throw new TRPCError({ code: 'NOT_FOUND', message: `There is no item "${input.itemId}".` });
      if ((await itemsLockedByOpenAssessments(ctx.db, ctx.user.id)).has(entry.item.id)) {
        throw new TRPCError({ code: 'FORBIDDEN', message: lockedMessage });
      }
      const result = scoreItem(entry.item, input.response);
      if (!result.ok) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `This answer cannot be checked: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      }
      const score = result.value;
      if (!score.pending) {
        // A check of understanding is practice: it schedules reviews, and can raise a level.
        await applyEvidence(ctx.db, {
          userId: ctx.user.id,
          evidence: evidenceByObjective([
            {
              objectives: entry.item.objectives,
              // A penalised wrong answer (below 0) is evidence of not knowing: 0, not less.
              fraction: Math.max(0, score.fraction),
              maxPoints: score.maxPoints,
            },
          ]),
          kind: 'practice',
          at: new Date(),
        });
      }
      return {
        fraction: score.fraction,
        points: score.points,
        maxPoints: score.maxPoints,
        pending: score.pending,
        parts: score.parts,
        feedback: score.feedback,
        breakdown: explainScore(score),
        explanation: entry.item.explanation,
      };
    }),
});
