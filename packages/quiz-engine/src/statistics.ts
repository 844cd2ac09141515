/**
 * Item statistics as the product shows them, live: from the running sums the database keeps per
 * quiz and item (the item_stats rollup), exact and O(1) per item. Same names, units and
 * definitions as the batch `ItemAnalysis` (`./item-analysis`), against which the tests check
 * them; both follow Moodle's quiz statistics report.
 */

/** Keeps a percentage correlation within [−100, 100]. */
export function within100(value: number): number {
  return Math.max(-100, Math.min(100, value));
}

/**
 * Running sums over (x, y) pairs as the rollups keep them: x the item's (or case's) score
 * fraction, y the rest of the test — the attempt's points less this item's, as a share of the
 * rest's max points (so papers of different length compare).
 */
export interface ItemSums {
  n: number;
  sx: number;
  sxx: number;
  sy: number;
  syy: number;
  sxy: number;
}

/** Below this many graded answers, a statistic says "not enough attempts" instead of a figure. */
export const MIN_ATTEMPTS_FOR_STATISTICS = 10;

/**
 * The live statistics of one item or case, with the same names, units and definitions as
 * `ItemAnalysis` (and Moodle's quiz statistics): facility and SD in % of the item's marks, and
 * the discrimination index in %: the correlation of the item's score with the rest of the test.
 */
export interface SumStatistics {
  n: number;
  /** Facility index: 100 · mean score fraction (%); null below the minimum of attempts. */
  facility: number | null;
  /** 100 · sample SD of the score fraction (% of max); null below the minimum. */
  sd: number | null;
  /** Discrimination index: 100 · Pearson r of the score with the rest of the test (%). */
  discrimination: number | null;
  /** Why a figure is missing, in words ("not enough attempts: 3 of 10"), else null. */
  reason: string | null;
  /** What an author should look at, in words. */
  flags: string[];
}

/**
 * Item statistics from running sums (as the item_stats rollup keeps them), exact and O(1): facility,
 * SD and the item-rest discrimination index, with the flags: negative discrimination, facility
 * below 20 % or above 95 %. Below `MIN_ATTEMPTS_FOR_STATISTICS` answers there are no figures.
 */
export function statisticsFromSums(s: ItemSums): SumStatistics {
  const { n } = s;
  if (n < MIN_ATTEMPTS_FOR_STATISTICS)
    return {
      n,
      facility: null,
      sd: null,
      discrimination: null,
      reason: `not enough attempts: ${n} of ${MIN_ATTEMPTS_FOR_STATISTICS}`,
      flags: [],
    };
  const facility = (100 * s.sx) / n;
  const varX = Math.max(0, (s.sxx - (s.sx * s.sx) / n) / (n - 1));
  const sxxC = s.sxx - (s.sx * s.sx) / n;
  const syyC = s.syy - (s.sy * s.sy) / n;
  const sxyC = s.sxy - (s.sx * s.sy) / n;
  const denom = Math.sqrt(Math.max(0, sxxC) * Math.max(0, syyC));
  const discrimination = denom > 1e-12 ? within100((100 * sxyC) / denom) : null;
  const flags: string[] = [];
  if (discrimination !== null && discrimination < 0)
    flags.push('negative discrimination: strong attempts do worse on it than weak ones');
  if (facility < 20) flags.push('very hard: facility below 20 %');
  if (facility > 95) flags.push('very easy: facility above 95 %');
  return {
    n,
    facility,
    sd: 100 * Math.sqrt(varX),
    discrimination,
    reason: discrimination === null ? 'the score or the rest of the test does not vary' : null,
    flags,
  };
}
