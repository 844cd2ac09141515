import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_URL, DEMO, signIn, WEB_URL } from './fixtures';

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
  await signIn(page, WEB_URL, DEMO.learner);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [
      '/',
      '/lessons/path-dependence',
      '/quizzes/quiz-theories',
      '/progress',
      '/review',
    ]) {
      await page.goto(`${WEB_URL}${path}`);
      await page.locator('main').first().waitFor();
      if (path.startsWith('/quizzes')) await page.locator('.quiz__item').first().waitFor();
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
  for (const path of [
    '/',
    '/lessons/value-chain-theory',
    '/quizzes/quiz-building',
    '/progress',
    '/glossary',
    '/search?q=trust',
  ]) {
    await page.goto(`${WEB_URL}${path}`);
    await page.locator('main').first().waitFor();
    if (path.startsWith('/quizzes')) await page.locator('.quiz__item').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(1);
  }
});
