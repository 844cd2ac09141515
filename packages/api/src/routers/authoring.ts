import { MODULES } from '@alliance/content';
import {
  applyRegrade,
  createItemDraft,
  definitionHash,
  getBankItem,
  listAttemptsBeforeVersion,
  listAudit,
  listBankItems,
  listCurrentQuizVersions,
  publishItem,
  type RegradeChange,
  saveItemDraft,
  setItemRetired,
} from '@alliance/db';
import {
  diffValues,
  ITEM_TYPES,
  type ItemDefinition,
  itemTemplate,
  paperLayout,
  paperSlots,
  parseCase,
  parseQuiz,
  replaceItem,
  statisticsFromSums,
  validateItem,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId } from '../ids';
import { gradesOf, paperOf, scoreSaved } from '../scoring';
import { afterRescore } from '../services/grades';
import { createTRPCRouter, instructorProcedure, taughtProcedure } from '../trpc';

const itemId = entityId;

/** A definition as the editor holds it: any JSON object, checked by quiz-engine, not by zod. */
const draftDefinition = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= 200_000, 'is too large (200 kB at most)');

const noItem = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such item.' });

/** Which quizzes hold an item, and what they become with a new definition of it. */
async function quizzesWith(
  db: Parameters<typeof listCurrentQuizVersions>[0],
  item: ItemDefinition,
) {
  const out: Array<{ quizId: string; title: string; version: number }> = [];
  for (const quiz of await listCurrentQuizVersions(db)) {
    const parsed = parseQuiz(quiz.definition);
    if (parsed.ok && replaceItem(parsed.value, item).count > 0)
      out.push({ quizId: quiz.quizId, title: quiz.title, version: quiz.version });
  }
  return out;
}

/**
 * Every submitted attempt on an older version of a quiz that holds the item, scored again on the
 * quiz's current version. Attempts whose paper would change (a draw came out differently) are
 * skipped and reported, never regraded onto different questions.
 */
async function regradePlan(
  db: Parameters<typeof listCurrentQuizVersions>[0],
  itemIdValue: string,
  taughtBy?: string,
) {
  const changes: Array<
    RegradeChange & {
      learnerName: string;
      learnerEmail: string;
      /** The caller may see who this is (an admin, or the learner's cohort's instructor). */
      visible: boolean;
      quizTitle: string;
      oldPoints: number | null;
      oldFraction: number | null;
    }
  > = [];
  let unchanged = 0;
  const skipped: Array<{ attemptId: string; why: string }> = [];
  for (const quiz of await listCurrentQuizVersions(db)) {
    const parsed = parseQuiz(quiz.definition);
    if (!parsed.ok) continue;
    const holds = [
      ...parsed.value.pool.items,
      ...parsed.value.pool.cases.flatMap((c) => c.items),
      ...parsed.value.sections.flatMap((s) =>
        s.entries.flatMap((e) =>
          e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
        ),
      ),
    ].some((i) => i.id === itemIdValue);
    if (!holds) continue;
    const rows = await listAttemptsBeforeVersion(db, {
      quizId: quiz.quizId,
      beforeVersion: quiz.version,
      taughtBy,
    });
    for (const { attempt, learnerName, learnerEmail, visible } of rows) {
      const before = await paperOf(db, attempt);
      if (!paperSlots(before.paper).some((s) => s.item.id === itemIdValue)) continue;
      const after = await paperOf(db, { ...attempt, quizVersion: quiz.version });
      if (paperLayout(before.paper) !== paperLayout(after.paper)) {
        skipped.push({
          attemptId: attempt.id,
          why: 'its paper would hold different questions on the current version',
        });
        continue;
      }
      // A grader's rubric choices must still fit the essay's rubric, or the grade would be lost.
      const grades = Object.keys((attempt.grades ?? {}) as object);
      if (grades.length !== Object.keys(gradesOf(after.paper, attempt.grades)).length) {
        skipped.push({
          attemptId: attempt.id,
          why: 'an essay grade no longer fits the rubric on the current version; grade it again',
        });
        continue;
      }
      // The attempt keeps the settings (behaviour, penalties, CBM) it was taken under.
      const scored = scoreSaved(after.paper, before.settings, attempt);
      if (!scored.ok) {
        skipped.push({
          attemptId: attempt.id,
          why: `its answers cannot be scored on the current version (${scored.issues[0]?.message ?? 'unknown'})`,
        });
        continue;
      }
      const next = scored.value;
      if (next.points === attempt.points && next.pending === attempt.pending) {
        unchanged++;
        continue;
      }
      changes.push({
        attemptId: attempt.id,
        fromVersion: attempt.quizVersion,
        toVersion: quiz.version,
        learnerName,
        learnerEmail,
        visible,
        quizTitle: quiz.title,
        oldPoints: attempt.points,
        oldFraction: attempt.fraction,
        gradesSeen: attempt.grades,
        ...next,
      });
    }
  }
  return { changes, unchanged, skipped };
}

export const authoringRouter = createTRPCRouter({
  /** The bank, filtered, with use and live statistics per item. */
  items: instructorProcedure
    .input(
      z.object({
        q: z.string().max(200).optional(),
        type: z.enum(ITEM_TYPES).optional(),
        tag: z.string().max(100).optional(),
        objective: z.string().max(200).optional(),
        lessonId: z.string().max(100).optional(),
        moduleId: z.string().max(100).optional(),
        status: z.enum(['draft', 'published', 'retired']).optional(),
        page: z.number().int().min(1).max(10_000).default(1),
      }),
    )
    .query(async ({ ctx, input }) => {
      const pageSize = 50;
      const { page, ...filter } = input;
      const result = await listBankItems(ctx.db, {
        ...filter,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      // The same statistics, definitions and units as the quiz's item analysis.
      const items = result.items.map(({ sums, ...item }) => {
        const stats = sums ? statisticsFromSums(sums) : null;
        return {
          ...item,
          facility: stats?.facility ?? null,
          discrimination: stats?.discrimination ?? null,
          statisticsReason: stats ? stats.reason : 'no answers yet',
        };
      });
      return { ...result, items, page, pageSize };
    }),

  /** One item for the editor: working definition, validation, versions, audit trail. */
  item: instructorProcedure.input(z.object({ itemId })).query(async ({ ctx, input }) => {
    const item = await getBankItem(ctx.db, input);
    if (!item) throw noItem();
    return {
      ...item,
      validation: validateItem(item.definition).issues,
      audit: await listAudit(ctx.db, { targetType: 'item', targetId: input.itemId }),
    };
  }),

  /** A new draft item of a type, from a valid starting point. */
  createItem: instructorProcedure
    .input(
      z.object({
        itemId,
        type: z.enum(ITEM_TYPES),
        moduleId: z
          .string()
          .refine((id) => MODULES.some((m) => m.slug === id), 'is not a module of the course')
          .nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const created = await createItemDraft(ctx.db, {
        itemId: input.itemId,
        type: input.type,
        moduleId: input.moduleId,
        definition: itemTemplate(input.type, input.itemId),
      });
      if (!created)
        throw new TRPCError({
          code: 'CONFLICT',
          message: `An item with the id “${input.itemId}” exists already. Choose another id.`,
        });
      return { itemId: input.itemId };
    }),

  /**
   * Keeps work in progress, valid or not, and says what is wrong with it. The id is the item's,
   * whatever the draft says.
   */
  saveDraft: instructorProcedure
    .input(z.object({ itemId, definition: draftDefinition }))
    .mutation(async ({ ctx, input }) => {
      const item = await getBankItem(ctx.db, { itemId: input.itemId });
      if (!item) throw noItem();
      const definition: Record<string, unknown> = { ...input.definition, id: input.itemId };
      if (item.currentVersion !== null && definition.type !== item.type)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `A published ${item.type} item cannot change its type; create a new item instead.`,
        });
      await saveItemDraft(ctx.db, { itemId: input.itemId, definition });
      return { issues: validateItem(definition).issues, savedAt: new Date() };
    }),

  /** Drops the draft: the editor goes back to the published version. */
  discardDraft: instructorProcedure.input(z.object({ itemId })).mutation(async ({ ctx, input }) => {
    const item = await getBankItem(ctx.db, input);
    if (!item) throw noItem();
    if (item.currentVersion === null)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'This item was never published, so there is nothing to go back to.',
      });
    await saveItemDraft(ctx.db, { itemId: input.itemId, definition: null });
    return { ok: true };
  }),

  /**
   * Publishes the draft as a new version, only if quiz-engine's validation (self-test included)
   * passes. Quizzes holding the item get a new version too; attempts already started keep theirs.
   */
  publish: instructorProcedure
    .input(z.object({ itemId, note: z.string().trim().max(500).optional() }))
    .mutation(async ({ ctx, input }) => {
      const item = await getBankItem(ctx.db, { itemId: input.itemId });
      if (!item) throw noItem();
      if (item.definition === null)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'There is nothing to publish.' });
      const validation = validateItem(item.definition);
      if (!validation.ok || !validation.definition)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `Fix these before publishing: ${validation.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        });
      const definition = validation.definition;
      const result = await publishItem(ctx.db, {
        itemId: input.itemId,
        draftSeen: item.draftUpdatedAt,
        actorId: ctx.user.id,
        note: input.note || null,
        definition,
        type: definition.type,
        objectives: definition.objectives,
        hash: definitionHash(definition),
        rebuildQuiz(stored) {
          const parsed = parseQuiz(stored);
          if (!parsed.ok) return null;
          const next = replaceItem(parsed.value, definition);
          return next.count ? next.quiz : null;
        },
        hashQuiz: (quiz, settings) => definitionHash({ definition: quiz, settings }),
        rebuildCase(stored) {
          const parsed = parseCase(stored);
          if (!parsed.ok || !parsed.value.items.some((i) => i.id === definition.id)) return null;
          return {
            ...parsed.value,
            items: parsed.value.items.map((i) => (i.id === definition.id ? definition : i)),
          };
        },
        hashCase: definitionHash,
      });
      if (!result) throw noItem();
      if ('refused' in result) throw new TRPCError({ code: 'CONFLICT', message: result.refused });
      return result;
    }),

  retire: instructorProcedure
    .input(
      z.object({ itemId, retired: z.boolean(), reason: z.string().trim().max(500).optional() }),
    )
    .mutation(async ({ ctx, input }) => {
      const done = await setItemRetired(ctx.db, {
        itemId: input.itemId,
        actorId: ctx.user.id,
        retired: input.retired,
        reason: input.reason || null,
      });
      if (!done)
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: input.retired
            ? 'Only a published item can be retired.'
            : 'Only a retired item can be brought back.',
        });
      return { ok: true };
    }),

  /** What changed between two versions of an item (or a version and the draft), path by path. */
  diff: instructorProcedure
    .input(
      z.object({
        itemId,
        from: z.number().int().min(1),
        to: z.union([z.number().int().min(1), z.literal('draft')]),
      }),
    )
    .query(async ({ ctx, input }) => {
      const item = await getBankItem(ctx.db, { itemId: input.itemId });
      if (!item) throw noItem();
      const from = item.versions.find((v) => v.version === input.from);
      const to =
        input.to === 'draft'
          ? item.draft
          : item.versions.find((v) => v.version === input.to)?.definition;
      if (!from || to === undefined || to === null)
        throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such version.' });
      return { changes: diffValues(from.definition, to) };
    }),

  /** Which quizzes hold the item now (what publishing it will re-version). */
  usage: instructorProcedure.input(z.object({ itemId })).query(async ({ ctx, input }) => {
    const item = await getBankItem(ctx.db, input);
    if (!item) throw noItem();
    const parsed = validateItem(item.definition);
    return parsed.definition ? quizzesWith(ctx.db, parsed.definition) : [];
  }),

  /** Every grade a regrade onto the current versions would change, before anything is written. */
  regradePreview: taughtProcedure.input(z.object({ itemId })).query(async ({ ctx, input }) => {
    const item = await getBankItem(ctx.db, input);
    if (!item) throw noItem();
    // Instructors see who only for the learners of cohorts they teach; the others are counted.
    const plan = await regradePlan(
      ctx.db,
      input.itemId,
      ctx.user.role === 'admin' ? undefined : ctx.user.id,
    );
    return {
      changes: plan.changes.map((c) => ({
        attemptId: c.attemptId,
        learnerName: c.visible ? c.learnerName : null,
        learnerEmail: c.visible ? c.learnerEmail : null,
        quizTitle: c.quizTitle,
        fromVersion: c.fromVersion,
        toVersion: c.toVersion,
        oldPoints: c.oldPoints,
        newPoints: c.points,
        maxPoints: c.maxPoints,
        oldFraction: c.oldFraction,
        newFraction: c.fraction,
      })),
      unchanged: plan.unchanged,
      skipped: plan.skipped,
    };
  }),

  /**
   * Applies the regrade the instructor previewed. The server scores again rather than trusting
   * the browser; if the set of changes differs from the preview (someone submitted or another
   * regrade ran in between), nothing is written and the instructor previews again.
   */
  regradeApply: instructorProcedure
    .input(
      z.object({
        itemId,
        reason: z.string().trim().min(3, 'say why, in a few words').max(500),
        expected: z.array(z.string().max(64)).max(100_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const plan = await regradePlan(ctx.db, input.itemId);
      const ids = plan.changes.map((c) => c.attemptId).sort();
      const expected = [...input.expected].sort();
      if (ids.length === 0)
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'No grade would change.' });
      if (ids.join() !== expected.join())
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'The grades to change are not the ones you previewed any more. Preview again.',
        });
      const outcome = await applyRegrade(ctx.db, {
        actorId: ctx.user.id,
        reason: input.reason,
        itemId: input.itemId,
        changes: plan.changes.map(
          ({ learnerName, learnerEmail, visible, quizTitle, oldPoints, oldFraction, ...change }) =>
            change,
        ),
        afterWrite: afterRescore,
      });
      if (!outcome.ok)
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'Some attempts changed while you were looking. Preview again.',
        });
      return { applied: outcome.applied };
    }),
});
