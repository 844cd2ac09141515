import { expect, test } from '@playwright/test';
import {
  ADMIN_URL,
  call,
  caughtFor,
  DEMO,
  e2eDatabase,
  linkIn,
  mailTo,
  signIn,
  signUpConfirmed,
  startAttempt,
  uniqueEmail,
  WEB_URL,
} from './fixtures';

const sql = e2eDatabase();

test('a learner who forgot their password gets a link by email, chooses a new one and signs in with it', async ({
  page,
}) => {
  const email = uniqueEmail('forgot');
  await signUpConfirmed(page, { name: 'Fern Forgetful', email, password: 'the-first-password-1' });
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

test('a learner changes their password and their email from the account page; the new address is confirmed there and the old one is told', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('mover');
  const newEmail = uniqueEmail('moved');
  await signUpConfirmed(page, { name: 'Mo Mover', email, password: 'the-first-password-2' });
  // Another browser signed in too: a password change signs it out.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, WEB_URL, { email, password: 'the-first-password-2' });

  await page.goto(`${WEB_URL}/account`);
  await expect(page.getByRole('heading', { name: 'Your account', exact: true })).toBeVisible();
  const passwordCard = page.locator('.card').filter({ hasText: 'Your password' });
  await passwordCard.getByLabel('Current password').fill('not-my-password-at-all');
  await passwordCard.getByLabel('New password').fill('a-second-fine-password');
  await passwordCard.getByLabel('The same again').fill('a-second-fine-password');
  await passwordCard.getByRole('button', { name: 'Change the password' }).click();
  await expect(
    passwordCard.getByRole('alert').filter({ hasText: 'not your current password' }),
  ).toBeVisible();
  await passwordCard.getByLabel('Current password').fill('the-first-password-2');
  await passwordCard.getByRole('button', { name: 'Change the password' }).click();
  await expect(passwordCard.getByRole('status')).toContainText('Your password is changed');
  await other.goto(`${WEB_URL}/account`);
  await expect(other).toHaveURL(/\/sign-in/);

  const emailCard = page.locator('.card').filter({ hasText: 'Your email' });
  await emailCard.getByLabel('New email').fill(newEmail);
  await emailCard.getByRole('button', { name: 'Send the link' }).click();
  await expect(emailCard.getByRole('status')).toContainText(`A link is on its way to ${newEmail}`);
  const confirm = await mailTo(newEmail, /Confirm your new Alliance Academy email/);
  await page.goto(linkIn(confirm, `${WEB_URL}/verify-email?token=`));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByRole('status')).toContainText(`Your account now signs in as ${newEmail}`);
  const notice = await mailTo(email, /Your Alliance Academy email was changed/);
  expect(notice.text).toContain(newEmail);

  // The new address and the new password sign in; the old address does not.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(`${WEB_URL}/sign-in`);
  await fresh.getByLabel('Email').fill(email);
  await fresh.getByLabel('Password').fill('a-second-fine-password');
  await fresh.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    fresh.getByRole('alert').filter({ hasText: 'do not match an account' }),
  ).toBeVisible();
  await signIn(fresh, WEB_URL, { email: newEmail, password: 'a-second-fine-password' });
  await fresh.goto(`${WEB_URL}/account`);
  await expect(fresh.getByText(`You sign in as ${newEmail}`)).toBeVisible();
  // The link worked once.
  await page.goto(linkIn(confirm, `${WEB_URL}/verify-email?token=`));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'This link does not work any more' }),
  ).toBeVisible();
});

test('a learner downloads their data, then deletes their account: the work goes with it, and a last message says so', async ({
  page,
}) => {
  const email = uniqueEmail('leaver');
  await signUpConfirmed(page, { name: 'Lee Leaver', email, password: 'a-leavers-password-1' });
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-definition');

  await page.goto(`${WEB_URL}/account`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const file = await download;
  const data = JSON.parse(
    await (await file.createReadStream())
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString()),
  ) as { user: { email: string }; attempts: Array<{ id: string }>; account: unknown[] };
  expect(data.user.email).toBe(email);
  expect(data.attempts.map((a) => a.id)).toContain(attemptId);
  expect(JSON.stringify(data)).not.toMatch(/"password"|"token"/);

  const card = page.locator('.card').filter({ hasText: 'Delete your account' });
  await card.getByLabel('Your password').fill('a-leavers-password-1');
  await card.getByRole('button', { name: 'Delete my account' }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'Tick the box' })).toBeVisible();
  await card.getByLabel(/I understand/).check();
  await card.getByRole('button', { name: 'Delete my account' }).click();
  await page.waitForURL(/\/sign-in\?deleted=1/);
  await expect(page.getByText('Your account is deleted.')).toBeVisible();
  await mailTo(email, /Your Alliance Academy account was deleted/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-leavers-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'do not match an account' }),
  ).toBeVisible();
});

test('the last admin cannot delete their account, and is told why', async ({ page }) => {
  // Only if the demo admin really is the last one (else this would delete them).
  const [admins] = await sql<{ n: number }[]>`
    select count(*)::int as n from "user" where role = 'admin' and coalesce(banned, false) = false`;
  expect(admins?.n).toBe(1);
  await signIn(page, ADMIN_URL, DEMO.admin);
  await page.goto(`${ADMIN_URL}/account`);
  const card = page.locator('.card').filter({ hasText: 'Delete your account' });
  await card.getByLabel('Your password').fill(DEMO.admin.password);
  await card.getByLabel(/I understand/).check();
  await card.getByRole('button', { name: 'Delete my account' }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'You are the only admin' })).toBeVisible();
  await page.goto(`${ADMIN_URL}/people`);
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
});

test('an invitation sent again has a new link; the first stops working', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.admin);
  const email = uniqueEmail('again');
  await call(
    page.request,
    ADMIN_URL,
    'people.invite',
    { name: 'Agnes Again', email, role: 'learner' },
    'mutation',
  );
  const first = linkIn(await mailTo(email, /You are invited/), `${WEB_URL}/invite/`);
  await page.goto(`${ADMIN_URL}/people`);
  await page.getByRole('button', { name: `Send the invitation to ${email} again` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent again.' })).toBeVisible();
  await expect.poll(async () => (await caughtFor(email, /You are invited/)).length).toBe(2);
  const links = (await caughtFor(email, /You are invited/)).map((m) =>
    linkIn(m, `${WEB_URL}/invite/`),
  );
  const second = links.find((l) => l !== first) ?? '';
  expect(second).toMatch(/\/invite\//);
  // The invitee's own browser, signed in as nobody.
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(first);
  await expect(
    invitee.getByRole('heading', { name: 'This invitation cannot be used' }),
  ).toBeVisible();
  await invitee.goto(second);
  await expect(invitee.getByRole('heading', { name: 'Welcome to Alliance Academy' })).toBeVisible();
});

test('a learner added to a cohort hears so, and turns that email off from its link without signing in', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('notice');
  await signUpConfirmed(page, { name: 'Nell Notice', email, password: 'a-notice-password-1' });
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN_URL, DEMO.admin);
  const cohortId = `n-${Date.now().toString(36)}`;
  await call(
    admin.request,
    ADMIN_URL,
    'cohorts.create',
    { cohortId, name: 'Notice class' },
    'mutation',
  );
  await call(admin.request, ADMIN_URL, 'cohorts.addMembers', { cohortId, text: email }, 'mutation');
  const notice = await mailTo(email, /You are in Notice class/);
  const stop = linkIn(notice, `${WEB_URL}/unsubscribe?token=`);

  // Signed out: the link's page asks first, then turns that kind off.
  const anyone = await (await browser.newContext()).newPage();
  await anyone.goto(stop);
  await expect(
    anyone.getByText('Stop sending emails when you are added to a cohort'),
  ).toBeVisible();
  await anyone.getByRole('button', { name: 'Stop these emails' }).click();
  await expect(anyone.getByRole('status')).toContainText(
    `${email} gets no more emails when you are added`,
  );

  await page.goto(`${WEB_URL}/account`);
  const card = page.locator('.card').filter({ hasText: 'Emails you get' });
  await expect(card.getByLabel('I was added to a cohort')).not.toBeChecked();
  await expect(card.getByLabel('An instructor graded an essay of mine')).toBeChecked();
  // Another cohort: no mail this time.
  const other = `${cohortId}-b`;
  await call(
    admin.request,
    ADMIN_URL,
    'cohorts.create',
    { cohortId: other, name: 'Quiet class' },
    'mutation',
  );
  await call(
    admin.request,
    ADMIN_URL,
    'cohorts.addMembers',
    { cohortId: other, text: email },
    'mutation',
  );
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect(await caughtFor(email, /You are in Quiet class/)).toEqual([]);
  // Turned on again from the account page.
  await card.getByLabel('I was added to a cohort').check();
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('status')).toContainText('Saved.');
});
