import { defineConfig } from '@playwright/test';

export const WEB_URL = 'http://localhost:3100';
export const ADMIN_URL = 'http://localhost:3101';

/** Debian's Chromium, headless, with nothing that would reach for the network. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
};

/**
 * Both apps, built, served by `scripts/serve.ts --e2e` on a fresh database (aa_e2e) on the
 * test server, with the demo users. Debian's Chromium; Playwright's own browsers cannot be
 * downloaded on our machines.
 */
export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  outputDir: '../test-results',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node --import tsx scripts/serve.ts --e2e',
    cwd: '..',
    url: `${ADMIN_URL}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
