/**
 * The batch item analysis: the reference the live statistics (`./statistics`) are checked
 * against, and what the benchmarks run; the product reads the live ones. Imported from
 * `@alliance/quiz-engine/item-analysis`, not from the package's main entry.
 *
 * Item analysis of one quiz from its scored attempts, after Moodle's quiz statistics report
 * (docs: "Quiz statistics calculations"): facility, standard deviation, discrimination index and
 * discriminative efficiency per item and per case, distractor frequencies, and the test's mean,
 * median, SD, skewness, kurtosis and Cronbach's alpha. Pure: no I/O.
 *
 * The accumulator is incremental: `add(attempt)` updates running, mean-centred sums in
 * O(items + cases) without looking at earlier attempts, `merge(other)` combines two accumulators
 * (partitioned data), and `result()` derives every statistic from the sums, except the two
 * that need sorted scores (discriminative efficiency and the median): for those the accumulator
 * also keeps each attempt's scores, unless told not to (`keepScores: false`).
 *
 * Notation (one attempt a of n): x_a is an item's score in points (fraction × maxPoints),
 * T_a = Σ_items x_a the attempt's total, r_a = T_a − x_a the score on the rest of the test. The
 * same holds for a case, with x_a the sum of its items' points.
 *
 * Numerics: instead of raw power sums (Σx, Σx², Σx·r), which lose every significant digit when
 * the variance is small next to the squared mean, we keep Welford's centred sums
 *   mean_n = mean_{n−1} + (x − mean_{n−1}) / n
 *   M2_n   = M2_{n−1} + (x − mean_{n−1})(x − mean_n)            (= Σ (x − x̄)²)
 *   C_n    = C_{n−1} + (x − x̄_{n−1})(r − r̄_n)                  (= Σ (x − x̄)(r − r̄))
 * for x, for r (tracked directly, not as T − x, so a rest that is constant has M2 exactly 0)
 * and for their co-moment; the total's third and fourth central moments use Terriberry's
 * update, and `merge` uses the pairwise formulas of Chan et al. and Pébay.
 */

import { within100 } from './statistics';

/** One slot (question position) of the quiz. */
export interface AnalysisSlot {
  /** Unique within the quiz. */
  id: string;
  /** Marks for full credit, > 0: an attempt scores fraction × maxPoints on the slot. */
  maxPoints: number;
  /** Slots that share a caseId (items about one scenario) are also analysed together. */
  caseId?: string;
  /**
   * Option ids of a choice-type item. When given, picks may be option indices, and a pick of
   * an id not listed is an error; when not, ids are learned in the order first picked.
   */
  options?: readonly string[];
}

/** One picked option: its id, or its index in the slot's declared `options`. */
export type OptionPick = string | number;

/**
 * What a learner picked on one slot: one option, several (multiple response), `[]` for a
 * response that picked nothing, or null/undefined when the slot has no picks to count.
 */
export type SlotPicks = OptionPick | ReadonlyArray<OptionPick> | null | undefined;

export interface ItemAnalysisOptions {
  /**
   * Keep every attempt's item, case and total scores (8 bytes × (items + cases + 1) per
   * attempt) so that `result()` can give the discriminative efficiency and the median, which
   * need sorted scores. Default true; false keeps memory O(items) and gives null for both.
   */
  keepScores?: boolean;
}

/** How often one option was picked. */
export interface OptionFrequency {
  id: string;
  count: number;
  /** count / responses, in [0, 1]; null when no response was counted. */
  share: number | null;
}

/** Distractor frequencies of a choice-type item. */
export interface PickFrequencies {
  /** Attempts that gave picks for this slot (possibly none: `[]`). */
  responses: number;
  /** Responses that picked no option. */
  none: number;
  /** Declared options in order, then learned ids in the order first picked. */
  options: OptionFrequency[];
}

/** Statistics shared by items and cases. Percentages are of the item's (case's) max points. */
export interface ScoreStatistics {
  /** Attempts counted (every attempt scores every slot). */
  n: number;
  maxPoints: number;
  /** x̄ in points; null when n = 0. */
  meanPoints: number | null;
  /** Facility index F = 100 · x̄ / maxPoints (%); null when n = 0. */
  facility: number | null;
  /** SD = 100 · √(Σ (x − x̄)² / (n − 1)) / maxPoints (% of max); null when n < 2. */
  sd: number | null;
  /**
   * Discrimination index D = 100 · Cov(x, r) / √(Var x · Var r): the Pearson correlation, in
   * %, of this score with the score on the rest of the test. Null when n < 2 or x or r has no
   * spread (SD ≤ 1e−10 × its max points, to absorb rounding in T − x).
   */
  discrimination: number | null;
  /**
   * Discriminative efficiency E = 100 · Cov(x, r) / Cov_max(x, r) (%), Moodle's definition:
   * Cov_max = Σ_i (x_(i) − x̄)(r_(i) − r̄) / (n − 1), where x_(i) and r_(i) are x and r sorted
   * ascending *independently*, the largest covariance that any pairing of these two score
   * distributions can reach (rearrangement inequality). So E is D relative to the largest D
   * possible given the item's difficulty and score spread. Sorting cannot be done
   * incrementally, so this is the one statistic `result()` computes from the kept scores
   * rather than from running sums (in O(n) per item: see `ItemAnalysis`); null without
   * `keepScores`, and whenever D is null.
   */
  discriminativeEfficiency: number | null;
}

export interface ItemStatistics extends ScoreStatistics {
  id: string;
  caseId: string | null;
  /** x̄ / maxPoints (usually in [0, 1]; negative marks can take it below 0); null when n = 0. */
  meanFraction: number | null;
  /** Null for a slot that declares no options and never got picks. */
  picks: PickFrequencies | null;
}

/** A case: its score x is the sum of its items' points, its rest is the other items' total. */
export interface CaseStatistics extends ScoreStatistics {
  id: string;
  slotIds: string[];
}

export interface TestStatistics {
  attempts: number;
  /** Σ maxPoints. */
  maxTotal: number;
  /** T̄; null when there are no attempts. */
  meanTotal: number | null;
  /** 100 · T̄ / maxTotal; null when there are no attempts. */
  meanPercent: number | null;
  /** Median total (mean of the two middle totals for even n); null without keepScores. */
  median: number | null;
  /** Sample SD of totals, s = √(Σ (T − T̄)² / (n − 1)); null when n < 2. */
  sdTotal: number | null;
  /**
   * Skewness as Moodle: with m_p = Σ (T − T̄)^p / n, k2 = n·m2/(n − 1),
   * k3 = n²·m3 / ((n − 1)(n − 2)), skewness = k3 / k2^(3/2). Null when n < 3 or s = 0.
   */
  skewness: number | null;
  /** k4 = n²·((n + 1)·m4 − 3(n − 1)·m2²) / ((n − 1)(n − 2)(n − 3)), kurtosis = k4 / k2². n ≥ 4. */
  kurtosis: number | null;
  /**
   * Cronbach's alpha (Moodle shows it ×100 as the coefficient of internal consistency):
   * α = k/(k − 1) · (1 − Σ_items Var(x) / Var(T)), item scores in points, k = number of slots.
   * Undefined (null) when k < 2, n < 2 or Var(T) = 0.
   */
  alpha: number | null;
  /** Error ratio ER = 100 · √(1 − α) (%); null when α is. */
  errorRatio: number | null;
  /** Standard error of measurement SE = ER · s / 100 = s · √(1 − α), in points. */
  standardError: number | null;
}

export interface ItemAnalysisResult {
  test: TestStatistics;
  /** In slot order. */
  items: ItemStatistics[];
  /** In order of each case's first slot. */
  cases: CaseStatistics[];
}

/** An SD at most this share of the max points counts as no spread (rounding noise in T − x). */
const ZERO_SPREAD = 1e-10;
/** Attempts per block of the score store (column-major within a block). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
/** Columns with at most this many distinct scores skip sorting (see FewValues). */
const MAX_GROUPS = 8;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
/** Pending picks: flag on the first option of a response; marker of a response with no pick. */
const OPENS_RESPONSE = 1 << 30;
const NO_PICK = -1;

interface PickCounter {
  declared: boolean;
  ids: string[];
  index: Map<string, number>;
  counts: number[];
  responses: number;
  none: number;
}

/**
 * Incremental item analysis over attempts at one quiz. Add attempts as fractions in slot order
 * (a Float64Array or number[], reused freely by the caller: nothing is kept by reference).
 *
 * Cost: `add` is O(items + cases + picks) and allocates nothing (the score store grows by
 * blocks of 1024 attempts). `result()` is O(items + cases) from the running sums, plus, with
 * keepScores, the sorted sums behind `discriminativeEfficiency` and the median: one radix sort
 * of the totals (with its permutation), then per item or case a few O(n) passes when its scores
 * take at most 8 distinct values (see FewValues), else two O(n) radix sorts (x and T − x).
 * About 0.1 s for 100,000 attempts × 40 items (bench/src/quiz-statistics.ts).
 */
export class ItemAnalysis {
  readonly slots: readonly AnalysisSlot[];
  private readonly k: number;
  /** Columns: the k items, then the cases. */
  private readonly width: number;
  private readonly maxPts: Float64Array;
  /** Per column, the max points of its rest (maxTotal − its max). */
  private readonly restMax: Float64Array;
  private readonly maxTotal: number;
  private readonly caseOf: Int32Array;
  private readonly caseIds: string[];
  private readonly caseSlots: number[][];
  private readonly keep: boolean;

  private n = 0;
  private readonly mean: Float64Array;
  private readonly m2: Float64Array;
  private readonly restMean: Float64Array;
  private readonly restM2: Float64Array;
  private readonly co: Float64Array;
  private totalMean = 0;
  private totalM2 = 0;
  private totalM3 = 0;
  private totalM4 = 0;

  /** Kept scores by blocks of CHUNK attempts: width columns, then the totals, each CHUNK long. */
  private readonly chunks: Float64Array[] = [];
  private readonly pts: Float64Array;
  private readonly pickCounters: PickCounter[];
  /** (slot, option index or marker) pairs of the attempt being added. */
  private pending = new Int32Array(64);
  /** Counters that learned an option id during the attempt being added (undone on a throw). */
  private readonly learned: PickCounter[] = [];

  constructor(slots: readonly AnalysisSlot[], options: ItemAnalysisOptions = {}) {
    const seen = new Set<string>();
    const caseIndex = new Map<string, number>();
    this.caseIds = [];
    this.caseSlots = [];
    this.k = slots.length;
    this.caseOf = new Int32Array(this.k).fill(-1);
    this.pickCounters = [];
    slots.forEach((slot, j) => {
      if (!slot.id || seen.has(slot.id)) {
        throw new RangeError(`slot ids must be unique and non-empty (slot ${j}: '${slot.id}')`);
      }
      seen.add(slot.id);
      if (!(Number.isFinite(slot.maxPoints) && slot.maxPoints > 0)) {
        throw new RangeError(`slot ${slot.id}: maxPoints must be > 0 (got ${slot.maxPoints})`);
      }
      if (slot.caseId !== undefined) {
        let c = caseIndex.get(slot.caseId);
        if (c === undefined) {
          c = this.caseIds.length;
          caseIndex.set(slot.caseId, c);
          this.caseIds.push(slot.caseId);
          this.caseSlots.push([]);
        }
        this.caseOf[j] = c;
        this.caseSlots[c]?.push(j);
      }
      const ids = [...(slot.options ?? [])];
      const index = new Map(ids.map((id, i) => [id, i]));
      if (index.size !== ids.length) throw new RangeError(`slot ${slot.id}: duplicate option ids`);
      this.pickCounters.push({
        declared: slot.options !== undefined,
        ids,
        index,
        counts: ids.map(() => 0),
        responses: 0,
        none: 0,
      });
    });
    this.slots = slots.map((s) => (s.options ? { ...s, options: [...s.options] } : { ...s }));
    this.width = this.k + this.caseIds.length;
    this.maxPts = new Float64Array(this.width);
    let maxTotal = 0;
    slots.forEach((slot, j) => {
      this.maxPts[j] = slot.maxPoints;
      maxTotal += slot.maxPoints;
      const c = this.caseOf[j] ?? -1;
      if (c >= 0) this.maxPts[this.k + c] = (this.maxPts[this.k + c] ?? 0) + slot.maxPoints;
    });
    this.maxTotal = maxTotal;
    this.restMax = this.maxPts.map((max) => Math.max(0, maxTotal - max));
    this.mean = new Float64Array(this.width);
    this.m2 = new Float64Array(this.width);
    this.restMean = new Float64Array(this.width);
    this.restM2 = new Float64Array(this.width);
    this.co = new Float64Array(this.width);
    this.pts = new Float64Array(this.width);
    this.keep = options.keepScores !== false;
  }

  /** Number of attempts added so far. */
  get attempts(): number {
    return this.n;
  }

  /**
   * Adds one attempt: `fractions[j]` is the share of slot j's marks earned (finite; may be
   * negative), `picks[j]` what was picked on slot j (optional; the same option picked twice
   * counts twice). Throws RangeError, changing nothing, on a wrong length, a non-finite
   * fraction, or an index or id that is not one of a slot's declared options.
   */
  add(fractions: ArrayLike<number>, picks?: ArrayLike<SlotPicks> | null): this {
    const k = this.k;
    const width = this.width;
    if (fractions.length !== k) {
      throw new RangeError(`expected ${k} fractions, got ${fractions.length}`);
    }
    const pts = this.pts;
    const maxPts = this.maxPts;
    const caseOf = this.caseOf;
    for (let m = k; m < width; m++) pts[m] = 0;
    let total = 0;
    for (let j = 0; j < k; j++) {
      const f = fractions[j] as number;
      // Catches NaN, ±Infinity and holes (undefined).
      if (f - f !== 0) {
        throw new RangeError(`slot ${this.slots[j]?.id}: fraction must be finite (got ${f})`);
      }
      const p = f * (maxPts[j] as number);
      pts[j] = p;
      total += p;
      const c = caseOf[j] as number;
      if (c >= 0) pts[k + c] = (pts[k + c] as number) + p;
    }
    const pending = picks == null ? 0 : this.resolvePicks(picks);

    // Nothing below throws: the attempt is taken as a whole.
    const n0 = this.n;
    const n1 = n0 + 1;
    const inv = 1 / n1;
    const mean = this.mean;
    const m2 = this.m2;
    const restMean = this.restMean;
    const restM2 = this.restM2;
    const co = this.co;
    for (let m = 0; m < width; m++) {
      const x = pts[m] as number;
      const r = total - x;
      const mx = mean[m] as number;
      const dx = x - mx;
      const mxNew = mx + dx * inv;
      mean[m] = mxNew;
      const mr = restMean[m] as number;
      const dr = r - mr;
      const mrNew = mr + dr * inv;
      restMean[m] = mrNew;
      const rDev = r - mrNew;
      m2[m] = (m2[m] as number) + dx * (x - mxNew);
      restM2[m] = (restM2[m] as number) + dr * rDev;
      co[m] = (co[m] as number) + dx * rDev;
    }

    // Terriberry's update of the total's central moments.
    const delta = total - this.totalMean;
    const dn = delta * inv;
    const dn2 = dn * dn;
    const term1 = delta * dn * n0;
    this.totalMean += dn;
    this.totalM4 +=
      term1 * dn2 * (n1 * n1 - 3 * n1 + 3) + 6 * dn2 * this.totalM2 - 4 * dn * this.totalM3;
    this.totalM3 += term1 * dn * (n1 - 2) - 3 * dn * this.totalM2;
    this.totalM2 += term1;

    if (this.keep) {
      const chunk = this.chunkFor(n0);
      const at = n0 & (CHUNK - 1);
      for (let m = 0; m < width; m++) chunk[m * CHUNK + at] = pts[m] as number;
      chunk[width * CHUNK + at] = total;
    }
    if (pending > 0) this.commitPicks(pending);
    this.n = n1;
    return this;
  }

  /**
   * Adds every attempt of `other` (same slots, ids, max points, cases, declared options and
   * keepScores) to this one, as if they had been added here:
   *   n = na + nb, δ = x̄b − x̄a, x̄ = x̄a + δ·nb/n,
   *   M2 = M2a + M2b + δ²·na·nb/n,  C = Ca + Cb + δx·δr·na·nb/n,
   * and Pébay's formulas for the total's M3 and M4.
   */
  merge(other: ItemAnalysis): this {
    if (other === this) throw new RangeError('cannot merge an analysis into itself');
    this.checkSameLayout(other);
    const na = this.n;
    const nb = other.n;
    if (nb === 0) return this;
    const n = na + nb;
    const f = (na * nb) / n;
    const wb = nb / n;
    for (let m = 0; m < this.width; m++) {
      const dx = (other.mean[m] as number) - (this.mean[m] as number);
      const dr = (other.restMean[m] as number) - (this.restMean[m] as number);
      this.mean[m] = (this.mean[m] as number) + dx * wb;
      this.restMean[m] = (this.restMean[m] as number) + dr * wb;
      this.m2[m] = (this.m2[m] as number) + (other.m2[m] as number) + dx * dx * f;
      this.restM2[m] = (this.restM2[m] as number) + (other.restM2[m] as number) + dr * dr * f;
      this.co[m] = (this.co[m] as number) + (other.co[m] as number) + dx * dr * f;
    }
    const d = other.totalMean - this.totalMean;
    const [a2, a3, a4] = [this.totalM2, this.totalM3, this.totalM4];
    const [b2, b3, b4] = [other.totalM2, other.totalM3, other.totalM4];
    this.totalM4 =
      a4 +
      b4 +
      (d ** 4 * na * nb * (na * na - na * nb + nb * nb)) / n ** 3 +
      (6 * d * d * (na * na * b2 + nb * nb * a2)) / (n * n) +
      (4 * d * (na * b3 - nb * a3)) / n;
    this.totalM3 =
      a3 + b3 + (d ** 3 * na * nb * (na - nb)) / (n * n) + (3 * d * (na * b2 - nb * a2)) / n;
    this.totalM2 = a2 + b2 + d * d * f;
    this.totalMean += d * wb;

    if (this.keep) {
      const column = new Float64Array(nb);
      for (let m = 0; m <= this.width; m++) {
        other.readColumn(m, column);
        for (let i = 0; i < nb; i++) {
          this.chunkFor(na + i)[m * CHUNK + ((na + i) & (CHUNK - 1))] = column[i] as number;
        }
      }
    }
    other.pickCounters.forEach((theirs, j) => {
      const mine = this.pickCounters[j];
      if (!mine) return;
      mine.responses += theirs.responses;
      mine.none += theirs.none;
      theirs.ids.forEach((id, i) => {
        const at = mine.index.get(id) ?? learnOption(mine, id);
        mine.counts[at] = (mine.counts[at] ?? 0) + (theirs.counts[i] ?? 0);
      });
    });
    this.n = n;
    return this;
  }

  /** Every statistic, derived from the running sums (and the kept scores, for E and median). */
  result(): ItemAnalysisResult {
    const n = this.n;
    const sorted = this.keep && n >= 2 ? this.sortedStatistics() : null;
    const column = (m: number): ScoreStatistics => {
      const max = this.maxPts[m] as number;
      const m2 = this.m2[m] as number;
      const restM2 = this.restM2[m] as number;
      const co = this.co[m] as number;
      const comax = sorted?.comax[m] ?? 0;
      const meanPoints = n > 0 ? (this.mean[m] as number) : null;
      const spread = n >= 2 && this.spreads(m);
      return {
        n,
        maxPoints: max,
        meanPoints,
        facility: meanPoints === null ? null : (100 * meanPoints) / max,
        sd: n >= 2 ? (100 * Math.sqrt(Math.max(0, m2) / (n - 1))) / max : null,
        // A correlation is at most 1 in size; with a spread barely above zero, rounding can push
        // it a hair past that, so keep it within ±100. (Efficiency can pass −100 by definition.)
        discrimination: spread ? within100((100 * co) / Math.sqrt(m2 * restM2)) : null,
        discriminativeEfficiency: spread && comax > 0 ? (100 * co) / comax : null,
      };
    };
    const items = this.slots.map((slot, j): ItemStatistics => {
      const stats = column(j);
      return {
        id: slot.id,
        caseId: slot.caseId ?? null,
        ...stats,
        meanFraction: stats.meanPoints === null ? null : stats.meanPoints / slot.maxPoints,
        picks: this.pickFrequencies(j),
      };
    });
    const cases = this.caseIds.map(
      (id, c): CaseStatistics => ({
        id,
        slotIds: (this.caseSlots[c] ?? []).map((j) => this.slots[j]?.id ?? ''),
        ...column(this.k + c),
      }),
    );
    const median = this.keep && n === 1 ? (this.chunks[0]?.[this.width * CHUNK] ?? null) : null;
    return { test: this.testStatistics(sorted?.median ?? median), items, cases };
  }

  /** Whether column m and its rest both vary (needs n ≥ 2). */
  private spreads(m: number): boolean {
    return (
      hasSpread(this.m2[m] as number, this.n, this.maxPts[m] as number) &&
      hasSpread(this.restM2[m] as number, this.n, this.restMax[m] as number)
    );
  }

  private testStatistics(median: number | null): TestStatistics {
    const n = this.n;
    const k = this.k;
    const m2 = Math.max(0, this.totalM2);
    const spread = n >= 2 && hasSpread(m2, n, this.maxTotal);
    const k2 = n >= 2 ? m2 / (n - 1) : 0;
    const sdTotal = n >= 2 ? Math.sqrt(k2) : null;
    let alpha: number | null = null;
    if (spread && k >= 2) {
      let itemM2 = 0;
      for (let j = 0; j < k; j++) itemM2 += this.m2[j] as number;
      alpha = (k / (k - 1)) * (1 - itemM2 / m2);
    }
    // √ magnifies rounding: with α one ulp below 1, √(1 − α) would read 1.5e-8, not 0.
    const residual = alpha === null ? null : 1 - alpha;
    const errorRatio = residual === null ? null : residual < 1e-12 ? 0 : 100 * Math.sqrt(residual);
    let skewness: number | null = null;
    let kurtosis: number | null = null;
    if (spread && n >= 3) {
      const m3 = this.totalM3 / n;
      skewness = (n * n * m3) / ((n - 1) * (n - 2)) / k2 ** 1.5;
      if (n >= 4) {
        const mm2 = m2 / n;
        const m4 = this.totalM4 / n;
        const k4 =
          (n * n * ((n + 1) * m4 - 3 * (n - 1) * mm2 * mm2)) / ((n - 1) * (n - 2) * (n - 3));
        kurtosis = k4 / (k2 * k2);
      }
    }
    const meanTotal = n > 0 ? this.totalMean : null;
    return {
      attempts: n,
      maxTotal: this.maxTotal,
      meanTotal,
      meanPercent: meanTotal === null ? null : (100 * meanTotal) / this.maxTotal,
      median,
      sdTotal,
      skewness,
      kurtosis,
      alpha,
      errorRatio,
      standardError: errorRatio === null || sdTotal === null ? null : (errorRatio * sdTotal) / 100,
    };
  }

  /**
   * Cov_max·(n − 1) = Σ (x_(i) − x̄)(r_(i) − r̄) per column, x and r each sorted ascending
   * (centred with the running means, so no cancellation), and the median total. n ≥ 2.
   *
   * The totals are sorted once, with their permutation. A column whose scores take at most
   * MAX_GROUPS distinct values v (the usual case for items: right/wrong, partial credit) needs
   * no sort: grouping the attempts by v in total order gives runs of r = T − v that are already
   * ascending (IEEE subtraction is monotone), and sorted x is each v repeated as often as it
   * occurs, so only a few rank selections over the runs are needed (FewValues). Other columns
   * are radix-sorted.
   */
  private sortedStatistics(): { comax: Float64Array; median: number } {
    const n = this.n;
    const width = this.width;
    const buffer = () => new Float64Array(n);
    const [col, rest, a, b, c, d] = [buffer(), buffer(), buffer(), buffer(), buffer(), buffer()];
    const hist = new Int32Array(6 * BUCKETS);
    const totals = buffer();
    this.readColumn(width, totals);
    const [ia, ib] = [new Int32Array(n), new Int32Array(n)];
    const { values: sortedTotals, index: perm } = radixSort(
      totals,
      buffer(),
      buffer(),
      hist,
      ia,
      ib,
    );
    const half = n >> 1;
    const median =
      n % 2 === 1
        ? (sortedTotals[half] as number)
        : ((sortedTotals[half - 1] as number) + (sortedTotals[half] as number)) / 2;

    const few = new FewValues(n);
    const comax = new Float64Array(width);
    for (let m = 0; m < width; m++) {
      if (!this.spreads(m)) continue;
      this.readColumn(m, col);
      const mx = this.mean[m] as number;
      const mr = this.restMean[m] as number;
      if (few.group(col)) {
        comax[m] = few.comoment(sortedTotals, perm, mx, mr);
        continue;
      }
      // Exactly the r = T − x used by add().
      for (let t = 0; t < n; t++) rest[t] = (totals[t] as number) - (col[t] as number);
      const sx = radixSort(col, a, b, hist).values;
      const sr = radixSort(rest, c, d, hist).values;
      let sum = 0;
      for (let t = 0; t < n; t++) sum += ((sx[t] as number) - mx) * ((sr[t] as number) - mr);
      comax[m] = sum;
    }
    return { comax, median };
  }

  /** Copies column m (width = the totals) of the kept scores into `out` (length n). */
  private readColumn(m: number, out: Float64Array): void {
    const n = Math.min(this.n, out.length);
    for (let c = 0; c * CHUNK < n; c++) {
      const chunk = this.chunks[c];
      if (!chunk) break;
      const count = Math.min(CHUNK, n - c * CHUNK);
      out.set(chunk.subarray(m * CHUNK, m * CHUNK + count), c * CHUNK);
    }
  }

  /** The block holding attempt i, created when first needed. */
  private chunkFor(i: number): Float64Array {
    const c = i >> CHUNK_BITS;
    let chunk = this.chunks[c];
    while (!chunk) {
      this.chunks.push(new Float64Array(CHUNK * (this.width + 1)));
      chunk = this.chunks[c];
    }
    return chunk;
  }

  private pickFrequencies(j: number): PickFrequencies | null {
    const counter = this.pickCounters[j];
    if (!counter || (!counter.declared && counter.responses === 0)) return null;
    const { responses } = counter;
    return {
      responses,
      none: counter.none,
      options: counter.ids.map((id, i) => {
        const count = counter.counts[i] ?? 0;
        return { id, count, share: responses > 0 ? count / responses : null };
      }),
    };
  }

  /**
   * Checks an attempt's picks and queues them as (slot, option) pairs in `pending`; returns the
   * number of pairs. Learns new ids of undeclared slots, and unlearns them if it throws.
   */
  private resolvePicks(picks: ArrayLike<SlotPicks>): number {
    if (picks.length !== this.k) {
      throw new RangeError(`expected picks for ${this.k} slots, got ${picks.length}`);
    }
    this.learned.length = 0;
    let count = 0;
    try {
      for (let j = 0; j < this.k; j++) {
        const p = picks[j];
        if (p == null) continue;
        if (typeof p === 'object') {
          if (p.length === 0) count = this.queue(count, j, NO_PICK);
          for (let i = 0; i < p.length; i++) {
            const at = this.resolvePick(j, p[i]);
            count = this.queue(count, j, i === 0 ? at | OPENS_RESPONSE : at);
          }
        } else count = this.queue(count, j, this.resolvePick(j, p) | OPENS_RESPONSE);
      }
    } catch (error) {
      for (const counter of this.learned.reverse()) {
        counter.index.delete(counter.ids.pop() ?? '');
        counter.counts.pop();
      }
      throw error;
    }
    return count;
  }

  /** Appends (j, at) to `pending`, which holds `count` pairs; returns the new count. */
  private queue(count: number, j: number, at: number): number {
    if (2 * count + 2 > this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[2 * count] = j;
    this.pending[2 * count + 1] = at;
    return count + 1;
  }

  private resolvePick(j: number, pick: OptionPick | undefined): number {
    const counter = this.pickCounters[j] as PickCounter;
    if (typeof pick === 'number') {
      if (counter.declared && Number.isInteger(pick) && pick >= 0 && pick < counter.ids.length) {
        return pick;
      }
      throw new RangeError(`slot ${this.slots[j]?.id}: option index ${pick} is not declared`);
    }
    if (typeof pick === 'string') {
      const at = counter.index.get(pick);
      if (at !== undefined) return at;
      if (counter.declared) {
        throw new RangeError(`slot ${this.slots[j]?.id}: option '${pick}' is not declared`);
      }
      this.learned.push(counter);
      return learnOption(counter, pick);
    }
    throw new RangeError(`slot ${this.slots[j]?.id}: a pick must be an option id or index`);
  }

  private commitPicks(count: number): void {
    const pending = this.pending;
    for (let t = 0; t < count; t++) {
      const counter = this.pickCounters[pending[2 * t] as number] as PickCounter;
      const at = pending[2 * t + 1] as number;
      if (at === NO_PICK) {
        counter.responses++;
        counter.none++;
        continue;
      }
      if (at & OPENS_RESPONSE) counter.responses++;
      const option = at & (OPENS_RESPONSE - 1);
      counter.counts[option] = (counter.counts[option] ?? 0) + 1;
    }
  }

  private checkSameLayout(other: ItemAnalysis): void {
    const same =
      other.k === this.k &&
      other.keep === this.keep &&
      this.slots.every((slot, j) => {
        const theirs = other.slots[j];
        return (
          theirs !== undefined &&
          theirs.id === slot.id &&
          theirs.maxPoints === slot.maxPoints &&
          theirs.caseId === slot.caseId &&
          (theirs.options === undefined) === (slot.options === undefined) &&
          (theirs.options ?? []).join('\u0000') === (slot.options ?? []).join('\u0000')
        );
      });
    if (!same) {
      throw new RangeError('can only merge analyses of the same slots with the same keepScores');
    }
  }
}

/** Same as `new ItemAnalysis(slots, options)`. */
export function createItemAnalysis(
  slots: readonly AnalysisSlot[],
  options?: ItemAnalysisOptions,
): ItemAnalysis {
  return new ItemAnalysis(slots, options);
}

/** SD = √(M2 / (n − 1)) above ZERO_SPREAD × max (so exact zero when max is 0). */
function hasSpread(m2: number, n: number, max: number): boolean {
  return m2 > 0 && Math.sqrt(m2 / (n - 1)) > ZERO_SPREAD * max;
}

function learnOption(counter: PickCounter, id: string): number {
  const at = counter.ids.length;
  counter.ids.push(id);
  counter.index.set(id, at);
  counter.counts.push(0);
  return at;
}

/**
 * Σ (x_(i) − x̄)(r_(i) − r̄) without sorting, for a column whose scores take at most MAX_GROUPS
 * distinct values v_1 < … < v_m with counts c_g:
 * - sorted x is v_1 repeated c_1 times, then v_2 …, so with C_g = c_1 + … + c_g and F(c) the sum
 *   of the c smallest (r − r̄),  Σ = Σ_g (v_g − x̄) · (F(C_g) − F(C_{g−1}));
 * - taking the attempts in total order, each group's rests T − v_g come out ascending (IEEE
 *   subtraction is monotone), so the rests form m sorted runs, and F(c) is found by binary
 *   searches over the runs and their prefix sums: O(n) to build the runs, O(m³ log² n) to select.
 */
class FewValues {
  /** Group of each attempt (stored order). */
  private readonly groupOf: Uint8Array;
  private readonly values = new Float64Array(MAX_GROUPS);
  private readonly counts = new Int32Array(MAX_GROUPS);
  private readonly slots = new Int8Array(256);
  private groups = 0;
  /** The groups' runs of rests, one after another, and their centred prefix sums. */
  private readonly runs: Float64Array;
  private readonly prefix: Float64Array;
  private readonly start = new Int32Array(MAX_GROUPS);
  private readonly end = new Int32Array(MAX_GROUPS);

  constructor(n: number) {
    this.groupOf = new Uint8Array(n);
    this.runs = new Float64Array(n);
    this.prefix = new Float64Array(n);
  }

  /** Groups `col` by value (a hash of its bits); false when it has more than MAX_GROUPS. */
  group(col: Float64Array): boolean {
    const n = col.length;
    const bits = new Int32Array(col.buffer, col.byteOffset, 2 * n);
    const { values, counts, slots, groupOf } = this;
    slots.fill(-1);
    let groups = 0;
    for (let i = 0; i < n; i++) {
      const v = col[i] as number;
      const lo = bits[2 * i] as number;
      const hi = bits[2 * i + 1] as number;
      let h = (hi ^ (hi >>> 11) ^ (hi >>> 21) ^ lo ^ (lo >>> 16)) & 255;
      let g = slots[h] as number;
      // Equal values share a group (±0 may take two: harmless, both have the same value).
      while (g >= 0 && values[g] !== v) {
        h = (h + 1) & 255;
        g = slots[h] as number;
      }
      if (g < 0) {
        if (groups === MAX_GROUPS) return false;
        g = groups++;
        slots[h] = g;
        values[g] = v;
        counts[g] = 0;
      }
      groupOf[i] = g;
      counts[g] = (counts[g] as number) + 1;
    }
    this.groups = groups;
    return true;
  }

  /** Σ (x_(i) − mx)(r_(i) − mr) for the column last grouped; `perm` orders attempts by total. */
  comoment(sortedTotals: Float64Array, perm: Int32Array, mx: number, mr: number): number {
    const { groups, values, counts, groupOf, runs, prefix, start, end } = this;
    const n = sortedTotals.length;
    const fill = new Int32Array(groups);
    const sums = new Float64Array(groups);
    for (let g = 0, at = 0; g < groups; g++) {
      start[g] = at;
      fill[g] = at;
      at += counts[g] as number;
      end[g] = at;
    }
    for (let i = 0; i < n; i++) {
      const g = groupOf[perm[i] as number] as number;
      const at = fill[g] as number;
      const r = (sortedTotals[i] as number) - (values[g] as number);
      runs[at] = r;
      const sum = (sums[g] as number) + (r - mr);
      sums[g] = sum;
      prefix[at] = sum;
      fill[g] = at + 1;
    }
    const order = Array.from(values.subarray(0, groups).keys()).sort(
      (p, q) => (values[p] as number) - (values[q] as number),
    );
    let total = 0;
    let below = 0;
    let taken = 0;
    for (const g of order) {
      taken += counts[g] as number;
      const upTo = taken === n ? this.sumOfAll(sums) : this.smallest(taken, mr);
      total += ((values[g] as number) - mx) * (upTo - below);
      below = upTo;
    }
    return total;
  }

  private sumOfAll(sums: Float64Array): number {
    let total = 0;
    for (let g = 0; g < this.groups; g++) total += sums[g] as number;
    return total;
  }

  /** F(c): the sum of the c smallest (r − mr) over all runs, 0 < c < n. */
  private smallest(c: number, mr: number): number {
    const { groups, runs, start, end } = this;
    // The c-th smallest rest t: the first element of some run with countAtMost(t) ≥ c.
    let t = Number.NaN;
    for (let g = 0; g < groups && Number.isNaN(t); g++) {
      let lo = start[g] as number;
      let hi = end[g] as number;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.count(runs[mid] as number, true) >= c) hi = mid;
        else lo = mid + 1;
      }
      if (lo < (end[g] as number) && this.count(runs[lo] as number, false) < c) {
        t = runs[lo] as number;
      }
    }
    let sum = 0;
    let less = 0;
    for (let g = 0; g < groups; g++) {
      const s = start[g] as number;
      const p = bound(runs, s, end[g] as number, t, false);
      if (p > s) sum += this.prefix[p - 1] as number;
      less += p - s;
    }
    return sum + (c - less) * (t - mr);
  }

  /** How many rests are < t (or ≤ t with `orEqual`). */
  private count(t: number, orEqual: boolean): number {
    let total = 0;
    for (let g = 0; g < this.groups; g++) {
      const s = this.start[g] as number;
      total += bound(this.runs, s, this.end[g] as number, t, orEqual) - s;
    }
    return total;
  }
}

/** First index in the ascending run [lo, hi) whose value is ≥ t (> t with `past`). */
function bound(run: Float64Array, lo: number, hi: number, t: number, past: boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b) >> 1;
    const v = run[mid] as number;
    if (v < t || (past && v === t)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/**
 * Sorts `src` ascending into `a` or `b` (`src` is untouched); with `ia`/`ib`, also returns the
 * permutation (index[i] = position in src of the i-th smallest). LSD radix sort of the IEEE-754
 * bit patterns, made unsigned-ordered (flip the sign bit of positives, every bit of negatives),
 * in six 11-bit digits; a digit that every key shares is skipped, so scores on a binary-exact
 * grid (0, ½, ¼, …) take two passes instead of six.
 */
function radixSort(
  src: Float64Array,
  a: Float64Array,
  b: Float64Array,
  hist: Int32Array,
  ia?: Int32Array,
  ib?: Int32Array,
): { values: Float64Array; index: Int32Array } {
  const n = src.length;
  const s32 = new Int32Array(src.buffer, src.byteOffset, 2 * n);
  let cur = new Int32Array(a.buffer, a.byteOffset, 2 * n);
  let alt = new Int32Array(b.buffer, b.byteOffset, 2 * n);
  let curValues = a;
  let altValues = b;
  let curIndex = ia ?? new Int32Array(0);
  let altIndex = ib ?? new Int32Array(0);
  const withIndex = ia !== undefined && ib !== undefined;
  hist.fill(0);
  for (let i = 0; i < n; i++) {
    const lo = s32[2 * i] as number;
    const hi = s32[2 * i + 1] as number;
    const mask = hi >> 31;
    const klo = lo ^ mask;
    const khi = hi ^ (mask | 0x80000000);
    cur[2 * i] = klo;
    cur[2 * i + 1] = khi;
    const d0 = klo & DIGIT_MASK;
    const d1 = BUCKETS + ((klo >>> DIGIT_BITS) & DIGIT_MASK);
    const d2 = 2 * BUCKETS + (klo >>> (2 * DIGIT_BITS));
    const d3 = 3 * BUCKETS + (khi & DIGIT_MASK);
    const d4 = 4 * BUCKETS + ((khi >>> DIGIT_BITS) & DIGIT_MASK);
    const d5 = 5 * BUCKETS + (khi >>> (2 * DIGIT_BITS));
    hist[d0] = (hist[d0] as number) + 1;
    hist[d1] = (hist[d1] as number) + 1;
    hist[d2] = (hist[d2] as number) + 1;
    hist[d3] = (hist[d3] as number) + 1;
    hist[d4] = (hist[d4] as number) + 1;
    hist[d5] = (hist[d5] as number) + 1;
  }
  if (withIndex) for (let i = 0; i < n; i++) curIndex[i] = i;
  for (let digit = 0; digit < 6; digit++) {
    const word = digit < 3 ? 0 : 1;
    const shift = (digit % 3) * DIGIT_BITS;
    const base = digit * BUCKETS;
    const first = base + (((cur[word] as number) >>> shift) & DIGIT_MASK);
    if (hist[first] === n) continue;
    let sum = 0;
    for (let v = base; v < base + BUCKETS; v++) {
      const count = hist[v] as number;
      hist[v] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const klo = cur[2 * i] as number;
      const khi = cur[2 * i + 1] as number;
      const v = base + (((word === 0 ? klo : khi) >>> shift) & DIGIT_MASK);
      const at = hist[v] as number;
      hist[v] = at + 1;
      alt[2 * at] = klo;
      alt[2 * at + 1] = khi;
      if (withIndex) altIndex[at] = curIndex[i] as number;
    }
    [cur, alt] = [alt, cur];
    [curValues, altValues] = [altValues, curValues];
    [curIndex, altIndex] = [altIndex, curIndex];
  }
  for (let i = 0; i < n; i++) {
    const klo = cur[2 * i] as number;
    const khi = cur[2 * i + 1] as number;
    const mask = ~(khi >> 31);
    cur[2 * i] = klo ^ mask;
    cur[2 * i + 1] = khi ^ (mask | 0x80000000);
  }
  return { values: curValues, index: curIndex };
}
