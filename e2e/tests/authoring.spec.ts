import { expect, test } from '@playwright/test';
import {
  ADMIN_URL,
  addToCohort,
  call,
  DEMO,
  signIn,
  signUpConfirmed,
  startAttempt,
  uniqueEmail,
  WEB_URL,
} from './fixtures';

/** The editor's input for a field path (SchemaForm ids: `ed-options_2__fraction`). */
const field = (path: string) => `#ed-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;

test('an instructor creates an item, sees what is wrong at the field, fixes it, tries it and publishes', async ({
  page,
}) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  await page.goto(`${ADMIN_URL}/items`);
  await page.getByRole('button', { name: 'New item' }).click();
  const id = `e2e-choice-${Date.now().toString(36)}`;
  await page.getByLabel('New item’s id').fill(id);
  await page.getByLabel('Item type').selectOption('choice');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { name: id })).toBeVisible();
  await expect(page.getByText('✓ Valid')).toBeVisible();

  // Break it: the only right option is worth nothing, and a fraction is out of range.
  await page.locator(field('prompt')).fill('Which alliance form shares equity?');
  await page.locator(field('options[0].fraction')).fill('0');
  await page.locator(field('options[1].fraction')).fill('1.5');
  const invalid = page.locator(`${field('options[1].fraction')}[aria-invalid="true"]`);
  await expect(invalid).toBeVisible();
  await expect(page.getByText('must be ≤ 1').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await expect(page.getByText('Draft saved')).toBeVisible();

  // Fix it, add a third option with the keyboard, and move it up.
  await page.locator(field('options[1].fraction')).fill('1');
  await page.locator(field('options[0].text')).fill('A long-term supply contract');
  await page.locator(field('options[1].text')).fill('A joint-venture company');
  await page.getByRole('button', { name: 'Add option' }).press('Enter');
  await page.locator(field('options[2].text')).fill('A licensing deal');
  await page.getByRole('button', { name: 'Move Option 3 up' }).press('Enter');
  await expect(page.locator(field('options[1].text'))).toHaveValue('A licensing deal');
  await expect(page.getByText('✓ Valid')).toBeVisible();

  // The preview is the learner's renderer; try the key and a wrong answer.
  const preview = page.locator('.editor__preview');
  await preview.getByRole('button', { name: 'Fill in the key' }).click();
  await preview.getByRole('button', { name: 'Score this answer' }).click();
  await expect(preview.getByText('1 of 1 point')).toBeVisible();
  await preview.getByLabel('A licensing deal').check();
  await preview.getByRole('button', { name: 'Score this answer' }).click();
  await expect(preview.getByText('0 of 1 point')).toBeVisible();

  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.getByLabel('What changed').fill('First version');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('version 1 is current')).toBeVisible();
  await expect(page.getByText('Published version 1.')).toBeVisible();
  await expect(page.locator('.history')).toContainText('First version');

  await page.goto(`${ADMIN_URL}/items?q=${id}`);
  await expect(page.getByRole('link', { name: id })).toBeVisible();
  await expect(page.getByText('1 item')).toBeVisible();
});

test('an instructor fixes a key, previews the regrade, applies it, and grades an essay; the learner sees both', async ({
  page,
  browser,
}) => {
  // A learner submits the countermeasures practice quiz: one choice question answered with an
  // option the key calls wrong, and the essay written.
  const learnerContext = await browser.newContext();
  const learner = learnerContext.request;
  const name = 'Rae Regrade';
  const email = uniqueEmail('rae');
  await signUpConfirmed(await learnerContext.newPage(), {
    name,
    email,
    password: 'a-long-enough-password',
  });
  // The instructor regrades and grades the learners of the cohorts they teach.
  await addToCohort(email);
  type Presented = { slot: string; item: { id: string; type: string } };
  const started = await call<{
    attemptId: string;
    sequence: number;
    presentation: {
      sections: Array<{ entries: Array<Presented | { kind: 'case'; items: Presented[] }> }>;
    };
  }>(learner, WEB_URL, 'attempt.start', { quizId: 'quiz-countermeasures' }, 'mutation');
  const slots = started.presentation.sections.flatMap((s) =>
    s.entries.flatMap((e) => ('items' in e ? e.items : [e])),
  );
  const choice = slots.find((s) => s.item.type === 'choice');
  const essay = slots.find((s) => s.item.type === 'essay');
  if (!choice || !essay) throw new Error('the quiz needs a choice item and an essay');

  await signIn(page, ADMIN_URL, DEMO.instructor);
  const item = await call<{
    definition: { options: Array<{ id: string; text: string; fraction: number }> };
  }>(page.request, ADMIN_URL, 'authoring.item', { itemId: choice.item.id }, 'query');
  const options = item.definition.options;
  const wrong = options.findIndex((o) => o.fraction <= 0);
  const right = options.findIndex((o) => o.fraction === 1);
  await call(
    learner,
    WEB_URL,
    'attempt.save',
    {
      attemptId: started.attemptId,
      sequence: started.sequence + 1,
      responses: {
        [choice.slot]: { response: { choice: options[wrong]?.id }, base: started.sequence },
        [essay.slot]: {
          response: { text: 'Build trust step by step, and agree exit terms early.' },
          base: started.sequence,
        },
      },
    },
    'mutation',
  );
  const submitted = await call<{ points: number }>(
    learner,
    WEB_URL,
    'attempt.submit',
    { attemptId: started.attemptId },
    'mutation',
  );

  // The instructor decides the learner's option is the right one.
  await page.goto(`${ADMIN_URL}/items/${choice.item.id}`);
  await page.locator(field(`options[${wrong}].fraction`)).fill('1');
  await page.locator(field(`options[${right}].fraction`)).fill('0');
  await expect(page.getByText('✓ Valid')).toBeVisible();
  await expect(page.getByText('Draft saved')).toBeVisible();
  await page.getByLabel('What changed').fill('Accept the second reading');
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('link', { name: 'Preview a regrade of earlier attempts' }).click();

  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${submitted.points} /`);
  await page.getByLabel('Why (learners see this)').fill('The key missed a defensible answer.');
  await page.getByRole('button', { name: /Apply the regrade/ }).click();
  await expect(page.getByText(/Regraded \d+ attempt/)).toBeVisible();

  // The essay, from the grading queue.
  await page.goto(`${ADMIN_URL}/grading?quiz=quiz-countermeasures`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByText('Build trust step by step')).toBeVisible();
  const rubric = page.locator('fieldset.rubric');
  for (const criterion of await rubric.all()) await criterion.locator('label').last().click();
  await page.getByLabel('Comment for the learner').fill('Clear, and tied to the case.');
  await page.getByRole('button', { name: /Save/ }).click();
  await expect(page).toHaveURL(/\/grading/);

  const review = await learnerContext.newPage();
  await review.goto(`${WEB_URL}/attempts/${started.attemptId}/review`);
  await expect(review.getByText(/Regraded on/)).toBeVisible();
  await expect(review.getByText('The key missed a defensible answer.')).toBeVisible();
  await expect(review.getByText('Clear, and tied to the case.')).toBeVisible();
  await expect(review.getByText('Provisional: an answer waits for grading')).toHaveCount(0);
  await learnerContext.close();

  // Item analysis reflects the submission at once (no refresh job).
  await page.goto(`${ADMIN_URL}/quizzes/quiz-countermeasures/analysis`);
  await expect(page.getByRole('link', { name: choice.item.id })).toBeVisible();
});

test('an instructor builds a quiz with a pool draw and publishes it; a learner finds it and takes it', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  await page.goto(`${ADMIN_URL}/quizzes`);
  await page.getByRole('button', { name: 'New quiz' }).click();
  const id = `e2e-quiz-${Date.now().toString(36)}`;
  await page.getByLabel('New quiz’s id').fill(id);
  await page.getByLabel('Title').fill('Forms drill');
  await page.getByLabel('In module').selectOption('forms-of-alliance');
  await page.getByRole('button', { name: 'Open the builder' }).click();
  await expect(page.getByRole('heading', { name: 'New quiz' })).toBeVisible();

  // A draw the bank cannot meet is named at its field; a sensible one is counted.
  await page.locator('#qb-sections_0__entries_0__count').fill('500');
  await expect(page.getByText(/draws 500 items but the pool has/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish version 1' })).toBeDisabled();
  await page.locator('#qb-sections_0__entries_0__count').fill('3');
  await expect(page.getByText('✓ Every id is published and every draw can be met.')).toBeVisible();
  await expect(page.getByText(/distinct papers/)).toBeVisible();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByText('Published version 1.')).toBeVisible();

  const learner = await browser.newPage();
  await signIn(learner, WEB_URL, DEMO.learner);
  await learner.goto(`${WEB_URL}/`);
  await learner.getByRole('link', { name: 'Forms drill' }).click();
  await expect(learner.getByRole('heading', { name: 'Forms drill' })).toBeVisible();
  await learner.getByRole('button', { name: /^Start attempt/ }).click();
  await expect(learner.locator('.quiz__item')).toHaveCount(3);
  await learner.close();
});

test('an instructor makes a case of three items, fixes what is wrong, tries and publishes it, and puts it on a quiz a learner takes', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  type Listed = { items: Array<{ id: string; caseId: string | null }> };
  const pick = async (type: string) => {
    const listed = await call<Listed>(
      page.request,
      ADMIN_URL,
      'authoring.items',
      { type, status: 'published' },
      'query',
    );
    const found = listed.items.find((i) => i.caseId === null);
    if (!found) throw new Error(`no standalone ${type} item`);
    return found.id;
  };
  const ids = [await pick('choice'), await pick('numeric'), await pick('categorize')];

  await page.goto(`${ADMIN_URL}/cases`);
  await page.getByRole('button', { name: 'New case' }).click();
  const caseId = `e2e-case-${Date.now().toString(36)}`;
  await page.getByLabel('New case’s id').fill(caseId);
  await page.getByLabel('Title').fill('Harbour terminal');
  await page.getByRole('button', { name: 'Open the editor' }).click();
  await expect(page.getByText('a case needs at least one item').first()).toBeVisible();
  for (const id of ids) {
    await page.getByLabel('Attach an item from the bank').fill(id);
    await page.getByRole('button', { name: 'Attach' }).click();
    await expect(page.locator('.preview-frame .quiz__item')).toHaveCount(ids.indexOf(id) + 1);
  }
  await page.getByLabel('Attach an item from the bank').fill('no-such-item');
  await page.getByRole('button', { name: 'Attach' }).click();
  await expect(page.getByText('There is no such item.')).toBeVisible();

  await page.locator(field('items[0].points').replace('#ed-', '#case-')).fill('-1');
  await expect(page.getByText('must be > 0').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish version 1' })).toBeDisabled();
  await page.locator(field('items[0].points').replace('#ed-', '#case-')).fill('2');
  await expect(page.getByText('✓ Valid')).toBeVisible();
  await page.getByRole('button', { name: 'Score these answers' }).click();
  await expect(page.getByText('Not answered.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByText('Published version 1.')).toBeVisible();

  // A quiz: the case, then a draw of two items from the bank.
  await page.goto(`${ADMIN_URL}/quizzes`);
  await page.getByRole('button', { name: 'New quiz' }).click();
  const quizId = `e2e-case-quiz-${Date.now().toString(36)}`;
  await page.getByLabel('New quiz’s id').fill(quizId);
  await page.getByLabel('Title').fill('Harbour quiz');
  await page.getByLabel('In module').selectOption('building-an-alliance');
  await page.getByRole('button', { name: 'Open the builder' }).click();
  await page.locator('#qb-sections_0__entries_0__count').fill('2');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await page.locator('#qb-sections_0__entries_1_-kind').selectOption('case');
  await page.locator('#qb-sections_0__entries_1__caseId').fill(caseId);
  await expect(page.getByText('✓ Every id is published and every draw can be met.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish version 1' }).click();
  await expect(page.getByText('Published version 1.')).toBeVisible();

  const learner = await browser.newPage();
  await signIn(learner, WEB_URL, DEMO.learner);
  await startAttempt(learner, WEB_URL, quizId);
  await expect(learner.getByRole('heading', { name: 'Harbour terminal' })).toBeVisible();
  await expect(learner.locator('.quiz__item')).toHaveCount(5);
  await learner.close();
});

test('an instructor previews a QTI 3 file, imports it, and exports the bank', async ({ page }) => {
  await signIn(page, ADMIN_URL, DEMO.instructor);
  await page.goto(`${ADMIN_URL}/qti`);
  const fixtures = new URL('../../packages/qti/test/fixtures/', import.meta.url).pathname;
  // Something it cannot import is explained, not dropped.
  await page.getByLabel(/QTI 3 file/).setInputFiles(`${fixtures}hotspot.xml`);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByRole('heading', { name: 'Cannot be imported' })).toBeVisible();

  await page.getByLabel(/QTI 3 file/).setInputFiles(`${fixtures}inline-choice.xml`);
  await page.getByRole('button', { name: 'Preview the import' }).click();
  const row = page.getByRole('table', { name: 'Items and cases in the file' }).getByRole('row');
  await expect(row).toHaveCount(2);
  await expect(row.nth(1)).toContainText('inline-choice');
  await page.getByRole('button', { name: /Import 1 new entry/ }).click();
  await expect(page.getByText(/Imported 1 item and 0 cases/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the bank' }).click();
  expect((await download).suggestedFilename()).toMatch(/^alliance-academy-qti-.*\.zip$/);
  await expect(page.getByText(/not exported, and why/)).toBeVisible();
});
