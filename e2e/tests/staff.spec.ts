import { expect, test } from '@playwright/test';
import { ADMIN_URL, DEMO, signIn, WEB_URL } from './fixtures';

test('an instructor signs in to apps/admin and sees lesson completions', async ({ page }) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  await expect(page.getByRole('heading', { name: 'Course progress' })).toBeVisible();
  await expect(page.getByText('instructor', { exact: true })).toBeVisible();
});

test('an admin sees, per lesson, how many learners completed it', async ({ page, browser }) => {
  // A learner completes the first lesson, so the count is not zero.
  const learner = await browser.newPage();
  await signIn(learner, WEB_URL, DEMO.learner);
  await learner.goto(`${WEB_URL}/lessons/defining-strategic-alliances`);
  const complete = learner.getByRole('button', { name: 'Mark lesson complete' });
  if (await complete.isVisible()) await complete.click();
  await expect(learner.getByText('✓ Completed')).toBeVisible();
  await learner.close();

  await signIn(page, ADMIN_URL, DEMO.admin);
  const table = page.getByRole('table', { name: /Learners who completed each lesson/ });
  await expect(table).toBeVisible();
  const row = table.getByRole('row', { name: /Defining strategic alliances/ });
  await expect(row.locator('.bars__value')).not.toHaveText('0');
});

test('a learner is refused in apps/admin with a clear page', async ({ page }) => {
  await signIn(page, ADMIN_URL, DEMO.learner);
  await page.goto(`${ADMIN_URL}/`);
  await expect(page.getByText('This area is for instructors and administrators.')).toBeVisible();
  const response = await page.goto(`${ADMIN_URL}/`);
  expect(response?.status()).toBe(403);
});

test('an anonymous visitor of apps/admin is sent to sign in', async ({ page }) => {
  await page.goto(`${ADMIN_URL}/`);
  await expect(page).toHaveURL(`${ADMIN_URL}/sign-in?next=%2F`);
});
