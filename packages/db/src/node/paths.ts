import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptEnv } from './env';

/** The workspace root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function workspaceRoot(from = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

/** Where local state lives (embedded Postgres clusters, the local auth secret). Git-ignored. */
export function dataDir(): string {
  const dir = scriptEnv().AA_DATA_DIR;
  return dir ? resolve(dir) : join(workspaceRoot(), '.data');
}

export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));

/** The functions and triggers, one file per rollup (applied after the migrations). */
export const sqlFolder = fileURLToPath(new URL('../../sql', import.meta.url));
