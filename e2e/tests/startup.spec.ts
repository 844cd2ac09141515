import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const appDir = join(import.meta.dirname, '..', '..', 'apps', 'web');

test('an app refuses to start without its environment, naming what is missing', async () => {
  const child = spawn(join(appDir, 'node_modules', '.bin', 'next'), ['start', '--port', '3199'], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      BETTER_AUTH_SECRET: 'too-short',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 20_000);
    child.on('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain('DATABASE_URL: is required');
  expect(output).toContain('BETTER_AUTH_SECRET: must be at least 32 characters');
  expect(output).not.toContain('too-short');
  expect(output).toContain('WEB_URL: is required');
});
