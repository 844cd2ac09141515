import { getAttempt, learnerGrades, listAttemptRegrades } from '@alliance/db';
import {
  type AttemptResult,
  explainScore,
  moduleOf,
  paperSlots,
  presentPaper,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { checkedAnswer, paperOf, savedAnswer } from '../scoring';
import {
  attemptOverview,
  checkAnswer,
  getOwnAttempt,
  saveAnswers,
  startAttempt,
  submit,
} from '../services/attempts';
import { createTRPCRouter, learnerProcedure, ownAttemptProcedure } from '../trpc';

const id = entityId;

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such attempt.' });

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
  review: ownAttemptProcedure.input(z.object({ attemptId: id })).query(async ({ ctx, input }) => {
    const row = await getAttempt(ctx.db, { attemptId: input.attemptId, userId: ctx.user.id });
    if (!row) throw notFound();
    if (row.state !== 'submitted' || !row.result) {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'The review opens once the attempt is submitted.',
      });
    }
    const { paper, settings } = await paperOf(ctx.db, row);
    const result = row.result as AttemptResult;
    const scores = new Map(result.items.map((i) => [i.slot, i]));
    // What the quiz's review options allow; a grader's comment on an essay is always shown.
    const saved = row.responses as Record<string, z.infer<typeof savedAnswer>>;
    return {
      attemptId: row.id,
      quizId: row.quizId,
      presentation: presentPaper(paper),
      items: paperSlots(paper).map(({ slot, item }) => {
        const score = scores.get(slot);
        return {
          slot,
          response: saved[slot]?.response ?? null,
          key: settings.reviewShowsKey ? moduleOf(item).keyResponse(item) : null,
          explanation: settings.reviewShowsFeedback ? item.explanation : '',
          feedback:
            settings.reviewShowsFeedback || item.type === 'essay' ? (score?.feedback ?? []) : [],
          // Right/wrong marks per part, and the worked breakdown, would give the key away.
          parts: settings.reviewShowsKey ? (score?.parts ?? {}) : {},
          points: score?.points ?? 0,
          maxPoints: score?.maxPoints ?? item.points,
          pending: score?.pending ?? false,
          breakdown: score && settings.reviewShowsKey ? explainScore(score) : '',
        };
      }),
      total: {
        points: row.points,
        maxPoints: row.maxPoints,
        fraction: row.fraction,
        pending: row.pending,
        lines: settings.reviewShowsKey ? result.breakdown : result.breakdown.slice(-1),
      },
      submittedAt: row.submittedAt,
      reason: row.submitReason,
      /** The learner's grade on the quiz now, over all their attempts (the stored quizGrade). */
      grade: (await learnerGrades(ctx.db, { userId: ctx.user.id })).get(row.quizId) ?? null,
      /** Regrades after a key was fixed: when, why, and the points before and after. */
      regrades: await listAttemptRegrades(ctx.db, { attemptId: row.id }),
    };
  }),
});
