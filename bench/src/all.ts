/**
 * Every benchmark, one after another (they share 2 cores and the test cluster, so never two at
 * once), stopping at the first that fails. Each writes its own file in results/.
 *
 * Usage: pnpm bench [name ...]   (from the root or bench/; no names: all of them)
 * The load and web benchmarks serve the production build: run `pnpm build` first.
 */
import { spawnSync } from 'node:child_process';

const BENCHMARKS = {
  scoring: 'quiz-engine/scoring.ts',
  statistics: 'quiz-engine/statistics.ts',
  content: 'content/compile.ts',
  'test-db': 'src/test-database.ts',
  dashboards: 'dashboards/run.ts',
  profile: 'load/profile.ts',
  sequential: 'load/sequential.ts',
  load: 'load/run.ts',
  web: 'web/quality.ts',
} as const;
type Name = keyof typeof BENCHMARKS;

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length) {
  console.error(
    `No benchmark named ${unknown.join(', ')}. There are: ${Object.keys(BENCHMARKS).join(', ')}.`,
  );
  process.exit(2);
}
const names = (asked.length ? asked : Object.keys(BENCHMARKS)) as Name[];
const took: string[] = [];
for (const [index, name] of names.entries()) {
  console.log(`\n▶ ${index + 1}/${names.length} ${name}\n`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', BENCHMARKS[name]], {
    cwd: new URL('..', import.meta.url),
    stdio: 'inherit',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
  took.push(`${name} ${seconds} s`);
}
console.log(`\n✓ ${names.length} benchmark(s): ${took.join(', ')}. Results: bench/results/.`);
