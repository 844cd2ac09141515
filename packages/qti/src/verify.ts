import {
  createRng,
  type ItemDefinition,
  moduleOf,
  roundScore,
  scoreItem,
} from '@alliance/quiz-engine';
import type { QtiResponses } from './scoring';

/**
 * Checking an imported item against its QTI source: the same responses are scored by the QTI
 * item's response processing and by our engine, and every difference is counted. Small response
 * spaces are checked exhaustively; large ones on a fixed-seed sample (plus the key and empty).
 */

/**
 * One response, in our shape and in QTI's, with a label for messages. Our shape may carry the
 * fields of several item types (a match probe has both matches and placements): each candidate
 * definition is given only its own type's fields.
 */
export interface Probe {
  response: unknown;
  qti: QtiResponses;
  label: string;
}

/** The fields of a probe's response that the definition's item type has. */
function ownFields(definition: ItemDefinition, response: unknown): unknown {
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return response;
  const keys = moduleOf(definition).responseKeys;
  return Object.fromEntries(Object.entries(response).filter(([key]) => keys.includes(key)));
}

/** How many responses at most are checked per item. */
const PROBE_LIMIT = 4096;

export interface Verification {
  checked: number;
  mismatches: number;
  example?: { label: string; qti: number; ours: number | string };
}

/** Scores every probe both ways: our fraction must equal the QTI score / max score. */
export function verify(
  definition: ItemDefinition,
  probes: readonly Probe[],
  qtiScores: readonly number[],
  max: number,
): Verification {
  let mismatches = 0;
  let example: Verification['example'];
  probes.forEach((probe, i) => {
    const expected = roundScore((qtiScores[i] ?? 0) / max);
    const scored = scoreItem(definition, ownFields(definition, probe.response));
    const ours = scored.ok ? roundScore(scored.value.fraction) : Number.NaN;
    if (!(Math.abs(ours - expected) <= 1e-9)) {
      mismatches++;
      example ??= {
        label: probe.label,
        qti: expected,
        ours: scored.ok
          ? ours
          : `refused (${scored.issues.map((issue) => issue.message).join('; ')})`,
      };
    }
  });
  return { checked: probes.length, mismatches, example };
}

const fmt = (x: number) => String(Math.round(x * 1e4) / 1e4);

/** "scores differ from the QTI item on 3 of 32 responses checked (e.g. …)". */
export function describeMismatch(v: Verification): string {
  const e = v.example;
  const detail = e
    ? ` (e.g. ${e.label}: QTI gives ${fmt(e.qti)} of full marks, here ${typeof e.ours === 'number' ? fmt(e.ours) : e.ours})`
    : '';
  return `scores differ from the QTI item on ${v.mismatches} of ${v.checked} responses checked${detail}`;
}

/** Index tuples: every choice of one value in [-1, size) per slot (−1 = left empty), or a
 * fixed-seed sample when there are more than `limit`. The all-empty tuple comes first. */
export function tuples(sizes: readonly number[], limit = PROBE_LIMIT, seed = 'tuples'): number[][] {
  const total = sizes.reduce((p, s) => p * (s + 1), 1);
  if (total <= limit) {
    const out: number[][] = [];
    const current = sizes.map(() => -1);
    const walk = (slot: number) => {
      if (slot === sizes.length) {
        out.push([...current]);
        return;
      }
      for (let v = -1; v < (sizes[slot] ?? 0); v++) {
        current[slot] = v;
        walk(slot + 1);
      }
    };
    walk(0);
    return out;
  }
  const rng = createRng(seed);
  const out: number[][] = [sizes.map(() => -1)];
  for (let i = 1; i < limit; i++) out.push(sizes.map((s) => rng.int(s + 1) - 1));
  return out;
}

/** Subsets of n options as boolean masks: all of them, or a sample (empty first). */
export function subsets(n: number, limit = PROBE_LIMIT, seed = 'subsets'): boolean[][] {
  if (2 ** n <= limit) {
    const out: boolean[][] = [];
    for (let mask = 0; mask < 2 ** n; mask++) {
      out.push(Array.from({ length: n }, (_, i) => (mask & (1 << i)) !== 0));
    }
    return out;
  }
  const rng = createRng(seed);
  const out: boolean[][] = [Array(n).fill(false)];
  for (let i = 1; i < limit; i++) out.push(Array.from({ length: n }, () => rng.int(2) === 1));
  return out;
}

/** Permutations of 0…n−1: all of them (n ≤ 7), or the identity, its reverse and a sample. */
export function permutations(n: number, limit = PROBE_LIMIT, seed = 'orders'): number[][] {
  const identity = Array.from({ length: n }, (_, i) => i);
  let count = 1;
  for (let i = 2; i <= n; i++) count *= i;
  if (count <= limit) {
    const out: number[][] = [];
    const walk = (prefix: number[], rest: number[]) => {
      if (rest.length === 0) {
        out.push(prefix);
        return;
      }
      rest.forEach((x, i) => {
        walk([...prefix, x], [...rest.slice(0, i), ...rest.slice(i + 1)]);
      });
    };
    walk([], identity);
    return out;
  }
  const rng = createRng(seed);
  const out = [identity, [...identity].reverse()];
  for (let i = 2; i < limit; i++) out.push(rng.shuffle(identity));
  return out;
}
