import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  ADMIN_URL,
  DEMO,
  linkIn,
  mailTo,
  signIn,
  startAttempt,
  submitAttempt,
  uniqueEmail,
  WEB_URL,
} from './fixtures';

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

test('an admin makes a cohort from a CSV (one bad row), enrolls it, gives a learner extra time, sees a learner’s quiz on the dashboard and item analysis, and downloads the gradebook and the xAPI records', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.admin);
  await page.goto(`${ADMIN_URL}/cohorts`);
  const id = `c-${Date.now().toString(36)}`;
  // The id is made from the name, and can be changed before creating.
  await page.getByLabel('Cohort name').fill('Evening class');
  await expect(page.getByLabel('Cohort id')).toHaveValue('evening-class');
  await page.getByLabel('Cohort id').fill(id);
  await page.getByLabel('Cohort name').fill('Evening class');
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page.getByRole('heading', { name: 'Evening class', exact: true })).toBeVisible();

  const newcomer = uniqueEmail('newcomer');
  await page
    .getByLabel(/Emails, one per line/)
    .fill(`name,email\nLea,${DEMO.learner.email}\nNew,${newcomer}\nBad,not-an-email\n`);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('table', { name: 'What adding this list would do' });
  await expect(preview.getByRole('row', { name: new RegExp(newcomer) })).toContainText(
    'no account with this email',
  );
  // The address with no account is invited in the same step, into this cohort.
  await expect(page.getByLabel(/Email an invitation to the 1 address/)).toBeChecked();
  await page.getByRole('button', { name: 'Add 1 learner and invite 1' }).click();
  await expect(page.getByText('Added 1, invited 1; 1 left out.')).toBeVisible();
  const members = page.getByRole('table', { name: 'Members of Evening class' });
  await expect(members.getByRole('row', { name: new RegExp(DEMO.learner.email) })).toBeVisible();
  const invitee = await browser.newPage();
  await invitee.goto(linkIn(await mailTo(newcomer, /You are invited/), `${WEB_URL}/invite/`));
  await invitee.getByLabel('Password').fill('a-newcomers-password');
  await invitee.getByRole('button', { name: 'Make my account' }).click();
  await expect(invitee.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await invitee.close();
  await page.reload();
  await expect(members.getByRole('row', { name: new RegExp(newcomer) })).toBeVisible();

  await page.getByLabel('Enrolled in the course').check();
  await page.getByLabel('Opens', { exact: true }).fill('2027-02-01');
  await page.getByLabel('Due', { exact: true }).fill('2027-01-01');
  await page.getByRole('button', { name: 'Save enrollment' }).click();
  await expect(page.getByText('the due date must come after the opening date')).toBeVisible();
  await page.getByLabel('Due', { exact: true }).fill('2027-03-01');
  await page.getByRole('button', { name: 'Save enrollment' }).click();
  // The page's summary line says so (the form's own "Enrolled in the course" box does not count).
  await expect(page.locator('.lead')).toContainText('· enrolled in the course');

  const row = members.getByRole('row', { name: new RegExp(DEMO.learner.email) });
  await row.getByRole('button', { name: 'Accommodation…' }).click();
  await row.getByLabel('Time ×').fill('1.5');
  await row.getByRole('button', { name: 'Save accommodation' }).click();
  await expect(row).toContainText('×1.5 time');

  // A learner of the cohort submits a quiz; the dashboard and the item analysis show it at once.
  const learnerPage = await browser.newPage();
  await signIn(learnerPage, WEB_URL, DEMO.learner);
  await startAttempt(learnerPage, WEB_URL, 'quiz-building');
  await submitAttempt(learnerPage);
  await learnerPage.close();

  // The dashboard: charts with their tables, no accessibility violations, and the gradebook.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Completion by lesson' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Learners who completed each of/ })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: /Building an alliance as a system: practice quiz/ }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /Learners at each mastery level/ })).toBeAttached();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the gradebook (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`gradebook-${id}.csv`);
  const text = await readFile((await file.path()) ?? '', 'utf8');
  const [header, first] = text.trim().split('\n');
  expect(header).toMatch(/^Name,Email,Lessons completed \(%\)/);
  expect(first).toContain(DEMO.learner.email);
  // The learning records: xAPI statements, among them the learner's submitted attempt.
  const records = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download learning records (xAPI JSON)' }).click();
  const json = await records;
  expect(json.suggestedFilename()).toBe(`xapi-${id}.json`);
  const statements = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as Array<{
    verb: { id: string };
    object: { id: string };
  }>;
  expect(
    statements.some(
      (s) =>
        s.object.id.endsWith('/activities/quiz/quiz-building') &&
        /\/(passed|failed|completed)$/.test(s.verb.id),
    ),
  ).toBe(true);

  // Drill into the learner from the cohort.
  await page.getByRole('link', { name: 'Evening class' }).click();
  await members.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Attempts' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Lessons completed' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Building an alliance as a system/ })).toBeVisible();

  await page.goto(`${ADMIN_URL}/quizzes/quiz-building/analysis`);
  await expect(
    page.getByRole('table', { name: 'Statistics per item, flagged first' }),
  ).toBeVisible();
  await expect(page.getByText("Cronbach's alpha")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Distractors' })).toBeVisible();
});

test('an admin invites a learner, who makes their account from the link, once', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.admin);
  await page.goto(`${ADMIN_URL}/people`);
  await page.getByRole('button', { name: 'Invite someone' }).click();
  const email = `vera-${Date.now().toString(36)}@example.test`;
  await page.getByLabel('Name', { exact: true }).fill('Vera Invited');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByRole('button', { name: 'Send the invitation', exact: true }).click();
  const field = page.getByLabel(new RegExp(`Emailed to ${email}. Invitation link for ${email}`));
  const shown = await field.inputValue();
  expect(shown).toMatch(new RegExp(`^${WEB_URL}/invite/[A-Za-z0-9_-]{43}$`));
  // The invitee follows the link in the message they got; it is the one shown to copy.
  const link = linkIn(
    await mailTo(email, /You are invited to Alliance Academy/),
    `${WEB_URL}/invite/`,
  );
  expect(link).toBe(shown);
  await expect(
    page
      .getByRole('table', { name: 'Open invitations' })
      .getByRole('row', { name: /Vera Invited/ }),
  ).toBeVisible();

  const invitee = await browser.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { name: 'Welcome to Alliance Academy' })).toBeVisible();
  // Too short: the browser holds the form back and says why.
  const password = invitee.getByLabel('Password');
  await password.fill('short');
  await invitee.getByRole('button', { name: 'Make my account' }).click();
  expect(await password.evaluate((el: HTMLInputElement) => el.validity.valid)).toBe(false);
  await expect(invitee).toHaveURL(link);
  await invitee.getByLabel('Password').fill('vera-chose-this-password');
  await invitee.getByRole('button', { name: 'Make my account' }).click();
  await expect(invitee.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await invitee.context().clearCookies();
  await invitee.goto(link);
  await expect(
    invitee.getByRole('heading', { name: 'This invitation cannot be used' }),
  ).toBeVisible();
  await invitee.close();

  await page.reload();
  await expect(
    page
      .getByRole('table', { name: 'Open invitations' })
      .getByRole('row', { name: /Vera Invited/ }),
  ).toHaveCount(0);
});
