import { expect, request, test } from '@playwright/test';
import { uniqueEmail, WEB_URL } from './fixtures';

/** The inbox of the mail catcher `serve.ts --e2e` runs: every message the apps sent. */
const INBOX = 'http://localhost:1180';
type Caught = { id: number; to: string[]; subject: string; text: string; html: string };

async function mailTo(address: string, subject: RegExp): Promise<Caught> {
  const inbox = await request.newContext();
  try {
    for (let i = 0; i < 60; i++) {
      const messages = (await (await inbox.get(`${INBOX}/api/messages`)).json()) as Caught[];
      const found = messages.find((m) => m.to.includes(address) && subject.test(m.subject));
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await inbox.dispose();
  }
  throw new Error(`no message to ${address} matching ${subject}`);
}

test('a learner who forgot their password gets a link by email, chooses a new one and signs in with it', async ({
  page,
}) => {
  const email = uniqueEmail('forgot');
  const signUp = await page.request.post(`${WEB_URL}/api/auth/sign-up/email`, {
    headers: { origin: WEB_URL },
    data: { name: 'Fern Forgetful', email, password: 'the-first-password-1' },
  });
  expect(signUp.ok()).toBe(true);
  await page.context().clearCookies();

  await page.goto(`${WEB_URL}/sign-in`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  // The sign-in page has an Email field too: wait until the forgot page has replaced it.
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText(
    'a link to choose a new password is on its way',
  );

  const message = await mailTo(email, /Reset your Alliance Academy password/);
  expect(message.text).toContain('within an hour');
  const link = /(http:\/\/localhost:3100\/api\/auth\/reset-password\/[^\s"<]+)/.exec(
    message.text,
  )?.[1];
  expect(link).toBeTruthy();
  await page.goto(link ?? '');
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('aaaaaaaaaaaa');
  await page.getByLabel('The same again').fill('aaaaaaaaaaaa');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await expect(page.locator('form').getByRole('alert')).toContainText('easy to guess');
  await page.getByLabel('New password').fill('a-second-good-password');
  await page.getByLabel('The same again').fill('a-second-good-password');
  await page.getByRole('button', { name: 'Set the new password' }).click();
  await page.waitForURL(/\/sign-in\?reset=1/);
  await expect(page.getByText('Your password is changed.')).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-second-good-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${WEB_URL}/`);

  // The link worked once.
  await page.goto(link ?? '');
  await expect(page.getByText('This link does not work any more')).toBeVisible();
});
