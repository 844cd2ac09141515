import { existingBankIds, importBank, listCurrentCases, publishedBank } from '@alliance/db';
import { exportQti, type ImportPreview, importQti, LIMITS } from '@alliance/qti';
import { parseCase, parseItem } from '@alliance/quiz-engine';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createTRPCRouter, instructorProcedure } from '../trpc';

/** An uploaded file: its name and its bytes as base64 (a zip or one XML file). */
const upload = z.object({
  fileName: z.string().trim().min(1, 'is required').max(255, 'is too long'),
  data: z
    .string()
    .max(Math.ceil((LIMITS.zipBytes * 4) / 3) + 8, 'is larger than the import limit')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
});

function decode(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** The preview, with what already exists in the bank marked: those are left out, never replaced. */
async function plan(db: Parameters<typeof existingBankIds>[0], preview: ImportPreview) {
  const ids = [
    ...preview.items.map((i) => i.definition.id),
    ...preview.cases.flatMap((c) => [c.definition.id, ...c.definition.items.map((i) => i.id)]),
  ];
  const taken = await existingBankIds(db, ids);
  const seen = new Set<string>();
  const clash = (id: string) => {
    const hit = taken.has(id) || seen.has(id);
    seen.add(id);
    return hit;
  };
  const items = preview.items.map((item) => ({
    ...item,
    exists: clash(item.definition.id),
  }));
  const cases = preview.cases.map((c) => ({
    ...c,
    exists: [c.definition.id, ...c.definition.items.map((i) => i.id)].some(clash),
  }));
  return { items, cases, skipped: preview.skipped, errors: preview.errors };
}

const record = (definition: { id: string; type: string; objectives: string[] }) => ({
  id: definition.id,
  type: definition.type,
  objectives: definition.objectives,
  definition,
});

export const qtiRouter = createTRPCRouter({
  /**
   * What importing a QTI 3 item or package would add: items, cases (shared stimuli), what is
   * skipped and why, and which ids exist already. Nothing is written.
   */
  preview: instructorProcedure.input(upload).mutation(async ({ ctx, input }) => {
    const preview = importQti({ fileName: input.fileName, bytes: decode(input.data) });
    return plan(ctx.db, preview);
  }),

  /**
   * Imports what the preview showed (read again from the same file, so nothing the browser
   * says is trusted), leaving out ids the bank has already.
   */
  importFile: instructorProcedure.input(upload).mutation(async ({ ctx, input }) => {
    const preview = await plan(
      ctx.db,
      importQti({ fileName: input.fileName, bytes: decode(input.data) }),
    );
    const items = preview.items.filter((i) => !i.exists);
    const cases = preview.cases.filter((c) => !c.exists);
    if (items.length + cases.length === 0)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: preview.errors.length
          ? `Nothing can be imported: ${preview.errors.join('; ')}`
          : 'Nothing new to import: every item in this file is in the bank already.',
      });
    const done = await importBank(ctx.db, {
      actorId: ctx.user.id,
      fileName: input.fileName,
      items: items.map((i) => record(i.definition)),
      cases: cases.map((c) => ({
        id: c.definition.id,
        definition: c.definition,
        items: c.definition.items.map(record),
      })),
    });
    return {
      ...done,
      leftOut: preview.items.length + preview.cases.length - items.length - cases.length,
    };
  }),

  /**
   * The bank (or the items named) as a QTI 3 content package, base64. Items QTI cannot express
   * faithfully are listed with the reason, not dropped silently.
   */
  export: instructorProcedure
    .input(z.object({ itemIds: z.array(z.string().max(64)).max(5000).optional() }))
    .mutation(async ({ ctx, input }) => {
      const bank = await publishedBank(ctx.db);
      const wanted = input.itemIds ? new Set(input.itemIds) : null;
      const items = bank.items
        .filter((row) => !wanted || wanted.has(row.id))
        .flatMap((row) => {
          const parsed = parseItem(row.definition);
          return parsed.ok ? [parsed.value] : [];
        });
      const cases = wanted
        ? []
        : (await listCurrentCases(ctx.db)).flatMap((row) => {
            const parsed = parseCase(row.definition);
            return parsed.ok ? [parsed.value] : [];
          });
      if (items.length + cases.length === 0)
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'There is nothing published to export.',
        });
      const result = exportQti(items, cases);
      return {
        fileName: `alliance-academy-qti-${new Date().toISOString().slice(0, 10)}.zip`,
        data: Buffer.from(result.zip).toString('base64'),
        exported: result.exported,
        notExported: result.notExported,
      };
    }),
});
