#!/usr/bin/env node
// The entry of `npm start` and `npm test` on a machine with only Node.js and npm: installs the
// pinned pnpm's dependencies when needed, then hands over to the TypeScript scripts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@12.4.2';
const command = process.argv[2];

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Alliance Academy needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

// node_modules/.bin first: turbo looks for the workspace's pinned pnpm there.
const env = {
  ...process.env,
  PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const pnpm = (...args) => run('npx', ['-y', PNPM, ...args]);

// Install when node_modules is missing or older than the lockfile.
const installed = join(root, 'node_modules', '.pnpm', 'lock.yaml');
const lock = join(root, 'pnpm-lock.yaml');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log(`Installing dependencies with ${PNPM}…`);
  pnpm('install', '--frozen-lockfile');
}

if (command === 'start') {
  console.log('Building both apps…');
  pnpm('exec', 'turbo', 'run', 'build', '--filter=./apps/*', '--output-logs=errors-only');
} else if (command !== 'test') {
  console.error('usage: bootstrap.mjs start|test');
  process.exit(2);
}

// Hand over to the long-running script, passing Ctrl-C and termination on to it.
const script = command === 'start' ? 'scripts/serve.ts' : 'scripts/test.ts';
const child = spawn(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
