import { expect, test } from '@playwright/test';
import { DEMO, signIn, uniqueEmail, WEB_URL } from './fixtures';

test('a new learner signs up, completes a lesson, and the progress persists', async ({ page }) => {
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('link', { name: 'Sign up' }).first().click();
  await page.getByLabel('Name').fill('Pat Learner');
  await page.getByLabel('Email').fill(uniqueEmail('pat'));
  await page.getByLabel('Password').fill('a-very-long-password');
  await page.getByRole('button', { name: 'Create account' }).click();

  const bar = page.getByRole('progressbar', { name: 'Course progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  const total = Number(await bar.getAttribute('aria-valuemax'));
  expect(total).toBeGreaterThanOrEqual(16);

  await page.getByRole('link', { name: /^Start: / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  await expect(page.getByText('✓ Completed')).toBeVisible();
  await expect(page.getByText(`1 of ${total} lessons completed`)).toBeVisible();

  await page.goto(`${WEB_URL}/`);
  await page.reload();
  await expect(bar).toHaveAttribute('aria-valuenow', '1');
  await expect(
    page.getByText(`1 of ${total} lessons completed · ${Math.floor(100 / total)}%`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue: / })).toBeVisible();
});

test('an anonymous reader is sent to sign in, and comes back to the lesson', async ({ page }) => {
  await page.goto(`${WEB_URL}/lessons/path-dependence`);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Flessons%2Fpath-dependence/);
  await page.getByLabel('Email').fill(DEMO.learner.email);
  await page.getByLabel('Password').fill(DEMO.learner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${WEB_URL}/lessons/path-dependence`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/path dependence/i);
});

test.describe('bad input gets a clear message', () => {
  test('wrong password', async ({ page }) => {
    await page.goto(`${WEB_URL}/sign-in`);
    await page.getByLabel('Email').fill(DEMO.learner.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'do not match an account' }),
    ).toBeVisible();
  });

  test('short password', async ({ page }) => {
    await page.goto(`${WEB_URL}/sign-up`);
    await page.getByLabel('Name').fill('Shorty');
    await page.getByLabel('Email').fill(uniqueEmail('short'));
    // The browser's own minlength check would stop the form first; skip it to hit our message.
    await page
      .locator('input[name=password]')
      .evaluate((input) => input.removeAttribute('minlength'));
    await page.getByLabel('Password').fill('short-pw');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'at least 12 characters' }),
    ).toBeVisible();
  });

  test('duplicate email', async ({ page }) => {
    await page.goto(`${WEB_URL}/sign-up`);
    await page.getByLabel('Name').fill('Copycat');
    await page.getByLabel('Email').fill(DEMO.learner.email);
    await page.getByLabel('Password').fill('another-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'already exists' })).toBeVisible();
  });

  test('an unknown lesson shows a not-found page', async ({ page }) => {
    await signIn(page, WEB_URL, DEMO.learner);
    const response = await page.goto(`${WEB_URL}/lessons/no-such-lesson`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('We could not find that page.')).toBeVisible();
  });
});

test('a learner signs out and the lessons are closed again', async ({ page }) => {
  await signIn(page, WEB_URL, DEMO.learner);
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(`${WEB_URL}/sign-out`);
  await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  await page.goto(`${WEB_URL}/lessons/path-dependence`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});
