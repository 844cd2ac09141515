import { COURSE_ID, findLesson, lessonCode } from '@alliance/content';
import { currentQuizVersion, getCourseOutline, listQuizzes } from '@alliance/db';
import { attemptSettingsSchema, createRng, presentItem } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { currentItems } from '../bank';
import { lessonSlug } from '../ids';
import { createTRPCRouter, learnerProcedure, publicProcedure } from '../trpc';

export const courseRouter = createTRPCRouter({
  /** The quizzes learners can take (published in apps/admin or from the course files). */
  quizzes: learnerProcedure.query(async ({ ctx }) =>
    (await listQuizzes(ctx.db)).map(({ quizId, title, kind, moduleId }) => ({
      quizId,
      title,
      kind,
      moduleId,
    })),
  ),

  /** One quiz's title, kind and current attempt settings, for its page. */
  quiz: learnerProcedure
    .input(z.object({ quizId: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const current = await currentQuizVersion(ctx.db, input);
      if (!current) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such quiz.' });
      return {
        quizId: current.quizId,
        title: current.title,
        kind: current.kind,
        moduleId: current.moduleId,
        settings: attemptSettingsSchema.parse(current.settings),
      };
    }),

  /** Modules and lessons in order (titles and summaries, no bodies). */
  outline: publicProcedure.query(async ({ ctx }) => {
    const outline = await getCourseOutline(ctx.db, { courseId: COURSE_ID });
    if (!outline) {
      throw new TRPCError({
        code: 'NOT_FOUND',
        message: 'The course has not been seeded yet: run `pnpm db:seed`.',
      });
    }
    return outline;
  }),

  /** One lesson's body with its module and neighbours, for signed-in learners. */
  lesson: learnerProcedure.input(z.object({ slug: lessonSlug })).query(async ({ ctx, input }) => {
    const found = findLesson(input.slug);
    if (!found)
      throw new TRPCError({ code: 'NOT_FOUND', message: `There is no lesson "${input.slug}".` });
    const { lesson, module, previous, next } = found;
    return {
      slug: lesson.slug,
      title: lesson.title,
      summary: lesson.summary,
      minutes: lesson.minutes,
      objectives: lesson.objectives,
      beyondSource: lesson.beyondSource,
      /** The lesson compiled at build time; render it with getMDXComponent. */
      code: lessonCode(lesson.slug) ?? '',
      module: { slug: module.slug, title: module.title },
      previous: previous && { slug: previous.slug, title: previous.title },
      next: next && { slug: next.slug, title: next.title },
      /**
       * Each check-your-understanding item as the learner sees it (no key), from its current
       * published version, options in a fixed order per item.
       */
      exercises: Object.fromEntries(
        [...(await currentItems(ctx.db, lesson.exercises))].map(([id, item]) => [
          id,
          presentItem(item, createRng(`exercise:${id}`)),
        ]),
      ),
    };
  }),
});
