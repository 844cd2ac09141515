import { z } from 'zod';
import { type Checked, type Issue, idSchema, issuesFromZod } from './core';
import {
  type ItemDefinition,
  type ItemPresentation,
  itemDefinitionSchema,
  parseItem,
  presentItem,
  validateItem,
} from './items';
import { createRng, type Rng } from './random';

/**
 * Cases, quizzes and papers.
 *
 * A case (testlet) is a short business scenario — markdown, optionally a table of figures — with
 * several items hanging on it; its score is the sum of its items' points (so each item weighs
 * its points). A quiz has sections; a section lists fixed items and cases, and draws ("2 cases
 * tagged obstacles") from the quiz's pool. A paper is one learner's quiz: the draws made and the
 * order fixed, all from a seed, so the same seed always rebuilds the same paper.
 */

export const figureTableSchema = z.object({
  caption: z.string().min(1),
  columns: z.array(z.string()).min(1),
  rows: z.array(z.array(z.union([z.string(), z.number()]))).min(1),
});

export const caseDefinitionSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  /** The scenario, in markdown. */
  stimulus: z.string().min(1),
  figures: z.array(figureTableSchema).default([]),
  items: z.array(itemDefinitionSchema).min(1, 'a case needs at least one item'),
  tags: z.array(z.string().min(1)).default([]),
  /**
   * The case's weight on a paper. Unset, it is the sum of its items' points; set, each item's
   * points are scaled so the case is worth exactly this much (their proportions kept).
   */
  points: z.number().positive('must be > 0').max(1000, 'must be ≤ 1000').optional(),
});
/** A case as authored (defaults may be left out). */
export type CaseDefinitionInput = z.input<typeof caseDefinitionSchema>;
export type CaseDefinition = Omit<z.output<typeof caseDefinitionSchema>, 'items'> & {
  items: ItemDefinition[];
};

const drawSchema = z.object({
  kind: z.literal('draw'),
  /** Draw whole items or whole cases. */
  from: z.enum(['items', 'cases']),
  count: z.number().int().positive(),
  /** Only pool entries carrying every one of these tags. */
  tags: z.array(z.string().min(1)).default([]),
  /** Only pool entries assessing every one of these objectives (a case: through its items). */
  objectives: z.array(z.string().min(1)).optional(),
});

const entrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), item: itemDefinitionSchema }),
  z.object({ kind: z.literal('case'), case: caseDefinitionSchema }),
  drawSchema,
]);

export const quizDefinitionSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  sections: z
    .array(
      z.object({
        id: idSchema,
        title: z.string().default(''),
        entries: z.array(entrySchema).min(1, 'a section needs at least one entry'),
        /** Shuffle the section's entries (a case's own items keep their order). */
        shuffle: z.boolean().default(false),
      }),
    )
    .min(1, 'a quiz needs a section'),
  pool: z
    .object({
      items: z.array(itemDefinitionSchema).default([]),
      cases: z.array(caseDefinitionSchema).default([]),
    })
    .default({ items: [], cases: [] }),
});

export type QuizEntry =
  | { kind: 'item'; item: ItemDefinition }
  | { kind: 'case'; case: CaseDefinition }
  | z.output<typeof drawSchema>;
export interface QuizDefinition {
  id: string;
  title: string;
  sections: Array<{ id: string; title: string; entries: QuizEntry[]; shuffle: boolean }>;
  pool: { items: ItemDefinition[]; cases: CaseDefinition[] };
}

/** One scored place on a paper. Slot ids are stable for the paper: `s1.3`, `s1.4.2` (in a case). */
export interface PaperSlot {
  slot: string;
  item: ItemDefinition;
  caseId: string | null;
}

export interface Paper {
  quizId: string;
  seed: string;
  sections: Array<{
    id: string;
    title: string;
    entries: Array<
      { kind: 'item'; slot: PaperSlot } | { kind: 'case'; case: CaseDefinition; slots: PaperSlot[] }
    >;
  }>;
}

export function parseQuiz(raw: unknown): Checked<QuizDefinition> {
  const result = quizDefinitionSchema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data as QuizDefinition }
    : { ok: false, issues: issuesFromZod(result.error) };
}

export function parseCase(raw: unknown): Checked<CaseDefinition> {
  const result = caseDefinitionSchema.safeParse(raw);
  return result.success
    ? { ok: true, value: result.data as CaseDefinition }
    : { ok: false, issues: issuesFromZod(result.error) };
}

const hasAll = (have: readonly string[], wanted: readonly string[] = []) =>
  wanted.every((t) => have.includes(t));

/** Pool entries a draw may take, in pool order. */
function candidates(quiz: QuizDefinition, draw: z.output<typeof drawSchema>) {
  return draw.from === 'cases'
    ? quiz.pool.cases.filter(
        (c) =>
          hasAll(c.tags, draw.tags) &&
          hasAll(
            c.items.flatMap((i) => i.objectives),
            draw.objectives,
          ),
      )
    : quiz.pool.items.filter(
        (i) => hasAll(i.tags, draw.tags) && hasAll(i.objectives, draw.objectives),
      );
}

/** "4 cases tagged final, assessing trust.diagnose" */
export function describeDraw(draw: z.output<typeof drawSchema>): string {
  const filters = [
    draw.tags.length ? `tagged ${draw.tags.join(', ')}` : '',
    draw.objectives?.length ? `assessing ${draw.objectives.join(', ')}` : '',
  ].filter(Boolean);
  return `${draw.count} ${draw.count === 1 ? draw.from.replace(/s$/, '') : draw.from}${filters.length ? ` ${filters.join(', ')}` : ''}`;
}

/**
 * Every problem with a quiz: schema, each item's own validation (key scores 1, …), ids used
 * twice (on the quiz, or in the pool), and draws the pool cannot satisfy. A draw counts only
 * pool entries not placed on the quiz by hand, less whatever earlier draws could take from them
 * (draws with overlapping tags share entries), so a quiz that passes assembles for every seed.
 */
export function validateQuiz(raw: unknown): {
  ok: boolean;
  issues: Issue[];
  quiz?: QuizDefinition;
} {
  const parsed = parseQuiz(raw);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const quiz = parsed.value;
  const issues: Issue[] = [];
  const checkItem = (item: ItemDefinition, path: string) => {
    for (const issue of validateItem(item).issues)
      issues.push({ path: `${path}.${issue.path}`, message: issue.message });
  };
  const fixedIds = new Set<string>();
  const noteId = (id: string, path: string) => {
    if (fixedIds.has(id)) issues.push({ path, message: `"${id}" appears twice on the quiz` });
    fixedIds.add(id);
  };
  // Pool ids are one namespace, as in assemblePaper (which tells drawn entries apart by id).
  const poolIds = new Set<string>();
  const notePoolId = (id: string, path: string) => {
    if (poolIds.has(id)) issues.push({ path, message: `"${id}" appears twice in the pool` });
    poolIds.add(id);
  };
  for (const [i, item] of quiz.pool.items.entries()) notePoolId(item.id, `pool.items[${i}].id`);
  for (const [i, c] of quiz.pool.cases.entries()) notePoolId(c.id, `pool.cases[${i}].id`);
  const draws: Array<{ path: string; entry: z.output<typeof drawSchema> }> = [];
  quiz.sections.forEach((section, s) => {
    section.entries.forEach((entry, e) => {
      const path = `sections[${s}].entries[${e}]`;
      if (entry.kind === 'item') {
        noteId(entry.item.id, `${path}.item.id`);
        checkItem(entry.item, `${path}.item`);
      } else if (entry.kind === 'case') {
        noteId(entry.case.id, `${path}.case.id`);
        for (const [i, item] of entry.case.items.entries())
          checkItem(item, `${path}.case.items[${i}]`);
      } else draws.push({ path, entry });
    });
  });
  // Draws run in quiz order; each may take any of its candidates, so a later draw can count on
  // its candidates less, for each earlier draw, as many as that one draws from them.
  const earlier: Array<{ ids: Set<string>; count: number; from: string }> = [];
  for (const { path, entry } of draws) {
    const all = [...new Set(candidates(quiz, entry).map((c) => c.id))];
    const ids = new Set(all.filter((id) => !fixedIds.has(id)));
    let taken = 0;
    const reachable = new Set<string>();
    for (const before of earlier) {
      if (before.from !== entry.from) continue;
      const shared = [...ids].filter((id) => before.ids.has(id));
      taken += Math.min(before.count, shared.length);
      for (const id of shared) reachable.add(id);
    }
    taken = Math.min(taken, reachable.size);
    earlier.push({ ids, count: entry.count, from: entry.from });
    if (entry.count + taken > ids.size) {
      const onQuiz = all.filter((id) => fixedIds.has(id)).length;
      const why = [
        onQuiz > 0 ? `${onQuiz} already on the quiz` : '',
        taken > 0 ? `earlier draws may take ${taken}` : '',
      ].filter((reason) => reason !== '');
      issues.push({
        path,
        message: `draws ${describeDraw(entry)} but the pool has ${all.length}${why.length ? `, ${why.join(' and ')}` : ''}`,
      });
    }
  }
  for (const [i, item] of quiz.pool.items.entries()) checkItem(item, `pool.items[${i}]`);
  for (const [i, c] of quiz.pool.cases.entries()) {
    for (const [j, item] of c.items.entries()) checkItem(item, `pool.cases[${i}].items[${j}]`);
  }
  return { ok: issues.length === 0, issues, quiz };
}

/**
 * Builds the paper for a seed: draws without replacement from the pool (an entry drawn once is
 * not drawn again, nor one placed on the quiz by hand), shuffles sections that ask for it.
 * Throws only for a quiz that validateQuiz rejects (a draw the pool cannot satisfy).
 */
export function assemblePaper(quiz: QuizDefinition, seed: string): Paper {
  const rng = createRng(`paper:${quiz.id}:${seed}`);
  const used = new Set<string>();
  for (const section of quiz.sections) {
    for (const entry of section.entries) {
      if (entry.kind === 'item') used.add(entry.item.id);
      if (entry.kind === 'case') used.add(entry.case.id);
    }
  }
  const sections: Paper['sections'] = quiz.sections.map((section, s) => {
    type Chosen = { kind: 'item'; item: ItemDefinition } | { kind: 'case'; case: CaseDefinition };
    const chosen: Chosen[] = [];
    for (const entry of section.entries) {
      if (entry.kind !== 'draw') {
        chosen.push(entry);
        continue;
      }
      const pool = candidates(quiz, entry).filter((c) => !used.has(c.id));
      if (pool.length < entry.count) {
        throw new RangeError(
          `quiz ${quiz.id}: a draw of ${entry.count} ${entry.from} finds only ${pool.length}`,
        );
      }
      for (const picked of rng.shuffle(pool).slice(0, entry.count)) {
        used.add(picked.id);
        chosen.push(
          entry.from === 'cases'
            ? { kind: 'case', case: picked as CaseDefinition }
            : { kind: 'item', item: picked as ItemDefinition },
        );
      }
    }
    const ordered = section.shuffle ? rng.shuffle(chosen) : chosen;
    return {
      id: section.id,
      title: section.title,
      entries: ordered.map((entry, e) => {
        const base = `s${s + 1}.${e + 1}`;
        return entry.kind === 'item'
          ? { kind: 'item' as const, slot: { slot: base, item: entry.item, caseId: null } }
          : {
              kind: 'case' as const,
              case: entry.case,
              slots: weighted(entry.case).map((item, i) => ({
                slot: `${base}.${i + 1}`,
                item,
                caseId: entry.case.id,
              })),
            };
      }),
    };
  });
  return { quizId: quiz.id, seed, sections };
}

/**
 * A case's items with their points scaled to the case's own points, when it sets them: kept to
 * hundredths, as points are shown (`roundPoints`), and apportioned by largest remainder so the
 * items add up to exactly the case's points (3 equal items of a 10-point case: 3.34, 3.33, 3.33).
 */
function weighted(c: CaseDefinition): ItemDefinition[] {
  if (c.points === undefined) return c.items;
  const total = c.items.reduce((sum, item) => sum + item.points, 0);
  if (total <= 0) return c.items;
  const cents = Math.round(c.points * 100);
  const exact = c.items.map((item) => (item.points / total) * cents);
  const scaled = exact.map(Math.floor);
  let left = cents - scaled.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    scaled[i] = (scaled[i] ?? 0) + 1;
    left--;
  }
  // A point value must be positive: an item rounded to 0 takes a hundredth from the largest.
  for (const [i, value] of scaled.entries()) {
    if (value > 0) continue;
    const largest = scaled.indexOf(Math.max(...scaled));
    if ((scaled[largest] ?? 0) > 1) scaled[largest] = (scaled[largest] ?? 0) - 1;
    scaled[i] = 1;
  }
  return c.items.map((item, i) => ({ ...item, points: (scaled[i] ?? 1) / 100 }));
}

/** Every scored slot of a paper, in order. */
export function paperSlots(paper: Paper): PaperSlot[] {
  return paper.sections.flatMap((section) =>
    section.entries.flatMap((entry) => (entry.kind === 'item' ? [entry.slot] : entry.slots)),
  );
}

export type PresentedSlot = { slot: string; item: ItemPresentation };
export interface PaperPresentation {
  quizId: string;
  sections: Array<{
    id: string;
    title: string;
    entries: Array<
      | ({ kind: 'item' } & PresentedSlot)
      | {
          kind: 'case';
          id: string;
          title: string;
          stimulus: string;
          figures: CaseDefinition['figures'];
          items: PresentedSlot[];
        }
    >;
  }>;
}

/**
 * What a learner may see before submitting: prompts, options and the case material, options
 * shuffled per slot from the paper's seed. No key, fraction, feedback, explanation or flag.
 */
export function presentPaper(paper: Paper): PaperPresentation {
  const rng = createRng(`present:${paper.quizId}:${paper.seed}`);
  const present = (slot: PaperSlot, stream: Rng = rng.fork(slot.slot)): PresentedSlot => ({
    slot: slot.slot,
    item: presentItem(slot.item, stream),
  });
  return {
    quizId: paper.quizId,
    sections: paper.sections.map((section) => ({
      id: section.id,
      title: section.title,
      entries: section.entries.map((entry) =>
        entry.kind === 'item'
          ? { kind: 'item' as const, ...present(entry.slot) }
          : {
              kind: 'case' as const,
              id: entry.case.id,
              title: entry.case.title,
              stimulus: entry.case.stimulus,
              figures: entry.case.figures,
              items: entry.slots.map((slot) => present(slot)),
            },
      ),
    })),
  };
}

/**
 * The quiz with every copy of an item (fixed, inside a case, in the pool) replaced by a new
 * definition of the same id; `count` says how many copies were found (0: the quiz is unchanged).
 */
export function replaceItem(
  quiz: QuizDefinition,
  item: ItemDefinition,
): { quiz: QuizDefinition; count: number } {
  let count = 0;
  const swap = (current: ItemDefinition) => {
    if (current.id !== item.id) return current;
    count++;
    return item;
  };
  const swapCase = (c: CaseDefinition): CaseDefinition => ({ ...c, items: c.items.map(swap) });
  const next: QuizDefinition = {
    ...quiz,
    sections: quiz.sections.map((section) => ({
      ...section,
      entries: section.entries.map((entry) =>
        entry.kind === 'item'
          ? { ...entry, item: swap(entry.item) }
          : entry.kind === 'case'
            ? { ...entry, case: swapCase(entry.case) }
            : entry,
      ),
    })),
    pool: { items: quiz.pool.items.map(swap), cases: quiz.pool.cases.map(swapCase) },
  };
  return { quiz: count ? next : quiz, count };
}

/** Slot → item id of a paper: two papers with the same layout ask the same items in the same places. */
export function paperLayout(paper: Paper): string {
  return paperSlots(paper)
    .map((s) => `${s.slot}=${s.item.id}`)
    .join(',');
}

export type DrawEntry = z.output<typeof drawSchema>;

export interface PaperCount {
  /**
   * How many different sets of questions learners can get (order aside): the product, over the
   * draws, of the ways each can choose from what is left for it. 1 when nothing is drawn.
   */
  papers: number;
  draws: Array<{ path: string; text: string; candidates: number; count: number; ways: number }>;
  /** Draws whose pool is so small that learners will mostly see the same questions. */
  warnings: Issue[];
}

/** n choose k, as a float (exact up to 2^53, then close enough to say "billions"). */
export function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) result = (result * (n - i + 1)) / i;
  return Math.round(result);
}

/**
 * The variety a quiz's draws allow. Each draw chooses `count` of its candidates not placed on
 * the quiz by hand, less those earlier draws may take; a draw that leaves fewer than twice its
 * count to choose from is flagged, because most learners would then see the same questions.
 */
export function countPapers(quiz: QuizDefinition): PaperCount {
  const fixed = new Set<string>();
  for (const section of quiz.sections)
    for (const entry of section.entries) {
      if (entry.kind === 'item') fixed.add(entry.item.id);
      if (entry.kind === 'case') fixed.add(entry.case.id);
    }
  const draws: PaperCount['draws'] = [];
  const warnings: Issue[] = [];
  const earlier: Array<{ ids: Set<string>; count: number; from: string }> = [];
  let papers = 1;
  quiz.sections.forEach((section, s) => {
    section.entries.forEach((entry, e) => {
      if (entry.kind !== 'draw') return;
      const path = `sections[${s}].entries[${e}]`;
      const ids = new Set(
        candidates(quiz, entry)
          .map((c) => c.id)
          .filter((id) => !fixed.has(id)),
      );
      let taken = 0;
      for (const before of earlier) {
        if (before.from !== entry.from) continue;
        taken += Math.min(before.count, [...ids].filter((id) => before.ids.has(id)).length);
      }
      earlier.push({ ids, count: entry.count, from: entry.from });
      const left = Math.max(0, ids.size - taken);
      const ways = choose(left, entry.count);
      papers *= ways;
      draws.push({ path, text: describeDraw(entry), candidates: left, count: entry.count, ways });
      if (left >= entry.count && left < entry.count * 2)
        warnings.push({
          path,
          message: `draws ${describeDraw(entry)} from only ${left}: most learners will see the same ones; add to the pool`,
        });
    });
  });
  return { papers, draws, warnings };
}

/** The quiz with a case (on the paper or in the pool) replaced by a new definition of it. */
export function replaceCase(
  quiz: QuizDefinition,
  next: CaseDefinition,
): { quiz: QuizDefinition; count: number } {
  let count = 0;
  const swap = (current: CaseDefinition) => {
    if (current.id !== next.id) return current;
    count++;
    return next;
  };
  const result: QuizDefinition = {
    ...quiz,
    sections: quiz.sections.map((section) => ({
      ...section,
      entries: section.entries.map((entry) =>
        entry.kind === 'case' ? { ...entry, case: swap(entry.case) } : entry,
      ),
    })),
    pool: { ...quiz.pool, cases: quiz.pool.cases.map(swap) },
  };
  return { quiz: count ? result : quiz, count };
}

/** Every problem with a case: its schema, ids used twice, and each item's own validation. */
export function validateCase(raw: unknown): {
  ok: boolean;
  issues: Issue[];
  definition?: CaseDefinition;
} {
  const parsed = parseCase(raw);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const issues: Issue[] = [];
  const seen = new Set<string>();
  parsed.value.items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({ path: `items[${i}].id`, message: `"${item.id}" is used twice` });
    seen.add(item.id);
    for (const issue of validateItem(item).issues)
      issues.push({
        path:
          issue.path && !issue.path.startsWith('(') ? `items[${i}].${issue.path}` : `items[${i}]`,
        message: issue.path.startsWith('(') ? `${issue.path} ${issue.message}` : issue.message,
      });
  });
  return { ok: issues.length === 0, issues, definition: parsed.value };
}

/**
 * A stored quiz or case definition with the given current definitions put in place of its own
 * copies (unparseable input, or input that holds none of them, comes back as it was). The
 * content sync uses these so a course-file change never brings back an item an instructor fixed.
 */
export function quizWithCurrent(
  raw: unknown,
  current: { items: readonly unknown[]; cases: readonly unknown[] },
): unknown {
  const parsed = parseQuiz(raw);
  if (!parsed.ok) return raw;
  let quiz = parsed.value;
  let changed = 0;
  for (const c of current.cases) {
    const kase = parseCase(c);
    if (!kase.ok) continue;
    const next = replaceCase(quiz, kase.value);
    quiz = next.quiz;
    changed += next.count;
  }
  for (const i of current.items) {
    const item = parseItem(i);
    if (!item.ok) continue;
    const next = replaceItem(quiz, item.value);
    quiz = next.quiz;
    changed += next.count;
  }
  return changed ? quiz : raw;
}

export function caseWithCurrent(raw: unknown, current: { items: readonly unknown[] }): unknown {
  const parsed = parseCase(raw);
  if (!parsed.ok) return raw;
  const byId = new Map<string, ItemDefinition>();
  for (const i of current.items) {
    const item = parseItem(i);
    if (item.ok) byId.set(item.value.id, item.value);
  }
  if (!parsed.value.items.some((i) => byId.has(i.id))) return raw;
  return { ...parsed.value, items: parsed.value.items.map((i) => byId.get(i.id) ?? i) };
}

/** A question of a presented paper as learners count them: "Question 3", on page 2. */
export interface NumberedQuestion {
  slot: string;
  /** 1, 2, 3… in paper order, case items included. */
  number: number;
  /** Which page it is on when a paper is shown one question or one case per page (0-based). */
  page: number;
  /** The case it belongs to, if any. */
  caseTitle: string | null;
  item: PresentedSlot['item'];
}

/**
 * Every question of a presented paper in order, numbered as the learner reads them, with the page
 * it falls on under the one-per-page layout (each standalone question, or each case with its
 * questions, is a page). The runner, its navigator and the review all number from this.
 */
export function numberQuestions(paper: PaperPresentation): {
  questions: NumberedQuestion[];
  pages: number;
} {
  const questions: NumberedQuestion[] = [];
  let page = 0;
  for (const section of paper.sections)
    for (const entry of section.entries) {
      if (entry.kind === 'item')
        questions.push({
          slot: entry.slot,
          number: questions.length + 1,
          page,
          caseTitle: null,
          item: entry.item,
        });
      else
        for (const slot of entry.items)
          questions.push({
            slot: slot.slot,
            number: questions.length + 1,
            page,
            caseTitle: entry.title,
            item: slot.item,
          });
      page++;
    }
  return { questions, pages: page };
}
