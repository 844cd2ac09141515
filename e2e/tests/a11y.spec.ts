import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_URL, DEMO, newLearner, signIn, startAttempt, WEB_URL } from './fixtures';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

test('public pages have no accessibility violations', async ({ page }) => {
  for (const path of [
    '/',
    '/sign-in',
    '/sign-up',
    '/forgot-password',
    '/reset-password?token=not-a-real-token',
    '/glossary',
    '/references',
    '/overview',
    '/search?q=trust',
  ]) {
    await page.goto(`${WEB_URL}${path}`);
    expect(await violations(page), path).toEqual([]);
  }
});

test('a learner’s pages have no accessibility violations, light and dark', async ({ page }) => {
  // Six pages in each colour scheme, axe on every one: the run, not any page, takes the time.
  test.setTimeout(90_000);
  await signIn(page, WEB_URL, DEMO.learner);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-theories');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [
      '/',
      '/lessons/path-dependence',
      '/quizzes/quiz-theories',
      `/attempts/${attemptId}`,
      '/progress',
      '/review',
    ]) {
      await page.goto(`${WEB_URL}${path}`);
      await page.locator('main').first().waitFor();
      if (path.startsWith('/attempts')) await page.locator('.quiz__item').first().waitFor();
      expect(await violations(page), `${scheme} ${path}`).toEqual([]);
    }
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the staff pages have no accessibility violations (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, ADMIN_URL, DEMO.admin);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [
      '/',
      '/items',
      '/items/benefits-fb-match',
      '/cases',
      '/cases/case-obstacles-brisa',
      '/quizzes',
      '/quizzes/final-assessment',
      '/quizzes/quiz-obstacles/analysis',
      '/grading',
      '/qti',
      '/people',
      '/cohorts',
    ]) {
      await page.goto(`${ADMIN_URL}${path}`);
      await page.locator('main').first().waitFor();
      if (/^\/quizzes\/[^/]+$/.test(path)) await page.getByText('distinct paper').waitFor();
      expect(await violations(page), `${scheme} ${path}`).toEqual([]);
    }
  });
}

test('pages fit a 360 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, WEB_URL, DEMO.learner);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-building');
  for (const path of [
    '/',
    '/lessons/value-chain-theory',
    '/quizzes/quiz-building',
    `/attempts/${attemptId}`,
    '/progress',
    '/glossary',
    '/search?q=trust',
  ]) {
    await page.goto(`${WEB_URL}${path}`);
    await page.locator('main').first().waitFor();
    if (path.startsWith('/attempts')) await page.locator('.quiz__item').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});

test('the quiz runner is axe-clean and fits the screen: start page, navigator and summary, 1280 and 390 px, light and dark', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await newLearner(page, 'Ada Access');
  const attemptId = await startAttempt(page, WEB_URL, 'final-assessment');
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const where = `${width} px ${scheme}`;
      await page.goto(`${WEB_URL}/quizzes/final-assessment`);
      await page.getByRole('link', { name: /^Resume attempt/ }).waitFor();
      expect(await violations(page), `start page, ${where}`).toEqual([]);
      await page.goto(`${WEB_URL}/attempts/${attemptId}`);
      await page.getByRole('navigation', { name: 'Questions' }).waitFor();
      await page.locator('.quiz__item').first().locator('.flag').click();
      expect(await violations(page), `runner, ${where}`).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `runner, ${where}`).toBeLessThanOrEqual(1);
      await page.getByRole('button', { name: 'Finish and submit…' }).click();
      await page.getByRole('dialog').waitFor();
      expect(await violations(page), `summary, ${where}`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
});

test('the quiz runner works from the keyboard alone', async ({ page }) => {
  await newLearner(page, 'Kai Keys');
  await page.goto(`${WEB_URL}/quizzes/quiz-building`);
  // Tab to Start and press Enter: no mouse from here on.
  const start = page.getByRole('button', { name: /^Start attempt/ });
  for (let i = 0; i < 40 && !(await start.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/attempts\/att_/);
  // The first single-choice question, by its number.
  const types = await page
    .locator('.quiz__item')
    .evaluateAll((items) =>
      items.map((i) => (i.querySelector('input[type=radio]') ? 'choice' : '')),
    );
  const n = types.indexOf('choice') + 1;
  if (n === 0) throw new Error('a choice question needed');
  // The navigator takes the learner to it; its heading takes focus.
  await page.getByRole('button', { name: new RegExp(`^Question ${n}: not answered`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveText(new RegExp(`^Question ${n}`));
  // Tab into it and answer: the first control of a question is its flag, then its answer.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('button', { name: new RegExp(`^Question ${n}: .*flagged`) }),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('button', { name: new RegExp(`^Question ${n}: answered`) }),
  ).toBeVisible();
  // The summary opens on the keyboard, focus on going back, and Esc closes it.
  await page.getByRole('button', { name: 'Finish and submit…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('Flagged for later (1)');
  await expect(page.locator(':focus')).toHaveText('Back to the questions');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish and submit…' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
});
