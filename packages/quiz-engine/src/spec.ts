import { z } from 'zod';
import { attemptSettingsSchema } from './attempt';
import { type Issue, idSchema } from './core';
import type { ItemDefinition } from './items';
import { parseItem } from './items';
import {
  type CaseDefinition,
  countPapers,
  type PaperCount,
  parseCase,
  type QuizDefinition,
  type QuizEntry,
  validateQuiz,
} from './quiz';

/**
 * A quiz as an instructor builds it: items and cases by id from the bank, draws by tag and
 * objective, and its attempt settings. Publishing resolves it against the bank's current
 * published versions into a full QuizDefinition, which is what attempts are pinned to.
 */
const entrySpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemId: idSchema }),
  z.object({ kind: z.literal('case'), caseId: idSchema }),
  z.object({
    kind: z.literal('draw'),
    from: z.enum(['items', 'cases']),
    count: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500'),
    tags: z.array(z.string().min(1)).default([]),
    objectives: z.array(z.string().min(1)).default([]),
  }),
]);

export const quizSpecSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  kind: z
    .enum(['practice', 'final'])
    .default('practice')
    .describe(
      'practice: for learning, its review may show keys. final: summative — its items and cases never appear on a practice paper or a lesson check, and its review shows no key; publishing refuses either overlap.',
    ),
  settings: attemptSettingsSchema.default(attemptSettingsSchema.parse({})),
  sections: z
    .array(
      z.object({
        id: idSchema,
        title: z.string().max(200).default(''),
        shuffle: z.boolean().default(false),
        entries: z.array(entrySpecSchema).min(1, 'a section needs at least one entry').max(500),
      }),
    )
    .min(1, 'a quiz needs a section')
    .max(50),
  /** Where draws take from: every published entry of the bank, or a fixed list of ids. */
  pool: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('bank') }),
      z.object({
        mode: z.literal('list'),
        items: z.array(idSchema).default([]),
        cases: z.array(idSchema).default([]),
      }),
    ])
    .default({ mode: 'bank' }),
});
export type QuizSpec = z.output<typeof quizSpecSchema>;
export type QuizSpecInput = z.input<typeof quizSpecSchema>;

export interface BankSnapshot {
  items: Array<{ id: string; definition: unknown }>;
  cases: Array<{ id: string; definition: unknown }>;
  /**
   * Items and cases held by a summative quiz (see `summativeExposures`): a practice quiz that
   * draws from the whole bank leaves them out, since its review and checks show keys.
   */
  summative?: { items: ReadonlySet<string>; cases: ReadonlySet<string> };
}

export interface ResolvedSpec {
  ok: boolean;
  issues: Issue[];
  quiz?: QuizDefinition;
  spec?: QuizSpec;
  papers?: PaperCount;
}

const hasAll = (have: readonly string[], wanted: readonly string[]) =>
  wanted.every((t) => have.includes(t));

/**
 * Resolves a spec against the bank: ids become the definitions published now, the pool is
 * filled, and the result goes through validateQuiz. Issues name the spec's own fields
 * (`sections[0].entries[2].itemId`), so the builder can show each where it belongs.
 */
export function resolveQuizSpec(quizId: string, raw: unknown, bank: BankSnapshot): ResolvedSpec {
  const parsed = quizSpecSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        message: i.message,
      })),
    };
  const spec = parsed.data;
  const issues: Issue[] = [];
  const items = new Map<string, ItemDefinition>();
  for (const row of bank.items) {
    const item = parseItem(row.definition);
    if (item.ok) items.set(row.id, item.value);
  }
  const cases = new Map<string, CaseDefinition>();
  for (const row of bank.cases) {
    const c = parseCase(row.definition);
    if (c.ok) cases.set(row.id, c.value);
  }

  const sections: QuizDefinition['sections'] = spec.sections.map((section, s) => ({
    id: section.id,
    title: section.title,
    shuffle: section.shuffle,
    entries: section.entries.flatMap((entry, e): QuizEntry[] => {
      const path = `sections[${s}].entries[${e}]`;
      if (entry.kind === 'item') {
        const item = items.get(entry.itemId);
        if (!item) {
          issues.push({ path: `${path}.itemId`, message: `no published item "${entry.itemId}"` });
          return [];
        }
        return [{ kind: 'item' as const, item }];
      }
      if (entry.kind === 'case') {
        const c = cases.get(entry.caseId);
        if (!c) {
          issues.push({ path: `${path}.caseId`, message: `no case "${entry.caseId}"` });
          return [];
        }
        return [{ kind: 'case' as const, case: c }];
      }
      return [entry];
    }),
  }));

  const draws = spec.sections.flatMap((s) => s.entries.filter((e) => e.kind === 'draw'));
  let pool: QuizDefinition['pool'];
  if (spec.pool.mode === 'list') {
    const listed = spec.pool;
    pool = {
      items: listed.items.flatMap((id, i) => {
        const item = items.get(id);
        if (!item) issues.push({ path: `pool.items[${i}]`, message: `no published item "${id}"` });
        return item ? [item] : [];
      }),
      cases: listed.cases.flatMap((id, i) => {
        const c = cases.get(id);
        if (!c) issues.push({ path: `pool.cases[${i}]`, message: `no case "${id}"` });
        return c ? [c] : [];
      }),
    };
  } else {
    // The whole bank, narrowed to what some draw could take (so a version stays small); a
    // practice quiz's whole bank is without what a summative quiz holds.
    const reserved = spec.kind === 'practice' ? bank.summative : undefined;
    const wants = (from: 'items' | 'cases', tags: string[], objectives: string[]) =>
      draws.some(
        (d) =>
          d.kind === 'draw' &&
          d.from === from &&
          hasAll(tags, d.tags) &&
          hasAll(objectives, d.objectives),
      );
    pool = {
      items: [...items.values()].filter(
        (i) => !reserved?.items.has(i.id) && wants('items', i.tags, i.objectives),
      ),
      cases: [...cases.values()].filter(
        (c) =>
          !reserved?.cases.has(c.id) &&
          wants(
            'cases',
            c.tags,
            c.items.flatMap((i) => i.objectives),
          ),
      ),
    };
  }
  const quiz: QuizDefinition = { id: quizId, title: spec.title, sections, pool };
  if (issues.length) return { ok: false, issues, spec };
  const validated = validateQuiz(quiz);
  for (const issue of validated.issues) {
    // `sections[0].entries[1].item.options[0]…` is about the item the spec names by id.
    const named = issue.path.match(/^(sections\[\d+\]\.entries\[\d+\])\.(item|case)\.(.*)$/);
    issues.push(
      named
        ? { path: `${named[1]}.${named[2]}Id`, message: `${named[3]}: ${issue.message}` }
        : issue,
    );
  }
  return {
    ok: issues.length === 0,
    issues,
    quiz: validated.quiz ?? quiz,
    spec,
    papers: validated.quiz ? countPapers(validated.quiz) : undefined,
  };
}

/** The spec of a stored quiz (its pool listed by id), so any quiz can be opened in the builder. */
export function specFromQuiz(
  quiz: QuizDefinition,
  settings: unknown,
  kind: 'practice' | 'final',
): QuizSpec {
  return quizSpecSchema.parse({
    title: quiz.title,
    kind,
    settings,
    sections: quiz.sections.map((section) => ({
      id: section.id,
      title: section.title,
      shuffle: section.shuffle,
      entries: section.entries.map((entry) =>
        entry.kind === 'item'
          ? { kind: 'item', itemId: entry.item.id }
          : entry.kind === 'case'
            ? { kind: 'case', caseId: entry.case.id }
            : { ...entry, objectives: entry.objectives ?? [] },
      ),
    })),
    pool: {
      mode: 'list',
      items: quiz.pool.items.map((i) => i.id),
      cases: quiz.pool.cases.map((c) => c.id),
    },
  });
}
