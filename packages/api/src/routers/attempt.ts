import { z } from 'zod';
import { entityId } from '../ids';
import { checkedAnswer, savedAnswer } from '../scoring';
import {
  attemptOverview,
  checkAnswer,
  getOwnAttempt,
  reviewAttempt,
  saveAnswers,
  startAttempt,
  submit,
} from '../services/attempts';
import { createTRPCRouter, learnerProcedure, ownAttemptProcedure } from '../trpc';

const id = entityId;

export const attemptRouter = createTRPCRouter({
  /**
   * A quiz's start page for the learner: how it runs for them (time limit with their
   * accommodation, attempts used and left, grading, pass mark), the attempt in progress, past
   * attempts and the grade so far. Reads only: nothing starts here.
   */
  overview: learnerProcedure
    .input(z.object({ quizId: id }))
    .query(({ ctx, input }) => attemptOverview(ctx.db, ctx.user, input.quizId)),

  /**
   * Starts an attempt on purpose, or resumes the learner's attempt in progress: the server
   * assembles the paper from a stored seed and returns the presentation only — no key, fraction
   * or feedback. `attemptNumber` is the attempt the learner chose to start (see the service).
   */
  start: learnerProcedure
    .input(
      z.object({ quizId: id, attemptNumber: z.number().int().positive().max(1000).optional() }),
    )
    .mutation(({ ctx, input }) => startAttempt(ctx.db, ctx.user, input)),

  /**
   * An attempt as its learner may see it (a reload, a second device): the paper, their answers
   * and flags, and what their checks told them; `state` says whether it is still open.
   */
  get: ownAttemptProcedure
    .input(z.object({ attemptId: id }))
    .query(({ ctx, input }) => getOwnAttempt(ctx.db, ctx.user, input.attemptId)),

  /**
   * Autosave. Each save carries a sequence number higher than the last; a stale one (another
   * tab saved in between) is refused with CONFLICT instead of overwriting. Answers that cannot
   * be read are named in `rejected` and do not stop the others.
   */
  save: ownAttemptProcedure
    .input(
      z.object({
        attemptId: id,
        sequence: z.number().int().positive().max(2_000_000_000),
        responses: z
          .record(z.string().max(32), savedAnswer)
          .refine((r) => Object.keys(r).length <= 200, 'too many answers at once'),
      }),
    )
    .mutation(({ ctx, input }) => saveAnswers(ctx.db, ctx.user, input)),

  /**
   * Checks one answer during an interactive or immediate attempt: scores this try on the
   * server, records it, and returns the feedback the policy allows — a hint and the tries left
   * while the learner can still try, the explanation and breakdown once the item is finished.
   */
  check: ownAttemptProcedure
    .input(
      z.object({
        attemptId: id,
        slot: z.string().min(1).max(32),
        sequence: z.number().int().positive().max(2_000_000_000),
        answer: checkedAnswer,
      }),
    )
    .mutation(({ ctx, input }) => checkAnswer(ctx.db, ctx.user, input)),

  /**
   * Submits and scores on the server. Idempotent: a double click or a retry returns the same
   * result. After the deadline, what was saved before it is what counts.
   */
  submit: ownAttemptProcedure
    .input(z.object({ attemptId: id }))
    .mutation(({ ctx, input }) =>
      submit(ctx.db, { attemptId: input.attemptId, userId: ctx.user.id }),
    ),

  /**
   * The review, once submitted (never before): per item the learner's answer, the key, the
   * feedback earned, the worked explanation and the score breakdown, plus the attempt's total.
   */
  review: ownAttemptProcedure
    .input(z.object({ attemptId: id }))
    .query(({ ctx, input }) => reviewAttempt(ctx.db, ctx.user, input.attemptId)),
});
