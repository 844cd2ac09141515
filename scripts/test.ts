/**
 * `npm test`: lint (Biome, sherif, knip), type-check every package and both apps, unit and
 * database tests, both apps built, then the Playwright suite against them. One PostgreSQL serves the whole run: DATABASE_URL when set,
 * else the embedded test cluster, started here and stopped at the end.
 *
 *   --packages   only the packages' Vitest suites (pnpm test:unit)
 *   --db         only the database suites (pnpm test:db)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveDatabase } from '@alliance/db/node';
import { scriptsEnv } from './env';

const CHROMIUM = scriptsEnv().CHROMIUM_PATH;

function step(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${title} failed after ${seconds} s`);
    return false;
  }
  console.log(`✓ ${title} (${seconds} s)`);
  return true;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    return false;
  }
  const quiet = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    step('Install chromium (apt)', 'apt-get', ['update', '-qq'], quiet) &&
    step('Install chromium (apt)', 'apt-get', ['install', '-y', '-qq', 'chromium'], quiet)
  );
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const started = Date.now();
const database = await resolveDatabase('test');
const env = { ...process.env, DATABASE_URL: database.adminUrl, CHROMIUM_PATH: CHROMIUM };
if (database.mode === 'embedded')
  console.log(`Tests use the embedded PostgreSQL on port ${new URL(database.adminUrl).port}.`);

const only = process.argv.includes('--db')
  ? 'test:db'
  : process.argv.includes('--packages')
    ? 'test'
    : null;

let ok = false;
try {
  ok = only
    ? step(
        `Vitest (${only})`,
        bin('turbo'),
        ['run', only, '--concurrency=1', '--output-logs=new-only'],
        env,
      )
    : step('Lint and format check (Biome)', bin('biome'), ['ci', '.']) &&
      step('Workspace package rules (sherif)', bin('sherif'), []) &&
      step('Unused files, dependencies and exports (knip)', bin('knip'), ['--no-progress']) &&
      // The apps are type-checked by their own `next build` here, so their `typecheck` task
      // (the same check, for `pnpm typecheck`) is left out rather than run twice.
      step(
        'Type-check, unit and database tests, build',
        bin('turbo'),
        [
          'run',
          'typecheck',
          'test',
          'build',
          '--concurrency=1',
          '--output-logs=new-only',
          '--filter=!@alliance/web',
          '--filter=!@alliance/admin',
        ],
        env,
      ) &&
      step(
        'Build both apps (with their type-check)',
        bin('turbo'),
        ['run', 'build', '--filter=./apps/*', '--output-logs=new-only'],
        env,
      ) &&
      // After the build: the scripts import the content manifest it generates.
      step('Type-check the scripts', bin('tsc'), ['--noEmit', '-p', '.']) &&
      ensureChromium() &&
      step(
        'End-to-end tests (Playwright, Chromium)',
        bin('playwright'),
        ['test', '-c', 'e2e/playwright.config.ts'],
        env,
      );
} finally {
  await database.stop();
}
console.log(
  `\n${ok ? '✓ All tests passed' : '✗ Tests failed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(ok ? 0 : 1);
