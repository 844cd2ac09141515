import { quizzes } from '@alliance/content';
import { expect, type Page, test } from '@playwright/test';
import { DEMO, newLearner, signIn, startAttempt, submitAttempt, WEB_URL } from './fixtures';

/** Texts of a quiz a learner must not see before submitting: explanations and option feedback. */
function quizSecrets(quizId: string): string[] {
  const quiz = quizzes.find((q) => q.id === quizId);
  const items = (quiz?.definition.sections ?? []).flatMap((s) =>
    s.entries.flatMap((e) =>
      e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
    ),
  );
  return items
    .flatMap((item) => [
      item.explanation,
      ...(item.type === 'choice' || item.type === 'multiple-response'
        ? item.options.map((o) => o.feedback)
        : []),
    ])
    .filter((text) => text.length > 30)
    .map((text) => text.slice(0, 60));
}

const saved = (page: Page) =>
  expect(page.locator('.quiz__save')).toHaveText('All answers saved', { timeout: 10_000 });

test('a learner takes a module quiz: autosave survives a reload, submit gives one result and a review', async ({
  page,
}) => {
  await newLearner(page);
  await startAttempt(page, WEB_URL, 'quiz-forms');
  const firstRadio = page.locator('.quiz__item').getByRole('radio').first();
  await firstRadio.check();
  await saved(page);
  await page.reload();
  await expect(page.locator('.quiz__item').getByRole('radio').first()).toBeChecked();

  // Nothing key-like reaches the learner before submission: no HTML, RSC payload or API
  // response carries a key field, nor any explanation or option feedback of the quiz's items.
  const secrets = quizSecrets('quiz-forms');
  expect(secrets.length).toBeGreaterThan(10);
  const leaks: string[] = [];
  const scan = async (url: string, body: string) => {
    if (
      /"(fraction|correct|answer|explanation|feedback|answers|patterns|match|bucket)":/.test(body)
    )
      leaks.push(`${url}: key field`);
    for (const secret of secrets)
      if (body.includes(secret)) leaks.push(`${url}: ${secret.slice(0, 40)}…`);
  };
  page.on('response', async (response) => {
    // Feedback after a check is the policy; static bundles are code, not data.
    if (
      response.url().includes('/api/trpc/attempt.check') ||
      response.url().includes('/_next/static/')
    )
      return;
    await scan(response.url(), await response.text().catch(() => ''));
  });
  await page.reload();
  await page.locator('.quiz__item').getByRole('radio').nth(1).check();
  await saved(page);
  await scan('page HTML', await page.content());
  expect(leaks).toEqual([]);

  await page.getByRole('button', { name: 'Finish and submit…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit anyway' }).dblclick();
  await expect(page).toHaveURL(/\/attempts\/att_[0-9a-f]+\/review$/);
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.getByText(/^total .* of .*%/)).toBeAttached();
  await expect(page.getByText('Worked explanation.').first()).toBeVisible();
  await expect(page.locator('p.muted', { hasText: 'Score:' }).first()).toContainText('point');
});

test('a second tab that falls behind gets the conflict message instead of overwriting', async ({
  page,
  context,
}) => {
  await signIn(page, WEB_URL, DEMO.learner);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-evolution');
  const other = await context.newPage();
  await other.goto(`${WEB_URL}/attempts/${attemptId}`);
  await other.locator('.quiz__item').getByRole('radio').first().check();
  await saved(other);
  // The first tab still thinks it is at the old sequence number.
  await page.locator('.quiz__item').getByRole('radio').nth(1).check();
  await expect(page.getByText('This attempt changed in another tab.')).toBeVisible({
    timeout: 10_000,
  });
});

test('the review stays closed, and other learners’ attempts are not found', async ({
  page,
  browser,
}) => {
  await signIn(page, WEB_URL, DEMO.learner);
  const started = await page.request.post(`${WEB_URL}/api/trpc/attempt.start`, {
    data: { json: { quizId: 'quiz-benefits' } },
    headers: { origin: WEB_URL },
  });
  const attemptId = (await started.json()).result.data.json.attemptId as string;
  const early = await page.request.get(
    `${WEB_URL}/api/trpc/attempt.review?input=${encodeURIComponent(JSON.stringify({ json: { attemptId } }))}`,
  );
  expect(early.status()).toBe(412);
  const stranger = await browser.newPage();
  await newLearner(stranger);
  const peek = await stranger.request.get(
    `${WEB_URL}/api/trpc/attempt.get?input=${encodeURIComponent(JSON.stringify({ json: { attemptId } }))}`,
  );
  expect(peek.status()).toBe(404);
});

test('my progress charts quiz results and mastery; the review queue explains an empty day', async ({
  page,
}) => {
  await newLearner(page);
  await page.goto(`${WEB_URL}/progress`);
  await expect(page.getByText('No quiz submitted yet.')).toBeVisible();
  await startAttempt(page, WEB_URL, 'quiz-definition');
  await page.locator('.quiz__item').getByRole('radio').first().check();
  await saved(page);
  await submitAttempt(page);
  await page.goto(`${WEB_URL}/progress`);
  await expect(page.locator('.score-chart circle')).toHaveCount(1);
  await expect(
    page.locator('.mastery .badge').filter({ hasNotText: 'Not started' }).first(),
  ).toBeVisible();
  await page.goto(`${WEB_URL}/review`);
  await expect(page.getByRole('heading', { name: 'Today’s review' })).toBeVisible();
  await expect(page.getByText('Nothing is due today.')).toBeVisible();
});

test('an interactive practice quiz checks each answer, with tries left and feedback', async ({
  page,
}) => {
  await newLearner(page);
  await startAttempt(page, WEB_URL, 'quiz-benefits');
  const item = page
    .locator('.quiz__item')
    .filter({ has: page.getByRole('radio') })
    .first();
  await expect(item.getByText('3 of 3 tries left', { exact: false })).toBeVisible();
  await item.getByRole('radio').first().check();
  await item.getByRole('button', { name: 'Check' }).click();
  const result = item.getByRole('status');
  await expect(result).toContainText(/Right\.|Not yet\./);
  const text = await result.textContent();
  if (text?.includes('Not yet.'))
    await expect(item.getByText('2 of 3 tries left', { exact: false })).toBeVisible();
  else await expect(item.getByText('Worked explanation.')).toBeVisible();
});

test('answers given while offline are kept and sent when the learner is back', async ({
  page,
  context,
}) => {
  await newLearner(page);
  await startAttempt(page, WEB_URL, 'quiz-theories');
  const radio = page.locator('.quiz__item').getByRole('radio').first();
  await radio.waitFor();
  await context.setOffline(true);
  await radio.check();
  await expect(page.locator('.quiz__save')).toContainText(/Offline|Could not reach/, {
    timeout: 10_000,
  });
  await context.setOffline(false);
  await page.reload();
  await expect(page.locator('.quiz__item').getByRole('radio').first()).toBeChecked();
  await saved(page);
});

test('an answer the server never got survives a reload, and goes out when it can', async ({
  page,
}) => {
  await newLearner(page);
  await startAttempt(page, WEB_URL, 'quiz-forms');
  const radio = page.locator('.quiz__item').getByRole('radio').first();
  await radio.waitFor();
  // The server is unreachable for saves: the answer can live only in the browser.
  await page.route('**/api/trpc/attempt.save**', (route) => route.abort());
  await radio.check();
  await expect(page.locator('.quiz__save')).toContainText(/Offline|Could not reach/, {
    timeout: 10_000,
  });
  await page.reload();
  await expect(page.locator('.quiz__item').getByRole('radio').first()).toBeChecked();
  await page.unroute('**/api/trpc/attempt.save**');
  // The server answering again: the runner's next try sends it, without any help from the page.
  await saved(page);
});
