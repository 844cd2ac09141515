/**
 * Runs single tests alone, each in a Vitest run of its own, to keep every test independent of
 * the others in its file (a test that only passes after the ones before it hides what it needs).
 *
 *   npx tsx scripts/test-alone.ts                 a random sample of 12 tests (seed printed)
 *   npx tsx scripts/test-alone.ts --sample 30 --seed 42
 *   npx tsx scripts/test-alone.ts --all --file cohorts.db   every test of matching files
 *
 * Uses DATABASE_URL for the database tests, as `npm run test:db` does. Exits 1 when a test fails
 * alone, naming it and the command that reproduces it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

interface Listed {
  name: string;
  file: string;
  projectName?: string;
}
interface Test extends Listed {
  cwd: string;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sample = Number(option('--sample') ?? 12);
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const fileFilter = option('--file');
const all = args.includes('--all');
const parallel = Number(option('--parallel') ?? 2);

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'aa-alone-'));
/** Each package's own Vitest (the workspace root has none of its own). */
const vitest = (cwd: string) => join(cwd, 'node_modules/.bin/vitest');
const packages = ['packages', 'apps']
  .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
  .concat(join(root, 'bench'))
  .filter((dir) => existsSync(join(dir, 'vitest.config.ts')));

function list(cwd: string): Test[] {
  const out = join(scratch, `${relative(root, cwd).replaceAll('/', '_')}.json`);
  const listed = spawnSync(vitest(cwd), ['list', `--json=${out}`], { cwd, stdio: 'ignore' });
  if (listed.status !== 0 || !existsSync(out)) {
    console.error(`Could not list the tests of ${relative(root, cwd)}.`);
    process.exit(1);
  }
  return (JSON.parse(readFileSync(out, 'utf8')) as Listed[]).map((t) => ({ ...t, cwd }));
}

/** A small seeded generator (mulberry32), so a sample can be run again exactly. */
function random(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function command(test: Test) {
  const pattern = `^${escapeRegExp(test.name.replaceAll(' > ', ' '))}$`;
  return [
    'run',
    ...(test.projectName ? ['--project', test.projectName] : []),
    relative(test.cwd, test.file),
    '-t',
    pattern,
  ];
}

function runAlone(test: Test, index: number): Promise<{ test: Test; ok: boolean; why: string }> {
  const report = join(scratch, `run-${index}.json`);
  return new Promise((resolve) => {
    const child = spawn(
      vitest(test.cwd),
      [...command(test), '--reporter=json', `--outputFile=${report}`],
      { cwd: test.cwd, stdio: 'ignore' },
    );
    child.on('close', () => {
      if (!existsSync(report)) return resolve({ test, ok: false, why: 'Vitest wrote no report' });
      const result = JSON.parse(readFileSync(report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
      };
      // Exactly this test ran, and passed: a pattern that matched nothing proves nothing.
      const ok = result.numPassedTests === 1 && result.numFailedTests === 0;
      resolve({
        test,
        ok,
        why: ok ? '' : `${result.numPassedTests} passed, ${result.numFailedTests} failed`,
      });
    });
  });
}

const tests = packages
  .flatMap(list)
  .filter((t) => !fileFilter || relative(root, t.file).includes(fileFilter))
  .sort((a, b) => `${a.file} ${a.name}`.localeCompare(`${b.file} ${b.name}`));
const next = random(seed);
const chosen = all
  ? tests
  : tests
      .map((t) => ({ t, key: next() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, sample)
      .map(({ t }) => t);
console.log(
  all
    ? `Running ${chosen.length} tests alone.`
    : `Running ${chosen.length} of ${tests.length} tests alone (seed ${seed}; --seed ${seed} runs the same sample).`,
);

const failed: Test[] = [];
let at = 0;
async function worker() {
  while (at < chosen.length) {
    const index = at++;
    const test = chosen[index] as Test;
    const { ok, why } = await runAlone(test, index);
    console.log(
      `${ok ? '✓' : '✗'} ${relative(root, test.file)} › ${test.name}${ok ? '' : ` (${why})`}`,
    );
    if (!ok) failed.push(test);
  }
}
await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
rmSync(scratch, { recursive: true, force: true });

if (failed.length) {
  console.error(`\n${failed.length} test(s) failed alone. To run one again:`);
  for (const test of failed)
    console.error(
      `  (cd ${relative(root, test.cwd)} && npx vitest ${command(test)
        .map((a) => (/[\s()'^$]/.test(a) ? `'${a.replaceAll("'", "'\\''")}'` : a))
        .join(' ')})`,
    );
  process.exit(1);
}
console.log('Every test passed alone.');
