import { expect, test } from '@playwright/test';
import {
  caughtFor,
  DEMO,
  linkIn,
  mailTo,
  signIn,
  signUpConfirmed,
  uniqueEmail,
  WEB_URL,
} from './fixtures';

test('a new learner signs up, confirms their email from the message, completes a lesson, and the progress persists', async ({
  page,
}) => {
  const email = uniqueEmail('pat');
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('link', { name: 'Sign up' }).first().click();
  await page.getByLabel('Name').fill('Pat Learner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-very-long-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText(`We sent a link to ${email}`);
  // Not confirmed yet: signing in is refused, and says why.
  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-very-long-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Confirm your email first' }),
  ).toBeVisible();

  const message = await mailTo(email, /Confirm your Alliance Academy email/);
  const link = linkIn(message, `${WEB_URL}/verify-email?token=`);
  // Opening the link changes nothing (a mail scanner may open it); the button confirms.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Confirm your email' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByRole('status')).toContainText(`${email} is confirmed`);
  await page.getByRole('link', { name: 'Sign in' }).last().click();
  await expect(page.getByText('Your email is confirmed. Sign in to start.')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-very-long-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

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

  test('an email that has an account: the same answer as a new one, and a note to its owner', async ({
    page,
  }) => {
    const before = (await caughtFor(DEMO.learner.email, /Someone tried to sign up/)).length;
    await page.goto(`${WEB_URL}/sign-up`);
    await page.getByLabel('Name').fill('Copycat');
    await page.getByLabel('Email').fill(DEMO.learner.email);
    await page.getByLabel('Password').fill('another-long-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('status')).toContainText(`We sent a link to ${DEMO.learner.email}`);
    await expect
      .poll(async () => (await caughtFor(DEMO.learner.email, /Someone tried to sign up/)).length, {
        timeout: 30_000,
      })
      .toBe(before + 1);
    const [note] = (await caughtFor(DEMO.learner.email, /Someone tried to sign up/)).slice(-1);
    expect(note?.text).toContain(`${WEB_URL}/forgot-password`);
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

test('a lesson has a table of contents and glossary definitions, and remembers where the learner stopped', async ({
  page,
}) => {
  await signUpConfirmed(page, {
    name: 'Resa Reader',
    email: uniqueEmail('resa'),
    password: 'a-long-reading-password',
  });

  await page.goto(`${WEB_URL}/lessons/mistiming`);
  // Any scroll is remembered: the first one is sent at once.
  const saved = page.waitForRequest((r) => r.url().includes('progress.position'), {
    timeout: 15_000,
  });
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(5);
  await toc.getByRole('link', { name: 'Summary' }).click();
  await expect(page).toHaveURL(/#summary$/);

  const term = page.locator('.term').first();
  await term.focus();
  await expect(term.locator('.term__tip')).toBeVisible();

  await page.evaluate(() =>
    window.scrollTo({ top: (document.documentElement.scrollHeight - window.innerHeight) / 2 }),
  );
  await saved;
  await page.goto(`${WEB_URL}/`);
  const resume = page.getByRole('link', { name: /^Continue: Mistiming/ });
  await expect(resume).toBeVisible();
  await expect(page.getByText(/min of reading left/)).toBeVisible();
  await resume.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
});
