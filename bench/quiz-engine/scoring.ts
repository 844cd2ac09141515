/**
 * How fast quiz-engine scores item responses: raw learner responses of every item type, mixed,
 * each parsed (shape and ids checked) and scored with its breakdown, as `attempt.submit` does.
 * Usage: pnpm bench:scoring [responses]   Target: ≥ 1,000,000 responses per second.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type ItemDefinition, moduleOf, scoreItem } from '@alliance/quiz-engine';
import { sampleItems } from '@alliance/quiz-engine/samples';
import { machine, summarize } from '../src/stats';

const total = Number(process.argv[2] ?? 2_000_000);
const rng = createRng('bench');
const items = sampleItems();

/** A handful of realistic responses per item: the key, nothing, and some partly right ones. */
function responsesFor(item: ItemDefinition): unknown[] {
  const module = moduleOf(item);
  const out: unknown[] = [module.emptyResponse(item)];
  const key = module.keyResponse(item);
  if (key !== null) out.push(key);
  switch (item.type) {
    case 'choice':
      for (const o of item.options) out.push({ choice: o.id });
      break;
    case 'multiple-response':
      for (let i = 0; i < 6; i++)
        out.push({ choices: item.options.filter(() => rng.next() < 0.5).map((o) => o.id) });
      break;
    case 'ordering':
      for (let i = 0; i < 6; i++) out.push({ order: rng.shuffle(item.items.map((o) => o.id)) });
      break;
    case 'matching':
      out.push({
        matches: Object.fromEntries(
          item.premises.map((p, i) => [p.id, item.responses[i % 2]?.id ?? null]),
        ),
      });
      break;
    case 'categorize':
      out.push({
        placements: Object.fromEntries(
          item.cards.map((c, i) => [c.id, item.buckets[i % 2]?.id ?? null]),
        ),
      });
      break;
    case 'numeric':
      out.push({ text: '16.7' }, { text: '17,5' }, { text: '15' });
      break;
    case 'short-text':
      out.push(
        { text: 'position locking' },
        { text: 'Escalation of commitment' },
        { text: 'trust' },
      );
      break;
    case 'inline-choice':
      out.push({ gaps: { kind: 'h', other: 'h' } });
      break;
    case 'essay':
      out.push({ text: 'Renew only with a review date and an exit clause.' });
      break;
  }
  return out;
}

const work = items.flatMap((item) => responsesFor(item).map((response) => ({ item, response })));
// Interleave types the way a quiz submission would.
const mixed = rng.shuffle(work);
const counts = Object.fromEntries(
  items.map((i) => [i.type, work.filter((w) => w.item.type === i.type).length]),
);

function run(n: number): number {
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const task = mixed[i % mixed.length];
    if (!task) continue;
    const result = scoreItem(task.item, task.response);
    if (result.ok) checksum += result.value.fraction;
  }
  const ms = performance.now() - start;
  if (!Number.isFinite(checksum)) throw new Error('impossible');
  return ms;
}

run(200_000); // warm up the JIT
const rounds = 5;
const perSecond: number[] = [];
for (let r = 0; r < rounds; r++) perSecond.push(total / (run(total) / 1000));
const s = summarize(perSecond);
const lines = [
  '# quiz-engine: scoring throughput',
  '',
  `${machine()} · ${total.toLocaleString('en')} mixed responses a round, ${rounds} rounds`,
  '',
  `Mix: ${Object.entries(counts)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ')} distinct responses, cycled.`,
  '',
  '| | responses per second |',
  '|---|---:|',
  `| median | ${Math.round(s.median).toLocaleString('en')} |`,
  `| slowest round (min) | ${Math.round(s.min).toLocaleString('en')} |`,
  '',
  `Target ≥ 1,000,000/s: ${s.min >= 1_000_000 ? 'met' : 'NOT met'} (slowest round).`,
  '',
];
console.log(lines.join('\n'));
writeFileSync(
  join(import.meta.dirname, '..', 'results', 'quiz-engine-scoring.md'),
  lines.join('\n'),
);
