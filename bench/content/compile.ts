/**
 * The content build: compiling the whole course from a cold cache (lessons per second, goal
 * ≥ 20/s) and rebuilding after one lesson changes (only that lesson recompiles), interleaved in
 * one run. Usage: pnpm bench:content [rounds]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLessons, lessonFiles } from '@alliance/content/build';
import { machine, summarize } from '../src/stats';

const rounds = Number(process.argv[2] ?? 5);
const source = join(import.meta.dirname, '..', '..', 'packages', 'content');
const work = mkdtempSync(join(tmpdir(), 'aa-content-bench-'));
cpSync(join(source, 'lessons'), join(work, 'lessons'), { recursive: true });
const files = lessonFiles(work);
const target = files[Math.floor(files.length / 2)];
if (!target) throw new Error('no lessons to compile');

const cold: number[] = [];
const incremental: number[] = [];
let compiledOnEdit = 0;
try {
  for (let round = 0; round < rounds; round++) {
    const cacheDir = join(work, `cache-${round}`);
    const full = await buildLessons({ root: work, cacheDir });
    if (full.errors.length) throw new Error(full.errors.map((e) => e.message).join('\n'));
    cold.push(full.lessons.length / (full.ms / 1000));
    // Edit one lesson (a new sentence in its summary section), rebuild on the warm cache.
    const original = readFileSync(target, 'utf8');
    writeFileSync(target, original.replace('## Summary\n', `## Summary\n\nRevision ${round}.\n`));
    const again = await buildLessons({ root: work, cacheDir });
    writeFileSync(target, original);
    incremental.push(again.ms);
    compiledOnEdit = again.compiled;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const c = summarize(cold);
const i = summarize(incremental);
const lines = [
  '# Content build: whole course and one-lesson rebuild',
  '',
  `${machine()} · ${files.length} lessons · ${rounds} rounds, interleaved`,
  '',
  '| measure | median | worst |',
  '|---|---:|---:|',
  `| whole course, cold cache (lessons/s) | ${c.median.toFixed(1)} | ${c.min.toFixed(1)} |`,
  `| rebuild after editing one lesson (ms) | ${i.median.toFixed(0)} | ${i.p90.toFixed(0)} |`,
  '',
  `One edit recompiled ${compiledOnEdit} lesson(s); the rest came from the cache. Goal ≥ 20 lessons/s: ${c.min >= 20 ? 'met' : 'NOT met'} (worst round).`,
  '',
];
console.log(lines.join('\n'));
writeFileSync(join(import.meta.dirname, '..', 'results', 'content-build.md'), lines.join('\n'));
