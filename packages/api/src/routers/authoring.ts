import { MODULES } from '@alliance/content';
import {
  createItemDraft,
  getBankItem,
  listAudit,
  listBankItems,
  saveItemDraft,
  setItemRetired,
} from '@alliance/db';
import {
  diffValues,
  ITEM_TYPES,
  itemTemplate,
  statisticsFromSums,
  validateItem,
} from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { entityId, searchText } from '../ids';
import { publishDraft, quizzesWith, regradeApply, regradePreview } from '../services/authoring';
import { createTRPCRouter, instructorProcedure, taughtProcedure } from '../trpc';

const itemId = entityId;

/** A definition as the editor holds it: any JSON object, checked by quiz-engine, not by zod. */
const draftDefinition = z
  .record(z.string(), z.unknown())
  .refine((d) => JSON.stringify(d).length <= 200_000, 'is too large (200 kB at most)');

const noItem = () => new TRPCError({ code: 'NOT_FOUND', message: 'There is no such item.' });

export const authoringRouter = createTRPCRouter({
  /** The bank, filtered, with use and live statistics per item. */
  items: instructorProcedure
    .input(
      z.object({
        q: searchText.optional(),
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
    .mutation(({ ctx, input }) => publishDraft(ctx.db, ctx.user, input)),

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
  regradePreview: taughtProcedure
    .input(z.object({ itemId }))
    .query(({ ctx, input }) => regradePreview(ctx.db, ctx.user, input.itemId)),

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
    .mutation(({ ctx, input }) => regradeApply(ctx.db, ctx.user, input, ctx.links)),
});
