import { defineConfig } from 'vitest/config';

/**
 * The workspace's test layout: `*.test.ts` are unit tests (no I/O), `*.db.test.ts` run against
 * real PostgreSQL, each file in its own database cloned from a migrated template
 * (see @alliance/db/testing). `vitest run --project db` runs only the latter.
 *
 * @param {{ db?: boolean; setupFiles?: string[] }} [options]
 */
export function vitestConfig({ db = false, setupFiles = [] } = {}) {
  /** @type {import("vitest/config").TestProjectInlineConfiguration} */
  const unit = {
    extends: true,
    test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}'], exclude: ['src/**/*.db.test.ts'] },
  };
  /** @type {import("vitest/config").TestProjectInlineConfiguration} */
  const database = {
    extends: true,
    test: {
      name: 'db',
      include: ['src/**/*.db.test.ts'],
      globalSetup: ['@alliance/db/vitest-global-setup'],
      testTimeout: 20_000,
      hookTimeout: 60_000,
    },
  };
  return defineConfig({
    test: {
      passWithNoTests: false,
      setupFiles,
      projects: db ? [unit, database] : [unit],
    },
  });
}
