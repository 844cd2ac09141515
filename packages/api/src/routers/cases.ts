import { MODULES } from '@alliance/content';
import { getCase, listCases, publishCase } from '@alliance/db';
import { parseQuiz, replaceCase, validateCase } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId, searchText } from '../ids';
import { createTRPCRouter, instructorProcedure } from '../trpc';

const caseId = entityId;

const definitionInput = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= 400_000, 'is too large (400 kB at most)');

export const casesRouter = createTRPCRouter({
  list: instructorProcedure
    .input(z.object({ q: searchText.optional() }).default({}))
    .query(({ ctx, input }) => listCases(ctx.db, input)),

  /** One case for its editor: the current definition, its checks, and every version. */
  get: instructorProcedure.input(z.object({ caseId })).query(async ({ ctx, input }) => {
    const found = await getCase(ctx.db, input);
    if (!found) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such case.' });
    return { ...found, issues: validateCase(found.definition).issues };
  }),

  /**
   * Publishes a case: checked by quiz-engine (every item validated, ids unique), stored as a
   * new version with its items in the bank, and every quiz holding it re-versioned.
   */
  publish: instructorProcedure
    .input(
      z.object({
        caseId,
        definition: definitionInput,
        moduleId: z
          .string()
          .refine((id) => MODULES.some((m) => m.slug === id), 'is not a module of the course')
          .nullable(),
        create: z.boolean().default(false),
        /** The version the editor opened; publishing over a newer one is refused. */
        baseVersion: z.number().int().min(1).nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const checked = validateCase({ ...input.definition, id: input.caseId });
      if (!checked.ok || !checked.definition)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Fix these before publishing: ${checked.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      const definition = checked.definition;
      const outcome = await publishCase(ctx.db, {
        caseId: input.caseId,
        moduleId: input.moduleId,
        create: input.create,
        baseVersion: input.baseVersion,
        actorId: ctx.user.id,
        definition,
        rebuildQuiz(stored) {
          const parsed = parseQuiz(stored);
          if (!parsed.ok) return null;
          const next = replaceCase(parsed.value, definition);
          return next.count ? next.quiz : null;
        },
      });
      if ('conflict' in outcome)
        throw new TRPCError({ code: 'CONFLICT', message: outcome.conflict });
      return outcome;
    }),
});
