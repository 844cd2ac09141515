import { z } from 'zod';
import {
  type Checked,
  fail,
  formatNumber,
  type Issue,
  type ItemModule,
  idSchema,
  itemBaseShape,
  ok,
  type RawScore,
  roundScore,
} from '../core';
import type { Rng } from '../random';

/**
 * Ordering: the learner puts items (e.g. the stages of an alliance's construction) in order.
 *
 * The grading types are exactly those of Moodle's Ordering question type (qtype_ordering,
 * `question.php` → `grade_response()`), under kebab-case names. n is the number of items; "the
 * key" is the items in definition order.
 *
 * - `all-or-nothing`: 1 when every item is in its key place, else 0.
 * - `absolute-position`: items in their key place / n.
 * - `relative-next-exclude-last`: for each of the key's first n − 1 items, is the item right after
 *   it in the response the one right after it in the key? / (n − 1). An item placed last in the
 *   response is followed by nothing, so it earns nothing here.
 * - `relative-next-include-last`: the same, plus the key's last item must be last in the
 *   response (followed by "none"); / n.
 * - `relative-one-previous-and-next`: each item's immediate predecessor and successor ("none" at
 *   either end) compared with the key's; / 2n.
 * - `relative-all-previous-and-next`: for each item, the other items on the same side of it as in
 *   the key (before it when before it in the key, after it when after); / n(n − 1).
 * - `longest-ordered-subset`: the longest run of items that appear in the response in key order,
 *   not necessarily side by side; a run of one scores 0; / n.
 * - `longest-contiguous-subset`: the same, but the run's items must follow each other in the key
 *   (they still need not be side by side in the response, as in Moodle's code: key ABCDE,
 *   response ACBDE → C, D, E → 3/5).
 * - `relative-to-correct`: Σ max(0, (n − 1) − |key place − response place|) / n(n − 1).
 *
 * Checked against Moodle: its own unit tests (`tests/question_test.php`) are reproduced in
 * `ordering.test.ts`; Moodle's subset search (`get_ordered_subsets`, which enumerates candidate
 * subsets) was compared with ours on every permutation of up to 8 items: same length and the same
 * subset picked. Moodle's code and our spec agree on every grading type. One note: Moodle's help
 * text says a contiguous subset "MUST BE CONTIGUOUS", which reads as "side by side in the
 * response"; its code (and our spec's ACBDE example) only ask that the items follow each other in
 * the key. We follow the code.
 */
export const ORDERING_GRADINGS = [
  'all-or-nothing',
  'absolute-position',
  'relative-next-exclude-last',
  'relative-next-include-last',
  'relative-one-previous-and-next',
  'relative-all-previous-and-next',
  'longest-ordered-subset',
  'longest-contiguous-subset',
  'relative-to-correct',
] as const;
export type OrderingGrading = (typeof ORDERING_GRADINGS)[number];

/** An ordering item: `items` are listed in the key (correct) order. */
export const orderingDefinitionSchema = z.object({
  ...itemBaseShape,
  type: z.literal('ordering'),
  /** In the KEY (correct) order; the learner sees them shuffled. */
  items: z
    .array(z.object({ id: idSchema, text: z.string().min(1, 'must not be empty') }))
    .min(2, 'needs at least 2 items'),
  grading: z.enum(ORDERING_GRADINGS).default('absolute-position'),
  shuffle: z.boolean().default(true),
});

export type OrderingDefinition = z.output<typeof orderingDefinitionSchema>;

/** Every item id exactly once, first to last; `[]` for a learner who did nothing. */
export interface OrderingResponse {
  order: string[];
}

/** What the learner sees: the item texts, shuffled; no key, grading type or explanation. */
export interface OrderingPresentation {
  type: 'ordering';
  id: string;
  prompt: string;
  points: number;
  items: Array<{ id: string; text: string }>;
}

/** The maths of one ordering score: the fraction, how it was reached, which items were right. */
export interface OrderingGrade {
  /** In [0, 1]. */
  fraction: number;
  steps: string[];
  /**
   * Item id → right? An item is right when it earns all the credit open to it under the grading
   * (Moodle's "correct" class):
   * - all-or-nothing, absolute position, relative to correct: it is in its key place;
   * - relative next (both): it is followed by the item that follows it in the key (the key's
   *   last item: by nothing, i.e. it is last). Excluding last, the key's last item earns nothing
   *   itself (Moodle leaves it unscored); it counts as right when it directly follows its key
   *   predecessor, so the key response shows every item right;
   * - one previous and next: both neighbours are as in the key;
   * - all previous and next: every other item is on the same side of it as in the key;
   * - longest subsets: it belongs to the run that was scored (the first one from the left
   *   among the longest, as in Moodle).
   */
  parts: Record<string, boolean>;
}

/** Key index → place in the response (−1 when absent). Linear scans: n is small. */
function responsePlaces(keyIds: readonly string[], responseIds: readonly string[]): Int32Array {
  const places = new Int32Array(keyIds.length);
  for (let k = 0; k < keyIds.length; k++) places[k] = responseIds.indexOf(keyIds[k] ?? '');
  return places;
}

/** What the step helpers need to name items. */
interface Names {
  keyIds: readonly string[];
  texts: readonly string[] | undefined;
  responseIds: readonly string[];
  /** Key index of the response's j-th item, −1 when unknown to the key. */
  rk: Int32Array;
}

/** `"text"` of key item k (its id where no text is given). */
function keyName(names: Names, k: number): string {
  return `"${names.texts?.[k] ?? names.keyIds[k] ?? ''}"`;
}

/** `"text"` of the response's j-th item. */
function placeName(names: Names, j: number): string {
  const k = names.rk[j] ?? -1;
  return k >= 0 ? keyName(names, k) : `"${names.responseIds[j] ?? ''}"`;
}

const ratio = (count: number, total: number): string =>
  `${count}/${total} = ${formatNumber(total === 0 ? 0 : count / total)}`;

/**
 * Grades an order against the key under one of Moodle's grading types. Pure and total: any
 * arrays are accepted (ids unknown to the key are skipped, missing ones earn nothing), though a
 * parsed response is always a permutation of the key or empty.
 *
 * @param texts the items' texts in key order, for the steps; ids are quoted where missing.
 */
export function gradeOrdering(
  keyIds: readonly string[],
  responseIds: readonly string[],
  grading: OrderingGrading,
  texts?: readonly string[],
): OrderingGrade {
  const n = keyIds.length;
  const m = responseIds.length;
  const parts: Record<string, boolean> = {};
  for (let k = 0; k < n; k++) parts[keyIds[k] ?? ''] = false;
  if (n === 0) return { fraction: 0, steps: ['There are no items to order → 0'], parts };
  if (m === 0) return { fraction: 0, steps: ['No order was given → 0'], parts };

  /** rp[k]: place (0-based) of key item k in the response, −1 when absent. */
  const rp = responsePlaces(keyIds, responseIds);
  /** rk[j]: key index of the response's j-th item, −1 when unknown to the key. */
  const rk = new Int32Array(m).fill(-1);
  for (let k = 0; k < n; k++) {
    const j = rp[k] ?? -1;
    if (j >= 0) rk[j] = k;
  }
  // Plain helper calls rather than closures: this runs in a hot path.
  const names: Names = { keyIds, texts, responseIds, rk };
  const steps: string[] = [];
  let count = 0;
  let total = 0;

  switch (grading) {
    case 'all-or-nothing':
    case 'absolute-position': {
      const credit = grading === 'absolute-position';
      const plus = credit ? ' (+1)' : '';
      const none = credit ? ' (+0)' : '';
      for (let j = 0; j < m; j++) {
        const k = rk[j] ?? -1;
        if (k < 0) continue;
        const right = k === j;
        if (right) count++;
        parts[keyIds[k] ?? ''] = right;
        steps.push(
          right
            ? `${keyName(names, k)} is in place ${j + 1} as in the key${plus}`
            : `${keyName(names, k)} is in place ${j + 1}, but belongs in place ${k + 1}${none}`,
        );
      }
      total = n;
      if (!credit) {
        const all = count === n;
        steps.push(all ? `all ${n} in place → 1` : `${count} of ${n} in place; all must be → 0`);
        return { fraction: all ? 1 : 0, steps, parts };
      }
      steps.push(`${count} of ${n} in place → ${ratio(count, n)}`);
      break;
    }

    case 'relative-next-exclude-last':
    case 'relative-next-include-last': {
      const includeLast = grading === 'relative-next-include-last';
      for (let k = 0; k < n; k++) {
        const j = rp[k] ?? -1;
        const isKeyLast = k === n - 1;
        if (isKeyLast && !includeLast) {
          // Moodle leaves this item unscored; see OrderingGrade.parts for how we mark it.
          parts[keyIds[k] ?? ''] = j > 0 && (rp[k - 1] ?? -1) === j - 1;
          steps.push(`${keyName(names, k)} ends the key, so what follows it is not checked`);
          continue;
        }
        total++;
        if (j < 0) continue;
        const isLast = j === m - 1;
        const right = isKeyLast ? isLast : (rp[k + 1] ?? -1) === j + 1;
        if (right) count++;
        parts[keyIds[k] ?? ''] = right;
        const given = isLast
          ? `${keyName(names, k)} comes last`
          : `${keyName(names, k)} is followed by ${placeName(names, j + 1)}`;
        if (right) steps.push(`${given} as in the key (+1)`);
        else if (isKeyLast) steps.push(`${given}, but in the key it comes last (+0)`);
        else steps.push(`${given}, but in the key it is followed by ${keyName(names, k + 1)} (+0)`);
      }
      steps.push(
        `${count} of ${total} items followed by the right item` +
          `${includeLast ? ' (the last by none)' : ''} → ${ratio(count, total)}`,
      );
      break;
    }

    case 'relative-one-previous-and-next': {
      total = 2 * n;
      for (let j = 0; j < m; j++) {
        const k = rk[j] ?? -1;
        if (k < 0) continue;
        // Before: "first" (none) or the item before it; the key's likewise.
        const prevRight = k === 0 ? j === 0 : j > 0 && (rp[k - 1] ?? -1) === j - 1;
        const prevGiven = j === 0 ? 'first' : `after ${placeName(names, j - 1)}`;
        const prevKey = k === 0 ? 'first' : `after ${keyName(names, k - 1)}`;
        const nextRight = k === n - 1 ? j === m - 1 : (rp[k + 1] ?? -1) === j + 1;
        const nextGiven = j === m - 1 ? 'last' : `before ${placeName(names, j + 1)}`;
        const nextKey = k === n - 1 ? 'last' : `before ${keyName(names, k + 1)}`;
        if (prevRight) count++;
        if (nextRight) count++;
        parts[keyIds[k] ?? ''] = prevRight && nextRight;
        const prev = prevRight
          ? `${prevGiven} as in the key (+1)`
          : `${prevGiven}, but the key has it ${prevKey} (+0)`;
        const next = nextRight
          ? `${nextGiven} as in the key (+1)`
          : `${nextGiven}, but the key has it ${nextKey} (+0)`;
        steps.push(`${keyName(names, k)}: ${prev}; ${next}`);
      }
      steps.push(`${count} of ${total} neighbours as in the key → ${ratio(count, total)}`);
      break;
    }

    case 'relative-all-previous-and-next': {
      total = n * (n - 1);
      for (let j = 0; j < m; j++) {
        const k = rk[j] ?? -1;
        if (k < 0) continue;
        let same = 0;
        for (let i = 0; i < n; i++) {
          const p = rp[i] ?? -1;
          const beforeInKey = i < k;
          const beforeInResponse = p < j;
          if (i !== k && p >= 0 && beforeInKey === beforeInResponse) same++;
        }
        count += same;
        parts[keyIds[k] ?? ''] = same === n - 1;
        steps.push(
          `${keyName(names, k)} has ${same} of ${n - 1} other items on the same side as in` +
            ` the key (+${same})`,
        );
      }
      steps.push(`${count} of ${total} item pairs on the right side → ${ratio(count, total)}`);
      break;
    }

    case 'longest-ordered-subset': {
      // Longest increasing run of key indices along the response; among the longest, the one
      // with the earliest places (what Moodle's left-to-right search keeps). O(m²): m is small.
      const len = new Int32Array(m);
      let best = 0;
      for (let j = m - 1; j >= 0; j--) {
        const k = rk[j] ?? -1;
        if (k < 0) continue;
        let l = 1;
        for (let i = j + 1; i < m; i++) {
          const li = (len[i] ?? 0) + 1;
          if ((rk[i] ?? -1) > k && li > l) l = li;
        }
        len[j] = l;
        if (l > best) best = l;
      }
      const run: number[] = [];
      if (best >= 2) {
        let need = best;
        let last = -1;
        for (let j = 0; j < m && need > 0; j++) {
          const k = rk[j] ?? -1;
          if (k > last && len[j] === need) {
            run.push(k);
            last = k;
            need--;
          }
        }
      }
      count = subsetSteps(
        run,
        n,
        parts,
        steps,
        names,
        'in key order (not necessarily side by side)',
      );
      total = n;
      break;
    }

    case 'longest-contiguous-subset': {
      // Runs of items that follow each other in the key and keep that order in the response
      // (not necessarily side by side); among the longest, the one starting earliest (Moodle).
      let bestStart = 0;
      let bestLen = 0;
      let start = 0;
      for (let k = 1; k <= n; k++) {
        const prev = rp[k - 1] ?? -1;
        const cur = k < n ? (rp[k] ?? -1) : -1;
        if (k < n && prev >= 0 && cur > prev) continue;
        const l = k - start;
        if (
          (rp[start] ?? -1) >= 0 &&
          (l > bestLen || (l === bestLen && (rp[start] ?? -1) < (rp[bestStart] ?? -1)))
        ) {
          bestStart = start;
          bestLen = l;
        }
        start = k;
      }
      const run: number[] = [];
      if (bestLen >= 2) for (let k = bestStart; k < bestStart + bestLen; k++) run.push(k);
      count = subsetSteps(
        run,
        n,
        parts,
        steps,
        names,
        'that follow each other in the key, in key order (not necessarily side by side)',
      );
      total = n;
      break;
    }

    case 'relative-to-correct': {
      const most = n - 1;
      total = n * most;
      for (let j = 0; j < m; j++) {
        const k = rk[j] ?? -1;
        if (k < 0) continue;
        const away = Math.abs(k - j);
        const score = Math.max(0, most - away);
        count += score;
        parts[keyIds[k] ?? ''] = away === 0;
        const who = keyName(names, k);
        steps.push(
          away === 0
            ? `${who} is in place ${j + 1} as in the key (+${score} of ${most})`
            : `${who} is in place ${j + 1}, ${away} away from place ${k + 1} in the key` +
                ` (+${score} of ${most})`,
        );
      }
      steps.push(`${count} of ${total} possible → ${ratio(count, total)}`);
      break;
    }
  }

  return { fraction: total === 0 ? 0 : roundScore(count / total), steps, parts };
}

/** Marks the scored run's items right and explains it; returns its size (0 when under 2). */
function subsetSteps(
  run: readonly number[],
  n: number,
  parts: Record<string, boolean>,
  steps: string[],
  names: Names,
  what: string,
): number {
  if (run.length < 2) {
    steps.push(`No two items ${what}; a run of one scores nothing → 0/${n} = 0`);
    return 0;
  }
  let list = '';
  for (const k of run) {
    parts[names.keyIds[k] ?? ''] = true;
    list += list ? `, ${keyName(names, k)}` : keyName(names, k);
  }
  steps.push(`Longest run of items ${what}: ${list}`);
  steps.push(`${run.length} of ${n} items in that run → ${ratio(run.length, n)}`);
  return run.length;
}

/** Parses `{ order: [...] }`: every item id exactly once, or `[]` for no answer. */
function parseOrderingResponse(def: OrderingDefinition, raw: unknown): Checked<OrderingResponse> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail({ path: 'order', message: 'expected { order: item ids, first to last }' });
  }
  const order: unknown = (raw as { order?: unknown }).order;
  if (!Array.isArray(order)) {
    return fail({ path: 'order', message: 'must be an array of item ids, first to last' });
  }
  if (order.length === 0) return ok({ order: [] });
  const known = new Set(def.items.map((item) => item.id));
  const counts = new Map<string, number>();
  const ids: string[] = [];
  const issues: Issue[] = [];
  // An index loop, not forEach, so holes in a sparse array are reported too.
  for (let i = 0; i < order.length; i++) {
    const value: unknown = order[i];
    if (typeof value !== 'string') {
      issues.push({ path: `order[${i}]`, message: 'must be an item id' });
    } else if (!known.has(value)) {
      issues.push({ path: `order[${i}]`, message: `unknown item "${value}"` });
    } else {
      counts.set(value, (counts.get(value) ?? 0) + 1);
      ids.push(value);
    }
  }
  for (const [value, times] of counts) {
    if (times > 1) {
      const how = times === 2 ? 'twice' : `${times} times`;
      issues.push({ path: 'order', message: `"${value}" appears ${how}` });
    }
  }
  const missing = def.items.filter((item) => !counts.has(item.id)).map((item) => `"${item.id}"`);
  if (missing.length > 0) issues.push({ path: 'order', message: `missing ${missing.join(', ')}` });
  return issues.length > 0 ? { ok: false, issues } : ok({ order: ids });
}

/** Duplicate ids, and duplicate texts (the learner could not tell the items apart). */
function orderingIssues(def: OrderingDefinition): Issue[] {
  const issues: Issue[] = [];
  if (def.items.length < 2) issues.push({ path: 'items', message: 'needs at least 2 items' });
  const ids = new Map<string, number>();
  const texts = new Map<string, number>();
  def.items.forEach((item, i) => {
    const firstId = ids.get(item.id);
    if (firstId === undefined) ids.set(item.id, i);
    else {
      issues.push({
        path: `items[${i}].id`,
        message: `"${item.id}" is already used by items[${firstId}]`,
      });
    }
    const text = item.text.trim().replace(/\s+/g, ' ');
    const firstText = texts.get(text);
    if (firstText === undefined) texts.set(text, i);
    else {
      issues.push({
        path: `items[${i}].text`,
        message:
          `same text as items[${firstText}]: the learner cannot tell them apart, ` +
          'so cannot be sure to give the key',
      });
    }
  });
  return issues;
}

/** The items as the learner sees them: shuffled when asked, and never in key order then. */
function presentOrderingItems(
  def: OrderingDefinition,
  rng: Rng,
): Array<{ id: string; text: string }> {
  const visible = def.items.map(({ id, text }) => ({ id, text }));
  if (!def.shuffle || visible.length < 2) return visible;
  const shuffled = rng.shuffle(visible);
  // A presentation in key order gives the answer away: rotate by one (still deterministic).
  if (shuffled.every((item, i) => item === visible[i])) {
    const first = shuffled.shift();
    if (first) shuffled.push(first);
  }
  return shuffled;
}

/** The ordering item module. */
export const ordering: ItemModule<OrderingDefinition, OrderingResponse, OrderingPresentation> = {
  type: 'ordering',
  responseKeys: ['order'],
  definitionSchema: orderingDefinitionSchema,
  check: orderingIssues,
  parseResponse: parseOrderingResponse,

  score(def, response): RawScore {
    const keyIds: string[] = [];
    const texts: string[] = [];
    for (const item of def.items) {
      keyIds.push(item.id);
      texts.push(item.text);
    }
    const grade = gradeOrdering(keyIds, response.order, def.grading, texts);
    return {
      fraction: grade.fraction,
      policy: `ordering/${def.grading}`,
      steps: grade.steps,
      feedback: [],
      parts: grade.parts,
    };
  },

  keyResponse: (def) => ({ order: def.items.map((item) => item.id) }),
  emptyResponse: () => ({ order: [] }),

  present(def, rng) {
    return {
      type: 'ordering',
      id: def.id,
      prompt: def.prompt,
      points: def.points,
      items: presentOrderingItems(def, rng),
    };
  },
};
