import { course, findItem } from '@alliance/content';
import type { ItemDefinition } from '@alliance/quiz-engine';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { call, e2eDatabase, newLearner, startAttempt, submitAttempt, WEB_URL } from './fixtures';

/**
 * The quiz runner as a learner meets it, one test per way it used to lose answers or spend an
 * attempt: a bad field, a stale tab's reload, a reload that forgot a question's state, a page
 * visit that started an attempt, a clock only the browser kept, raced tries; and an autosave
 * fault run that ends with every answer stored once.
 */

const sql = e2eDatabase(2);

type Slot = { slot: string; item: { id: string; type: string } };
type View = {
  attemptId: string;
  sequence: number;
  presentation: { sections: Array<{ entries: Array<Slot | { kind: 'case'; items: Slot[] }> }> };
  responses: Record<string, { response: unknown; at: number }>;
  checks: Record<string, { triesUsed: number }>;
};

const view = (request: APIRequestContext, attemptId: string) =>
  call<View>(request, WEB_URL, 'attempt.get', { attemptId }, 'query');
const slotsOf = (v: View) =>
  v.presentation.sections.flatMap((s) => s.entries.flatMap((e) => ('items' in e ? e.items : [e])));
const question = (page: Page, slot: string) => page.locator(`.quiz__item[data-slot="${slot}"]`);
const saved = (page: Page) =>
  expect(page.locator('.quiz__save')).toHaveText(/^All answers saved/, { timeout: 15_000 });

function choiceKey(itemId: string) {
  const item = findItem(itemId)?.item as ItemDefinition | undefined;
  if (item?.type !== 'choice') throw new Error(`${itemId} is not a choice item`);
  const right = item.options.find((o) => o.fraction === 1);
  const wrong = item.options.filter((o) => o.fraction <= 0);
  if (!right || wrong.length < 2) throw new Error(`${itemId}: no key`);
  return { right, wrong };
}

test('a number that cannot be read is said at its field and never stops the other answers', async ({
  page,
}) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-theories');
  const slots = slotsOf(await view(page.request, attemptId));
  const [numericA, numericB] = slots.filter((s) => s.item.type === 'numeric');
  const choice = slots.find((s) => s.item.type === 'choice');
  if (!numericA || !numericB || !choice) throw new Error('two numbers and a choice needed');
  const key = choiceKey(choice.item.id);

  await question(page, numericB.slot).getByLabel('Your answer').fill('abc');
  await expect(question(page, numericB.slot).getByRole('alert')).toHaveText(
    '"abc" is not a number: type digits, such as 29.5',
  );
  // Answers given after the bad one are saved all the same.
  await question(page, choice.slot).getByRole('radio', { name: key.right.text }).check();
  // A decimal comma, as many learners write it, is a number.
  await question(page, numericA.slot).getByLabel('Your answer').fill('29,0');
  await expect(page.locator('.quiz__save')).toHaveText('All answers saved · 1 answer to fix', {
    timeout: 15_000,
  });
  const stored = await view(page.request, attemptId);
  expect(stored.responses[choice.slot]?.response).toEqual({ choice: key.right.id });
  expect(stored.responses[numericA.slot]?.response).toEqual({ text: '29,0' });
  expect(stored.responses[numericB.slot]).toBeUndefined();
  await expect(page.getByRole('button', { name: /answer to fix/ })).toHaveCount(1);

  // After a reload the unreadable answer is still there, still said, still not sent.
  await page.reload();
  await expect(question(page, numericB.slot).getByLabel('Your answer')).toHaveValue('abc');
  await expect(question(page, numericB.slot).getByRole('alert')).toBeVisible();
  await expect(
    question(page, choice.slot).getByRole('radio', { name: key.right.text }),
  ).toBeChecked();

  // Submitting lists it, says what counts, and lets the learner go on knowingly.
  await page.getByRole('button', { name: 'Finish and submit…' }).click();
  const summary = page.getByRole('dialog');
  await expect(summary).toContainText('"abc" is not a number');
  await expect(summary).toContainText('If you submit now, it counts as not answered.');
  await summary.getByRole('button', { name: 'Submit anyway' }).click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  const review = await call<{ items: Array<{ slot: string; points: number; maxPoints: number }> }>(
    page.request,
    WEB_URL,
    'attempt.review',
    { attemptId },
    'query',
  );
  const scored = review.items.find((i) => i.slot === choice.slot);
  expect(scored?.points).toBe(scored?.maxPoints);
});

test('a stale tab’s Reload takes the newer answers and sends only its own untouched ones', async ({
  page,
  context,
}) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-evolution');
  const [q1, q2] = slotsOf(await view(page.request, attemptId)).filter(
    (s) => s.item.type === 'choice',
  );
  if (!q1 || !q2) throw new Error('two choice questions needed');
  const tabB = await context.newPage();
  await tabB.goto(`${WEB_URL}/attempts/${attemptId}`);
  // Tab B answers question 1 with its second option.
  await question(tabB, q1.slot).getByRole('radio').nth(1).check();
  await saved(tabB);
  // Tab A, behind, answers question 1 with the first option and question 2: it is refused.
  await question(page, q1.slot).getByRole('radio').first().check();
  await question(page, q2.slot).getByRole('radio').first().check();
  const alert = page.getByRole('alert').filter({ hasText: 'This attempt changed in another tab.' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await alert.getByRole('button', { name: 'Reload' }).click();
  // After the reload: B's newer answer stands, A's answer to question 2 (untouched by B) is sent.
  await expect(page.getByText(/answered later in another tab or device/)).toBeVisible();
  await expect(question(page, q1.slot).getByRole('radio').nth(1)).toBeChecked();
  await expect(question(page, q2.slot).getByRole('radio').first()).toBeChecked();
  await saved(page);
  const stored = await view(page.request, attemptId);
  const b = await question(tabB, q1.slot).getByRole('radio').nth(1).getAttribute('value');
  const a2 = await question(page, q2.slot).getByRole('radio').first().getAttribute('value');
  expect(stored.responses[q1.slot]?.response).toEqual({ choice: b });
  expect(stored.responses[q2.slot]?.response).toEqual({ choice: a2 });
  await tabB.close();
});

test('a reload brings back each question’s state, and a lesson check’s answer and feedback', async ({
  page,
}) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-obstacles');
  const choice = slotsOf(await view(page.request, attemptId)).find((s) => s.item.type === 'choice');
  if (!choice) throw new Error('a choice question needed');
  const key = choiceKey(choice.item.id);
  const item = question(page, choice.slot);
  await item.getByRole('radio', { name: key.wrong[0]?.text }).check();
  await item.getByRole('button', { name: 'Check' }).click();
  await expect(item.getByRole('status')).toContainText('Not yet.');
  await expect(item.getByText('Hint:')).toBeVisible();
  await expect(item.getByText('2 of 3 tries left', { exact: false })).toBeVisible();

  await page.reload();
  await expect(item.getByRole('status')).toContainText('Not yet.');
  await expect(item.getByText('Hint:')).toBeVisible();
  await expect(item.getByText('2 of 3 tries left', { exact: false })).toBeVisible();
  await expect(item.getByRole('radio', { name: key.wrong[0]?.text })).toBeChecked();

  await item.getByRole('radio', { name: key.right.text }).check();
  await item.getByRole('button', { name: 'Check' }).click();
  await expect(item.getByRole('status')).toContainText('Right.');
  await page.reload();
  await expect(item.getByRole('status')).toContainText('Right.');
  await expect(item.getByText('Worked explanation.')).toBeVisible();
  await expect(item.getByRole('button', { name: 'Check' })).toBeDisabled();
  await expect(item.getByText(/tries left/)).toHaveCount(0);

  // A lesson's check of understanding keeps its answer and what it said.
  const lesson = course.modules
    .flatMap((m) => m.lessons)
    .find((l) => l.exercises.some((id) => findItem(id)?.item.type === 'choice'));
  if (!lesson) throw new Error('a lesson with a choice check needed');
  await page.goto(`${WEB_URL}/lessons/${lesson.slug}`);
  const exercise = page
    .locator('.exercise')
    .filter({ has: page.getByRole('radio') })
    .first();
  await exercise.getByRole('radio').first().check();
  await exercise.getByRole('button', { name: 'Check' }).click();
  const verdict = await exercise.locator('.exercise__verdict').textContent();
  await page.reload();
  await expect(exercise.getByRole('radio').first()).toBeChecked();
  await expect(exercise.locator('.exercise__verdict')).toHaveText(verdict ?? '');
  await expect(exercise.getByText('Your last checked answer.')).toBeVisible();
});

test('opening a quiz starts nothing: attempts start on purpose, and a passed final shows its result', async ({
  page,
}) => {
  await newLearner(page);
  const userId = (await call<{ id: string }>(page.request, WEB_URL, 'users.me', undefined, 'query'))
    .id;
  const attempts = async () =>
    (
      await sql<{ n: number }[]>`select count(*)::int as n from attempts where user_id = ${userId}`
    )[0]?.n;
  for (let i = 0; i < 2; i++) {
    await page.goto(`${WEB_URL}/quizzes/final-assessment`);
    await expect(page.getByRole('button', { name: 'Start attempt 1 of 2' })).toBeVisible();
  }
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('link', { name: 'About the final assessment' }).click();
  expect(await attempts()).toBe(0);
  await expect(page.getByText('90 minutes', { exact: false }).first()).toBeVisible();

  // Starting asks first: the attempts are limited and the clock will run.
  await page.getByRole('button', { name: 'Start attempt 1 of 2' }).click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('The 90 minutes start when you press Start now');
  await ask.getByRole('button', { name: 'Not now' }).click();
  expect(await attempts()).toBe(0);
  await page.getByRole('button', { name: 'Start attempt 1 of 2' }).click();
  await ask.getByRole('button', { name: 'Start now' }).click();
  await page.waitForURL(/\/attempts\/att_/);
  expect(await attempts()).toBe(1);
  // One question or case a page, with the navigator.
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Questions' })).toBeVisible();
  await submitAttempt(page);

  // Looking back shows the result and the attempt; it starts nothing.
  await page.goto(`${WEB_URL}/quizzes/final-assessment`);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review attempt 1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start attempt 2 of 2' })).toBeVisible();
  await page.goto(`${WEB_URL}/`);
  await page.getByRole('link', { name: 'Your results and attempts' }).click();
  expect(await attempts()).toBe(1);
  await page.getByRole('button', { name: 'Start attempt 2 of 2' }).click();
  await expect(page.getByRole('dialog')).toContainText('This is your last attempt.');
  await page.getByRole('dialog').getByRole('button', { name: 'Not now' }).click();
  expect(await attempts()).toBe(1);
});

test('the server keeps time: a late save is refused and the attempt is submitted with what was saved', async ({
  page,
}) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'final-assessment');
  const slots = slotsOf(await view(page.request, attemptId));
  const choices = slots
    .map((s, i) => ({ ...s, number: i + 1 }))
    .filter((s) => s.item.type === 'choice');
  const [inTime, late] = choices;
  if (!inTime || !late) throw new Error('two choice questions needed');
  const goTo = (n: number) =>
    page.getByRole('button', { name: new RegExp(`^Question ${n}: `) }).click();
  // A choice is answered and saved in time.
  await goTo(inTime.number);
  await question(page, inTime.slot).getByRole('radio').first().check();
  await saved(page);
  // Time runs out on the server (the page still believes it has 90 minutes).
  await sql`update attempts set deadline = now() - interval '5 seconds' where id = ${attemptId}`;
  await goTo(late.number);
  await question(page, late.slot).getByRole('radio').first().check();
  const slot = inTime.slot;
  const lateSlot = late.slot;
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Time ran out')).toBeVisible();
  const [row] = await sql<{ submit_reason: string; responses: Record<string, unknown> }[]>`
    select submit_reason, responses from attempts where id = ${attemptId}`;
  expect(row?.submit_reason).toBe('time-up');
  expect(Object.keys(row?.responses ?? {})).toContain(slot);
  expect(Object.keys(row?.responses ?? {})).not.toContain(lateSlot);
});

test('an attempt whose time ran out is closed by the server, with nobody there', async ({
  page,
}) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'final-assessment');
  await page.goto(`${WEB_URL}/`);
  await sql`update attempts set deadline = now() - interval '10 seconds' where id = ${attemptId}`;
  await expect
    .poll(
      async () =>
        (await sql<{ state: string }[]>`select state from attempts where id = ${attemptId}`)[0]
          ?.state,
      { timeout: 20_000 },
    )
    .toBe('submitted');
  await page.goto(`${WEB_URL}/quizzes/final-assessment`);
  await expect(page.getByText('(time ran out)')).toBeVisible();
  // Visiting the closed attempt leads to its review.
  await page.goto(`${WEB_URL}/attempts/${attemptId}`);
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
});

test('the countdown warns at 5 minutes and at 1 minute', async ({ page }) => {
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'final-assessment');
  await sql`update attempts set deadline = now() + interval '302 seconds' where id = ${attemptId}`;
  await page.reload();
  await expect(page.locator('.quiz__warning')).toHaveText(/^5 minutes left/, { timeout: 10_000 });
  await sql`update attempts set deadline = now() + interval '62 seconds' where id = ${attemptId}`;
  await page.reload();
  await expect(page.locator('.quiz__warning')).toHaveText(/^1 minute left/, { timeout: 10_000 });
  await expect(page.locator('.quiz__clock')).toHaveClass(/quiz__clock--urgent/);
  // Left with time to spare, so it does not expire in the middle of later tests.
  await sql`update attempts set deadline = now() + interval '90 minutes' where id = ${attemptId}`;
});

test('checks fired at once on one question are evaluated one at a time, never more than the tries', async ({
  page,
}) => {
  await newLearner(page);
  const started = await call<View>(
    page.request,
    WEB_URL,
    'attempt.start',
    { quizId: 'quiz-obstacles' },
    'mutation',
  );
  const choice = slotsOf(started).find((s) => s.item.type === 'choice');
  if (!choice) throw new Error('a choice question needed');
  const key = choiceKey(choice.item.id);
  const picks = [...key.wrong.slice(0, 3).map((o) => o.id), key.right.id];
  while (picks.length < 4) picks.unshift(key.wrong[0]?.id ?? '');
  const answers = await Promise.all(
    picks.map((id, i) =>
      page.request.post(`${WEB_URL}/api/trpc/attempt.check`, {
        headers: { origin: WEB_URL },
        data: {
          json: {
            attemptId: started.attemptId,
            slot: choice.slot,
            sequence: i + 1,
            answer: { response: { choice: id } },
          },
        },
      }),
    ),
  );
  const ok = answers.filter((a) => a.status() === 200).length;
  expect(ok).toBeGreaterThan(0);
  expect(ok).toBeLessThanOrEqual(3);
  expect((await view(page.request, started.attemptId)).checks[choice.slot]?.triesUsed).toBe(ok);
});

test('autosave under faults: failing saves, a bad field, a reload, a second tab, then submit — every answer stored once', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await newLearner(page);
  const attemptId = await startAttempt(page, WEB_URL, 'quiz-benefits');
  const slots = slotsOf(await view(page.request, attemptId));
  const choices = slots.filter((s) => s.item.type === 'choice');
  const numeric = slots.find((s) => s.item.type === 'numeric');
  if (choices.length < 4 || !numeric) throw new Error('four choices and a number needed');
  const [c1, c2, c3, c4] = choices as [Slot, Slot, Slot, Slot];
  const optionValue = (slot: string, n: number, on = page) =>
    question(on, slot).getByRole('radio').nth(n).getAttribute('value');

  // The server cannot be reached for saves: answers live in the browser only.
  await page.route('**/api/trpc/attempt.save**', (route) => route.abort());
  await question(page, c1.slot).getByRole('radio').nth(0).check();
  await question(page, numeric.slot).getByLabel('Your answer').fill('abc');
  await question(page, c2.slot).getByRole('radio').nth(1).check();
  await expect(page.locator('.quiz__save')).toContainText(/Could not reach|Offline/, {
    timeout: 15_000,
  });
  // A reload while they are unsent.
  await page.reload();
  await expect(question(page, c1.slot).getByRole('radio').nth(0)).toBeChecked();
  await expect(question(page, c2.slot).getByRole('radio').nth(1)).toBeChecked();
  await page.unroute('**/api/trpc/attempt.save**');
  await saved(page);
  // The bad number is still said at its field after the reload; fixed, it goes out too.
  const bad = question(page, numeric.slot);
  await expect(bad.getByRole('alert')).toContainText('is not a number');
  await bad.getByLabel('Your answer').fill('12,5');
  await expect(bad.getByRole('alert')).toHaveCount(0);
  await saved(page);

  // A second tab answers question c3; this tab, behind, answers c4 and reloads.
  const tabB = await context.newPage();
  await tabB.goto(`${WEB_URL}/attempts/${attemptId}`);
  await question(tabB, c3.slot).getByRole('radio').nth(2).check();
  await saved(tabB);
  await question(page, c4.slot).getByRole('radio').nth(0).check();
  await page
    .getByRole('alert')
    .filter({ hasText: 'This attempt changed in another tab.' })
    .getByRole('button', { name: 'Reload' })
    .click({ timeout: 15_000 });
  await saved(page);
  const expected = {
    [c1.slot]: { choice: await optionValue(c1.slot, 0) },
    [c2.slot]: { choice: await optionValue(c2.slot, 1) },
    [c3.slot]: { choice: await optionValue(c3.slot, 2, tabB) },
    [c4.slot]: { choice: await optionValue(c4.slot, 0) },
    [numeric.slot]: { text: '12,5' },
  };
  await tabB.close();
  await submitAttempt(page);

  const [row] = await sql<
    {
      state: string;
      responses: Record<string, { response: unknown }>;
      items: number;
      events: number;
    }[]
  >`select a.state, a.responses,
      (select count(*)::int from attempt_items i where i.attempt_id = a.id) as items,
      (select count(*)::int from learning_events e
        where e.attempt_id = a.id and e.object_type = 'attempt') as events
    from attempts a where a.id = ${attemptId}`;
  expect(row?.state).toBe('submitted');
  for (const [slot, response] of Object.entries(expected)) {
    const stored = row?.responses[slot]?.response as Record<string, unknown> | undefined;
    expect(stored && { ...stored, decimal: undefined }, slot).toEqual({
      ...response,
      decimal: undefined,
    });
  }
  expect(row?.items).toBe(slots.length);
  expect(row?.events).toBe(1);
});
