import { expect, test } from '@playwright/test';
import {
  ADMIN_URL,
  call,
  DEMO,
  e2eDatabase,
  newLearner,
  signIn,
  sitePages,
  startAttempt,
  submitAttempt,
  WEB_URL,
} from './fixtures';

/**
 * A GET changes nothing, anywhere: every page of both apps and every download is visited as a
 * learner (with an attempt open and one submitted), an instructor and an admin, and the whole
 * database reads the same before and after. Only the sign-in bookkeeping of better-auth (the
 * session's last-seen time, rate-limit counters) may move.
 */

const sql = e2eDatabase();

/** What better-auth keeps about a visit itself; nothing of the product. */
const BOOKKEEPING = new Set(['session', 'rateLimit']);

/** A hash of every row of every table but the bookkeeping, by table. */
async function fingerprint() {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (BOOKKEEPING.has(name) || name.startsWith('__drizzle')) continue;
    const [row] = await sql<{ h: string }[]>`
      select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h
      from ${sql(name)} t`;
    out[name] = row?.h ?? '';
  }
  return out;
}

test('no GET changes anything, on any page of either app, for any role', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // A learner with history: an attempt submitted, one in progress, in a cohort.
  const email = await newLearner(page, 'Rae Reader');
  const submitted = await startAttempt(page, WEB_URL, 'quiz-building');
  await page.locator('.quiz__item').getByRole('radio').first().check();
  await submitAttempt(page);
  const open = await startAttempt(page, WEB_URL, 'quiz-forms');
  const admin = await browser.newPage();
  await signIn(admin, ADMIN_URL, DEMO.admin);
  const cohortId = `reading-${Date.now().toString(36)}`;
  await call(admin.request, ADMIN_URL, 'cohorts.create', { cohortId, name: 'Reading' }, 'mutation');
  await call(
    admin.request,
    ADMIN_URL,
    'cohorts.addMembers',
    { cohortId, text: email, role: 'learner' },
    'mutation',
  );
  const instructor = await browser.newPage();
  await signIn(instructor, ADMIN_URL, DEMO.instructor);
  // Let every write the setup caused land (the lesson and attempt pages' own POSTs).
  await page.goto(`${WEB_URL}/`);
  await page.waitForLoadState('networkidle');

  const before = await fingerprint();
  const pages = sitePages({
    attempts: [open, submitted],
    reviews: [submitted],
    cohorts: [cohortId],
  });
  // Pages that read their query string, with one.
  const learnerPaths = [
    ...pages.learner,
    '/search?q=trust',
    '/reset-password?token=not-a-real-token',
  ];
  const staffPaths = pages.staff;
  const visits: Array<[typeof page, string]> = [
    ...learnerPaths.map((p) => [page, `${WEB_URL}${p}`] as [typeof page, string]),
    ...staffPaths.flatMap((p) => [
      [admin, `${ADMIN_URL}${p}`] as [typeof page, string],
      [instructor, `${ADMIN_URL}${p}`] as [typeof page, string],
    ]),
  ];
  for (const [who, url] of visits) {
    const response = await who.request.get(url);
    expect(response.status(), url).toBeLessThan(500);
  }
  const after = await fingerprint();
  expect(Object.keys(before).filter((table) => before[table] !== after[table])).toEqual([]);
  await admin.close();
  await instructor.close();
});

test('reading a lesson records its opening only through a POST, never the GET itself', async ({
  page,
}) => {
  await newLearner(page, 'Gil Get');
  const me = await call<{ id: string }>(page.request, WEB_URL, 'users.me', undefined, 'query');
  const rows = async () =>
    (
      await sql<
        { n: number }[]
      >`select count(*)::int as n from lesson_progress where user_id = ${me.id}`
    )[0]?.n;
  // The HTML alone (no script runs) changes nothing.
  const html = await page.request.get(`${WEB_URL}/lessons/path-dependence`);
  expect(html.status()).toBe(200);
  expect(await rows()).toBe(0);
  // The page in a browser says it was opened, by a POST of its own.
  const posted = page.waitForRequest(
    (r) => r.url().includes('/api/trpc/progress.start') && r.method() === 'POST',
  );
  await page.goto(`${WEB_URL}/lessons/path-dependence`);
  await posted;
  await expect.poll(rows).toBe(1);
});
