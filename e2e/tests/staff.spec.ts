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

test('an admin creates an account, makes it an instructor, bans it and unbans it', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.admin);
  await page.goto(`${ADMIN_URL}/people`);
  await page.getByRole('button', { name: 'New account' }).click();
  const email = `ines-${Date.now().toString(36)}@example.test`;
  await page.getByLabel('Name', { exact: true }).fill('Ines Newcomer');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel(/First password/).fill('a-first-long-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Account created.')).toBeVisible();

  await page.getByLabel('Name or email').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Role of Ines Newcomer').selectOption('instructor');
  await expect(page.getByLabel('Role of Ines Newcomer')).toHaveValue('instructor');

  page.once('dialog', (dialog) => dialog.accept('left the team'));
  await page.getByRole('button', { name: 'Ban' }).click();
  await expect(page.getByText('Banned: left the team')).toBeVisible();
  const banned = await browser.newPage();
  await banned.goto(`${ADMIN_URL}/sign-in`);
  await banned.getByLabel('Email').fill(email);
  await banned.getByLabel('Password').fill('a-first-long-password');
  await banned.getByRole('button', { name: 'Sign in' }).click();
  await expect(banned.getByRole('alert')).toBeVisible();
  await banned.close();
  await page.getByRole('button', { name: 'Unban' }).click();
  await expect(page.getByText('Banned: left the team')).toHaveCount(0);

  // The only admin cannot demote themselves.
  await page.goto(`${ADMIN_URL}/people?q=${encodeURIComponent(DEMO.admin.email)}`);
  await page.getByLabel(/^Role of /).selectOption('learner');
  await expect(
    page.getByText('Alliance Academy needs at least one admin who can sign in.'),
  ).toBeVisible();
});

test('instructors are refused the people page', async ({ page }) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  const response = await page.goto(`${ADMIN_URL}/people`);
  expect(response?.status()).toBe(403);
});
