import { expect, test } from '@playwright/test';
import {
  ADMIN_URL,
  call,
  DEMO,
  newLearner,
  signIn,
  startAttempt,
  submitAttempt,
  WEB_URL,
} from './fixtures';

test('every lesson renders, with its five sections and no broken component', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url}`);
  });
  await signIn(page, WEB_URL, DEMO.learner);
  await page.goto(`${WEB_URL}/`);
  const links = await page
    .locator('.lesson-row__title')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThanOrEqual(16);
  for (const href of links) {
    const response = await page.goto(`${WEB_URL}${href}`);
    expect(response?.status(), href).toBe(200);
    const sections = page.locator('.lesson__body h2');
    await expect(sections, href).toHaveCount(5);
    await expect(sections.nth(2), href).toContainText('Worked example:');
    await expect(page.locator('.exercise').first(), href).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a check-your-understanding item is scored on the server and explained', async ({ page }) => {
  // A learner of their own: the demo learner may hold open quizzes (the authoring tests start
  // some) whose draw locks this very check until they are submitted.
  await newLearner(page, 'Cleo Check');
  await page.goto(`${WEB_URL}/lessons/defining-strategic-alliances`);
  const exercise = page.locator('.exercise').first();
  const check = exercise.getByRole('button', { name: 'Check' });
  await expect(check).toBeDisabled();
  // Answer with the first control the item offers, whatever its type.
  const radio = exercise.getByRole('radio').first();
  const checkbox = exercise.getByRole('checkbox').first();
  const select = exercise.getByRole('combobox').first();
  const text = exercise.getByRole('textbox').first();
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await select.count()) await select.selectOption({ index: 1 });
  else await text.fill('an answer');
  await check.click();
  await expect(exercise.getByRole('status')).toBeVisible();
  await expect(exercise.getByText('Worked explanation.')).toBeVisible();
});

test('a lesson check on an assessment the learner has open says so, and opens once it is submitted', async ({
  page,
  browser,
}) => {
  const slug = 'defining-strategic-alliances';
  await newLearner(page, 'Lou Locked');
  const lesson = await call<{ exercises: Record<string, unknown> }>(
    page.request,
    WEB_URL,
    'course.lesson',
    { slug },
    'query',
  );
  // An instructor's quiz with feedback after submission, holding every check of the lesson.
  const staff = await browser.newPage();
  await signIn(staff, ADMIN_URL, DEMO.instructor);
  const quizId = `e2e-locked-${Date.now().toString(36)}`;
  await call(
    staff.request,
    ADMIN_URL,
    'quizzes.publish',
    {
      quizId,
      spec: {
        title: 'Checks held back',
        kind: 'practice',
        settings: { behaviour: 'deferred' },
        sections: [
          {
            id: 'main',
            entries: Object.keys(lesson.exercises).map((itemId) => ({ kind: 'item', itemId })),
          },
        ],
      },
      moduleId: null,
      create: true,
    },
    'mutation',
  );
  await staff.close();
  await startAttempt(page, WEB_URL, quizId);

  await page.goto(`${WEB_URL}/lessons/${slug}`);
  const exercise = page.locator('.exercise').first();
  await expect(
    exercise.getByText('This question is on an assessment you have open.'),
  ).toBeVisible();
  // The lesson's first check is a matching: one pair chosen is an answer that could be checked.
  await exercise.getByRole('combobox').first().selectOption({ index: 1 });
  await expect(exercise.getByRole('button', { name: 'Check' })).toBeDisabled();

  await startAttempt(page, WEB_URL, quizId);
  await submitAttempt(page);
  await page.goto(`${WEB_URL}/lessons/${slug}`);
  await expect(exercise.getByText('This question is on an assessment you have open.')).toHaveCount(
    0,
  );
  await exercise.getByRole('combobox').first().selectOption({ index: 1 });
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toBeVisible();
});

test('the glossary, references and overview pages link the course together', async ({ page }) => {
  await page.goto(`${WEB_URL}/glossary`);
  await expect(page.getByRole('heading', { name: 'Glossary' })).toBeVisible();
  expect(await page.locator('.glossary dt').count()).toBeGreaterThanOrEqual(20);
  await page.goto(`${WEB_URL}/references`);
  await expect(page.locator('.references li')).toHaveCount(10);
  await page.goto(`${WEB_URL}/overview`);
  await expect(page.locator('.card')).toHaveCount(8);
});

test('a learner searches lessons and the glossary by keyword', async ({ page }) => {
  await page.goto(`${WEB_URL}/`);
  await page
    .getByRole('searchbox', { name: 'Search lessons and glossary' })
    .fill('path dependence');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=path\+dependence/);
  await expect(page.getByRole('status')).toContainText('for “path dependence”');
  await expect(page.locator('.hits li').first()).toContainText(/path dependence/i);
  await page.goto(`${WEB_URL}/search?q=zzzyx`);
  await expect(page.getByText('Nothing matches “zzzyx”.')).toBeVisible();
});
