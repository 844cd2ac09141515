import type { ItemDefinition } from './items';
import { type ItemSums, MIN_ATTEMPTS_FOR_STATISTICS, statisticsFromSums } from './statistics';

/**
 * Distractor analysis and Cronbach's alpha from the running sums the database keeps (the
 * item_option_stats, quiz_score_stats and quiz_item_points rollups). Pure: no I/O.
 *
 * An "option" is what a learner can pick on a choice-type item: an option of a choice or
 * multiple-response item, or one option in one gap of an inline-choice item (`gap=option`).
 */

/** One option as staff see it in the analysis: its id, its text, and whether it is keyed. */
export interface AnalysisOption {
  id: string;
  label: string;
  correct: boolean;
}

/**
 * The options picked in a response, as counted by the distractor analysis: `[]` when the
 * response picked nothing, null for an item type with no options to count. Ids that are not
 * options of the item (a tampered response) are left out, so every count names a real option.
 */
export function optionPicks(item: ItemDefinition, response: unknown): string[] | null {
  const r = (response ?? {}) as Record<string, unknown>;
  switch (item.type) {
    case 'choice': {
      const known = new Set(item.options.map((o) => o.id));
      return typeof r.choice === 'string' && known.has(r.choice) ? [r.choice] : [];
    }
    case 'multiple-response': {
      const known = new Set(item.options.map((o) => o.id));
      const picked = Array.isArray(r.choices) ? r.choices : [];
      return [...new Set(picked.filter((c): c is string => typeof c === 'string' && known.has(c)))];
    }
    case 'inline-choice': {
      const gaps = (r.gaps ?? {}) as Record<string, unknown>;
      return item.gaps.flatMap((gap) => {
        const pick = gaps[gap.id];
        return typeof pick === 'string' && gap.options.some((o) => o.id === pick)
          ? [`${gap.id}=${pick}`]
          : [];
      });
    }
    default:
      return null;
  }
}

/** Every option `optionPicks` can report for the item, in authored order; [] for other types. */
export function analysisOptions(item: ItemDefinition): AnalysisOption[] {
  switch (item.type) {
    case 'choice': {
      const best = Math.max(...item.options.map((o) => o.fraction));
      return item.options.map((o) => ({ id: o.id, label: o.text, correct: o.fraction === best }));
    }
    case 'multiple-response':
      return item.options.map((o) => ({ id: o.id, label: o.text, correct: o.correct }));
    case 'inline-choice':
      return item.gaps.flatMap((gap) =>
        gap.options.map((o) => ({
          id: `${gap.id}=${o.id}`,
          label: `${gap.id}: ${o.text}`,
          correct: o.id === gap.answer,
        })),
      );
    default:
      return [];
  }
}

/** Picks of one option over the counted answers, and the sum of those attempts' totals. */
export interface OptionSums {
  optionId: string;
  n: number;
  /** Σ of the attempt total fractions of the answers that picked it. */
  sy: number;
}

export interface DistractorRow extends AnalysisOption {
  count: number;
  /** count / answers; null without answers. */
  share: number | null;
  /** Mean attempt total (fraction) of the learners who picked it; null when nobody did. */
  meanTotal: number | null;
}

export interface DistractorAnalysis {
  /** Answers that recorded picks. */
  answers: number;
  /** Answers that picked nothing. */
  none: number;
  options: DistractorRow[];
  /** What an author should look at, in words. */
  flags: string[];
}

/** A distractor picked by fewer than this share of answers does no work (Haladyna's 5 %). */
const FUNCTIONAL_SHARE = 0.05;
/** Below this many answers, shares are too noisy to flag. */
const MIN_ANSWERS = 20;

/**
 * Option frequencies of one item from the rollup, in the item's own option order (options the
 * item no longer has, from earlier versions, come last under their ids), with flags: a
 * distractor nobody picks, and a distractor whose pickers score higher overall than the
 * key's pickers (often a second right answer or a misleading key).
 */
export function distractorAnalysis(
  options: readonly AnalysisOption[],
  sums: readonly OptionSums[],
  answers: number,
): DistractorAnalysis {
  const byId = new Map(sums.map((s) => [s.optionId, s]));
  const row = (option: AnalysisOption): DistractorRow => {
    const s = byId.get(option.id);
    const count = s?.n ?? 0;
    return {
      ...option,
      count,
      share: answers > 0 ? count / answers : null,
      meanTotal: s && s.n > 0 ? s.sy / s.n : null,
    };
  };
  const known = new Set(options.map((o) => o.id));
  const rows = [
    ...options.map(row),
    ...sums
      .filter((s) => s.optionId !== '' && !known.has(s.optionId) && s.n > 0)
      .map((s) =>
        row({ id: s.optionId, label: `${s.optionId} (no longer an option)`, correct: false }),
      ),
  ];
  const flags: string[] = [];
  if (answers >= MIN_ANSWERS) {
    const keyed = rows.filter((r) => r.correct && r.meanTotal !== null);
    const keyMean = keyed.length
      ? keyed.reduce((sum, r) => sum + (r.meanTotal as number) * r.count, 0) /
        keyed.reduce((sum, r) => sum + r.count, 0)
      : null;
    for (const r of rows) {
      if (r.correct || !known.has(r.id)) continue;
      if ((r.share ?? 0) < FUNCTIONAL_SHARE)
        flags.push(`distractor "${r.label}" is picked by under 5% of answers`);
      else if (keyMean !== null && r.meanTotal !== null && r.meanTotal > keyMean)
        flags.push(`distractor "${r.label}" draws stronger learners than the key`);
    }
  }
  return { answers, none: byId.get('')?.n ?? 0, options: rows, flags };
}

/** Σ over a quiz's fully graded attempts of the total T (points) and of T². */
export interface TotalSums {
  n: number;
  st: number;
  stt: number;
}

/** Σ of one item's points x and x² over the same attempts. */
export interface PointSums {
  itemId: string;
  n: number;
  sp: number;
  spp: number;
}

export type AlphaResult =
  | { alpha: number; items: number; attempts: number }
  | { alpha: null; items: number; attempts: number; reason: string };

/**
 * Cronbach's alpha, α = k/(k − 1) · (1 − Σ Var(x_i) / Var(T)), from sums over the same graded
 * attempts. It needs every attempt to have answered the same k items (a fixed paper): with pool
 * draws or a paper changed between versions the items were answered by different learners and
 * α is not defined, which the reason says. Population variances are used on both sides (the
 * n/(n − 1) factors cancel).
 */
export function alphaFromSums(total: TotalSums, items: readonly PointSums[]): AlphaResult {
  const k = items.filter((i) => i.n > 0).length;
  const base = { items: k, attempts: total.n };
  if (total.n < MIN_ATTEMPTS_FOR_STATISTICS)
    return {
      alpha: null,
      ...base,
      reason: `not enough attempts: ${total.n} of ${MIN_ATTEMPTS_FOR_STATISTICS}`,
    };
  if (k < 2) return { alpha: null, ...base, reason: 'needs at least two items' };
  if (items.some((i) => i.n > 0 && i.n !== total.n))
    return {
      alpha: null,
      ...base,
      reason: 'learners answered different items (pool draws or a changed paper)',
    };
  const n = total.n;
  const varT = total.stt / n - (total.st / n) ** 2;
  if (!(varT > 1e-12)) return { alpha: null, ...base, reason: 'every attempt has the same total' };
  const sumVar = items.reduce((sum, i) => sum + Math.max(0, i.spp / n - (i.sp / n) ** 2), 0);
  return { alpha: (k / (k - 1)) * (1 - sumVar / varT), ...base };
}

/** Running sums of one item (or case) as the rollups keep them. */
export interface LiveItemInput {
  itemId: string;
  /** The item as published now (null when it is gone from the bank). */
  definition: ItemDefinition | null;
  sums: ItemSums;
  /** Answers among sums.n that recorded picks. */
  picked: number;
  options: OptionSums[];
}

export interface LiveAnalysisInput {
  items: LiveItemInput[];
  cases: Array<{ caseId: string; title: string | null; sums: ItemSums }>;
  total: TotalSums;
  itemPoints: PointSums[];
}

/**
 * The whole item analysis of a quiz from its rollups: per item facility, SD, discrimination and
 * (for choice-type items) distractors, with every flag; per case the same statistics of the
 * case score; and the test's mean, SD and Cronbach's alpha. Flagged items come first.
 */
export function liveAnalysis(input: LiveAnalysisInput) {
  const items = input.items
    .map((row) => {
      const stats = statisticsFromSums(row.sums);
      const options = row.definition ? analysisOptions(row.definition) : [];
      const distractors =
        options.length > 0 || row.options.length > 0
          ? distractorAnalysis(options, row.options, row.picked)
          : null;
      return {
        itemId: row.itemId,
        type: row.definition?.type ?? null,
        prompt: row.definition?.prompt ?? null,
        ...stats,
        flags: [...stats.flags, ...(distractors?.flags ?? [])],
        distractors,
      };
    })
    .sort((a, b) => b.flags.length - a.flags.length || a.itemId.localeCompare(b.itemId));
  const cases = input.cases.map((row) => ({
    caseId: row.caseId,
    title: row.title,
    ...statisticsFromSums(row.sums),
  }));
  const { n, st, stt } = input.total;
  const variance = n > 1 ? Math.max(0, (stt - (st * st) / n) / (n - 1)) : null;
  return {
    test: {
      meanPoints: n > 0 ? st / n : null,
      sdPoints: variance === null ? null : Math.sqrt(variance),
      ...alphaFromSums(input.total, input.itemPoints),
    },
    items,
    cases,
  };
}

export type LiveAnalysis = ReturnType<typeof liveAnalysis>;
