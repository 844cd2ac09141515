/**
 * Refreshes the README's screenshots from a running `npm start` (web :3000, admin :3001) with
 * the demo users: `pnpm screenshots`.
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/playwright.config';
import { scriptsEnv } from './env';

const WEB = scriptsEnv().WEB_URL ?? 'http://localhost:3000';
const ADMIN = scriptsEnv().ADMIN_URL ?? 'http://localhost:3001';
const out = (name: string) => `docs/screenshots/${name}.png`;

async function signIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const learner = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await signIn(learner, WEB, 'learner@alliance.test', 'demo-learner-pass');
  await learner.goto(`${WEB}/`);
  await learner.screenshot({ path: out('web-outline') });
  await learner.goto(`${WEB}/lessons/path-dependence`);
  await learner.screenshot({ path: out('web-lesson') });

  // The quiz runner: the final's start page, a paged attempt with its navigator, the summary.
  const taker = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await taker.goto(`${WEB}/sign-up`);
  await taker.getByLabel('Name').fill('Sam Screenshot');
  await taker.getByLabel('Email').fill(`screenshot-${Date.now().toString(36)}@example.test`);
  await taker.getByLabel('Password').fill('a-long-screenshot-password');
  await taker.getByRole('button', { name: 'Create account' }).click();
  await taker.getByRole('button', { name: 'Sign out' }).waitFor();
  await taker.goto(`${WEB}/quizzes/final-assessment`);
  await taker.screenshot({ path: out('web-quiz-start') });
  await taker.getByRole('button', { name: /^Start attempt/ }).click();
  await taker.getByRole('dialog').getByRole('button', { name: 'Start now' }).click();
  await taker.waitForURL(/\/attempts\//);
  const first = taker.locator('.quiz__item').first();
  await first.locator('.flag').click();
  await taker.getByRole('button', { name: 'Next →' }).click();
  for (const radio of await taker.locator('.quiz__item').getByRole('radio').all())
    if (!(await radio.isChecked()) && (await radio.isVisible())) {
      await radio.check();
      break;
    }
  await taker.locator('.quiz__save', { hasText: 'All answers saved' }).waitFor();
  await taker.mouse.wheel(0, -100_000);
  await taker.screenshot({ path: out('web-quiz-runner') });
  await taker.getByRole('button', { name: 'Finish and submit…' }).click();
  await taker.getByRole('dialog').waitFor();
  await taker.screenshot({ path: out('web-quiz-summary') });

  const admin = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await signIn(admin, ADMIN, 'admin@alliance.test', 'demo-admin-pass');
  await admin.goto(`${ADMIN}/`);
  await admin.screenshot({ path: out('admin-dashboard') });

  const instructor = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await signIn(instructor, ADMIN, 'instructor@alliance.test', 'demo-instructor-pass');
  await instructor.goto(`${ADMIN}/items`);
  await instructor.screenshot({ path: out('admin-item-bank') });
  await instructor.goto(`${ADMIN}/items/benefits-fb-match`);
  await instructor.locator('#ed-premises_0__match').fill('nowhere');
  await instructor.getByText('problem').first().waitFor();
  await instructor.mouse.wheel(0, -100_000);
  await instructor.screenshot({ path: out('admin-item-editor') });
  await instructor.goto(`${ADMIN}/quizzes/final-assessment`);
  await instructor.getByText('distinct paper').waitFor();
  await instructor.screenshot({ path: out('admin-quiz-builder') });

  const refused = await browser.newPage({ viewport: { width: 1200, height: 600 } });
  await signIn(refused, WEB, 'learner@alliance.test', 'demo-learner-pass');
  await refused.goto(`${ADMIN}/`);
  await refused.screenshot({ path: out('admin-refuses-learner') });
  console.log('Screenshots written to docs/screenshots/.');
} finally {
  await browser.close();
}
