import { quizzes } from '@alliance/content';
import { expect, test } from '@playwright/test';
import { ADMIN_URL, call, DEMO, newLearner, signIn, sitePages, WEB_URL } from './fixtures';

/**
 * Nothing is wider than a phone: every page of both apps, at 360 px (the narrowest phones in
 * common use), as a learner with an attempt open on every practice quiz and as an admin. A
 * wide table may scroll inside its own box; the page itself never scrolls sideways.
 */

test.use({ viewport: { width: 360, height: 780 } });

/** The page's width beyond the screen, and the first few elements that reach past it. */
async function overflow(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('.table-scroll') && getComputedStyle(el).position !== 'fixed')
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`);
    return { extra: document.documentElement.scrollWidth - width, past };
  });
}

test('no page of either app is wider than a 360 px screen, for a learner or an admin', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await newLearner(page, 'Nia Narrow');
  const attempts: string[] = [];
  for (const quiz of quizzes.filter((q) => q.kind === 'practice')) {
    const started = await call<{ attemptId: string }>(
      page.request,
      WEB_URL,
      'attempt.start',
      { quizId: quiz.id },
      'mutation',
    );
    attempts.push(started.attemptId);
  }
  const admin = await (
    await browser.newContext({ viewport: { width: 360, height: 780 } })
  ).newPage();
  await signIn(admin, ADMIN_URL, DEMO.admin);
  const pages = sitePages({ attempts, cohorts: ['demo'] });
  const visits: Array<[typeof page, string]> = [
    ...pages.learner
      .filter((p) => !p.startsWith('/api/') && p !== '/sign-out')
      .map((p) => [page, `${WEB_URL}${p}`] as [typeof page, string]),
    ...pages.staff
      .filter((p) => !p.startsWith('/api/') && p !== '/sign-out')
      .map((p) => [admin, `${ADMIN_URL}${p}`] as [typeof page, string]),
  ];
  const wide: string[] = [];
  for (const [who, url] of visits) {
    await who.goto(url);
    await who.waitForLoadState('networkidle');
    const { extra, past } = await overflow(who);
    if (extra > 0) wide.push(`${url}: ${extra} px too wide (${past.join(', ')})`);
  }
  expect(wide).toEqual([]);
});
