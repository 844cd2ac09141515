/**
 * Item analysis at scale: adds 100,000 synthetic attempts × 40 items to an ItemAnalysis and
 * derives the report (facility, SD, discrimination, discriminative efficiency, distractors,
 * Cronbach's alpha), 5 times. Budget: well under 1 s for both together on a 2-core machine.
 * Usage: pnpm bench:statistics [rounds]   (from bench/)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type AnalysisSlot,
  ItemAnalysis,
  type ItemAnalysisResult,
} from '@alliance/quiz-engine/item-analysis';
import { machine, type Summary, summarize } from '../src/stats';

const rounds = Number(process.argv[2] ?? 5);
const ATTEMPTS = 100_000;
const ITEMS = 40;

/** mulberry32: deterministic, so every run analyses the same attempts. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20240611);
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

// Items 0–11: single choice among 4 options (picks recorded); 12–27: four cases of 4 items,
// half credit possible; 28–39: partial credit in thirds, with −⅓ for a confident wrong answer.
const slots: AnalysisSlot[] = [];
const difficulty: number[] = [];
for (let j = 0; j < ITEMS; j++) {
  const choice = j < 12;
  slots.push({
    id: `q${j + 1}`,
    maxPoints: [1, 2, 0.5, 1][j % 4] ?? 1,
    ...(j >= 12 && j < 28 ? { caseId: `case-${Math.floor((j - 12) / 4) + 1}` } : {}),
    ...(choice ? { options: ['a', 'b', 'c', 'd'] } : {}),
  });
  difficulty.push(-2 + (4 * j) / (ITEMS - 1) + 0.5 * normal());
}

const rows: Float64Array[] = [];
const picks: Array<Array<number | null>> = [];
for (let a = 0; a < ATTEMPTS; a++) {
  const ability = normal();
  const row = new Float64Array(ITEMS);
  const pick: Array<number | null> = new Array(ITEMS).fill(null);
  for (let j = 0; j < ITEMS; j++) {
    const p = 1 / (1 + Math.exp(-1.7 * (ability - (difficulty[j] ?? 0))));
    const u = random();
    if (j < 12) {
      // Key is option j % 4; the wrong options draw unequally (one strong distractor).
      const key = j % 4;
      const right = u < p;
      row[j] = right ? 1 : 0;
      const v = random();
      pick[j] = right ? key : (key + (v < 0.6 ? 1 : v < 0.9 ? 2 : 3)) % 4;
    } else if (j < 28) {
      row[j] = u < p ? 1 : u < p + (1 - p) / 3 ? 0.5 : 0;
    } else {
      const steps = Math.min(3, Math.floor(p * 4 * random() + p * 1.5));
      row[j] = u > 0.97 - 0.1 * p ? -1 / 3 : steps / 3;
    }
  }
  rows.push(row);
  picks.push(pick);
}

const addTimes: number[] = [];
const resultTimes: number[] = [];
let last: ItemAnalysisResult | undefined;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  const analysis = new ItemAnalysis(slots);
  for (let a = 0; a < ATTEMPTS; a++) analysis.add(rows[a] ?? [], picks[a]);
  const added = performance.now();
  last = analysis.result();
  const done = performance.now();
  addTimes.push(added - start);
  resultTimes.push(done - added);
}

const both = addTimes.map((t, i) => t + (resultTimes[i] ?? 0));
const table: Array<[string, Summary]> = [
  [`add ${ATTEMPTS.toLocaleString('en')} attempts`, summarize(addTimes)],
  ['result()', summarize(resultTimes)],
  ['both', summarize(both)],
];
const test = last?.test;
const hardest = last?.items.reduce((a, b) => ((a.facility ?? 0) < (b.facility ?? 0) ? a : b));
const lines = [
  '# Quiz item analysis: 100,000 attempts × 40 items',
  '',
  `${machine()} · ${rounds} rounds · 12 choice items with picks, 4 cases of 4 items, ` +
    '12 partial-credit items with negative marks · scores kept (discriminative efficiency on)',
  '',
  '| phase | median ms | min ms |',
  '|---|---:|---:|',
  ...table.map(([name, s]) => `| ${name} | ${s.median.toFixed(1)} | ${s.min.toFixed(1)} |`),
  '',
  `Sanity: mean total ${test?.meanTotal?.toFixed(2)} / ${test?.maxTotal}, ` +
    `α = ${test?.alpha?.toFixed(3)}; hardest item ${hardest?.id}: facility ` +
    `${hardest?.facility?.toFixed(1)}%, discrimination ${hardest?.discrimination?.toFixed(1)}%, ` +
    `efficiency ${hardest?.discriminativeEfficiency?.toFixed(1)}%.`,
  '',
];
console.log(lines.join('\n'));
writeFileSync(
  join(import.meta.dirname, '..', 'results', 'quiz-engine-statistics.md'),
  lines.join('\n'),
);
