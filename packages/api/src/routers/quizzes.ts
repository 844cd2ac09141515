import { MODULES } from '@alliance/content';
import { currentQuizVersion, listQuizzes, publishQuiz } from '@alliance/db';
import { parseQuiz, specFromQuiz } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { resolveQuizForPublish } from '../services/quizzes';
import { createTRPCRouter, instructorProcedure } from '../trpc';

const quizId = entityId;

/** A spec as the builder holds it: checked by quiz-engine (issues at their fields), not by zod. */
const specInput = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= 200_000, 'is too large (200 kB at most)');
const moduleId = z
  .string()
  .refine((id) => MODULES.some((m) => m.slug === id), 'is not a module of the course')
  .nullable();

export const quizzesRouter = createTRPCRouter({
  list: instructorProcedure.query(({ ctx }) => listQuizzes(ctx.db)),

  /** A quiz opened in the builder: its current version as a spec, pool listed by id. */
  get: instructorProcedure.input(z.object({ quizId })).query(async ({ ctx, input }) => {
    const current = await currentQuizVersion(ctx.db, input);
    if (!current) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such quiz.' });
    const parsed = parseQuiz(current.definition);
    if (!parsed.ok)
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'This quiz’s stored version cannot be read.',
      });
    let spec: ReturnType<typeof specFromQuiz>;
    try {
      spec = specFromQuiz(
        parsed.value,
        current.settings,
        current.kind === 'final' ? 'final' : 'practice',
      );
    } catch {
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'This quiz is larger than the builder can open (50 sections, 500 entries each).',
      });
    }
    return { quizId: current.quizId, version: current.version, moduleId: current.moduleId, spec };
  }),

  /**
   * Resolves a spec against the bank as published now and says what is wrong, how many
   * distinct papers its draws allow, and which draws are too small. Writes nothing (a POST
   * only because a spec can outgrow a URL).
   */
  check: instructorProcedure
    .input(z.object({ quizId, spec: specInput }))
    .mutation(async ({ ctx, input }) => {
      const result = await resolveQuizForPublish(ctx.db, input.quizId, input.spec);
      return {
        ok: result.ok,
        issues: result.issues,
        papers: result.papers ?? null,
        slots: result.quiz
          ? result.quiz.sections.reduce(
              (n, s) =>
                n +
                s.entries.reduce(
                  (m, e) =>
                    m + (e.kind === 'item' ? 1 : e.kind === 'case' ? e.case.items.length : e.count),
                  0,
                ),
              0,
            )
          : 0,
      };
    }),

  /** Publishes the spec as the quiz's next version (or version 1 of a new quiz). */
  publish: instructorProcedure
    .input(
      z.object({
        quizId,
        spec: specInput,
        moduleId,
        create: z.boolean().default(false),
        /** The version the builder opened; publishing over a newer one is refused. */
        baseVersion: z.number().int().min(1).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await resolveQuizForPublish(ctx.db, input.quizId, input.spec);
      if (!result.ok || !result.quiz || !result.spec)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Fix these before publishing: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      const outcome = await publishQuiz(ctx.db, {
        quizId: input.quizId,
        title: result.spec.title,
        kind: result.spec.kind,
        moduleId: input.moduleId,
        definition: result.quiz,
        settings: result.spec.settings,
        actorId: ctx.user.id,
        create: input.create,
        baseVersion: input.baseVersion,
      });
      if ('conflict' in outcome)
        throw new TRPCError({ code: 'CONFLICT', message: outcome.conflict });
      return outcome;
    }),
});
