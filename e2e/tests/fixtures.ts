import { course, quizzes } from '@alliance/content';
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  request,
  test,
} from '@playwright/test';
import postgres from 'postgres';
import { ADMIN_URL, WEB_URL } from '../playwright.config';

export { ADMIN_URL, WEB_URL };

/** The demo accounts `serve.ts --e2e` seeds (packages/auth DEMO_USERS). */
export const DEMO = {
  learner: { email: 'learner@alliance.test', password: 'demo-learner-pass' },
  instructor: { email: 'instructor@alliance.test', password: 'demo-instructor-pass' },
  admin: { email: 'admin@alliance.test', password: 'demo-admin-pass' },
} as const;

// Sessions reused across tests: signing in through the form every time would trip the sign-in
// rate limit (30 a minute per IP), which stays on, as in production.
const sessions = new Map<string, Awaited<ReturnType<BrowserContext['cookies']>>>();

export async function signIn(
  page: Page,
  baseUrl: string,
  { email, password }: { email: string; password: string },
) {
  const saved = sessions.get(email);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto(`${baseUrl}/sign-in`);
    // A signed-in visitor of the sign-in page is sent on; a stale session stays here.
    if (!page.url().includes('/sign-in')) return;
  }
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' }).first()).toBeVisible();
  sessions.set(email, await page.context().cookies());
}

export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** The inbox of the mail catcher `serve.ts --e2e` runs: every message the apps sent. */
const INBOX = 'http://localhost:1180';
export type Caught = { id: number; to: string[]; subject: string; text: string; html: string };

/** Every message caught for an address so far whose subject matches. */
export async function caughtFor(address: string, subject: RegExp): Promise<Caught[]> {
  const inbox = await request.newContext();
  try {
    const messages = (await (await inbox.get(`${INBOX}/api/messages`)).json()) as Caught[];
    return messages.filter((m) => m.to.includes(address) && subject.test(m.subject));
  } finally {
    await inbox.dispose();
  }
}

/** The first message to an address whose subject matches, waiting up to 30 s for it. */
export async function mailTo(address: string, subject: RegExp): Promise<Caught> {
  for (let i = 0; i < 60; i++) {
    const [found] = await caughtFor(address, subject);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no message to ${address} matching ${subject}`);
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(message: Caught, prefix: string): string {
  const start = message.text.indexOf(prefix);
  if (start < 0) throw new Error(`no link starting ${prefix} in “${message.subject}”`);
  return /^\S+/.exec(message.text.slice(start))?.[0] ?? '';
}

/**
 * A self sign-up through the API, confirmed from the caught email (the confirm page's own
 * call), then signed in on `page` — for tests about what comes after.
 */
export async function signUpConfirmed(
  page: Page,
  { name, email, password }: { name: string; email: string; password: string },
) {
  const made = await page.request.post(`${WEB_URL}/api/auth/sign-up/email`, {
    headers: { origin: WEB_URL },
    data: { name, email, password },
  });
  expect(made.ok()).toBe(true);
  const link = linkIn(await mailTo(email, /Confirm your Alliance Academy email/), WEB_URL);
  const token = new URL(link).searchParams.get('token') ?? '';
  await call(page.request, WEB_URL, 'account.confirmEmail', { token }, 'mutation');
  await signIn(page, WEB_URL, { email, password });
}

/** Calls a tRPC procedure over HTTP as whoever the request context is signed in as. */
export async function call<T>(
  request: APIRequestContext,
  base: string,
  path: string,
  input: unknown,
  kind: 'query' | 'mutation',
): Promise<T> {
  const response =
    kind === 'query'
      ? await request.get(
          `${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
        )
      : await request.post(`${base}/api/trpc/${path}`, {
          data: { json: input },
          headers: { origin: base },
        });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path}: ${body.error?.json?.message}`);
  return body.result.data.json as T;
}

/** The e2e database `serve.ts --e2e` made (tests get the server's admin URL in DATABASE_URL). */
const e2eDatabaseUrl = (() => {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://localhost:54339/postgres');
  url.pathname = '/aa_e2e';
  return url.toString();
})();

/** A connection to the e2e database for this spec file, closed after its last test. */
export function e2eDatabase(max = 1) {
  const sql = postgres(e2eDatabaseUrl, { max, onnotice: () => {} });
  test.afterAll(async () => {
    await sql.end({ timeout: 2 });
  });
  return sql;
}

/**
 * Every page and download of both apps, by app: the one list the GET-safety test and the
 * probe both visit, so a new page is added here once. Paths carry no query string; `attempts`
 * are attempt ids to open (with `reviews`, submitted ones whose review to open), `cohorts` the
 * cohorts whose pages and downloads to visit.
 */
export function sitePages({
  attempts,
  reviews = [],
  cohorts,
}: {
  attempts: string[];
  reviews?: string[];
  cohorts: string[];
}) {
  const learner = [
    '/',
    '/overview',
    '/progress',
    '/review',
    '/glossary',
    '/references',
    '/search',
    '/account',
    '/sign-in',
    '/sign-up',
    '/forgot-password',
    '/reset-password',
    '/verify-email',
    '/unsubscribe',
    '/unlock',
    '/sign-out',
    '/invite/not-a-real-token',
    ...course.modules.flatMap((m) => m.lessons.map((l) => `/lessons/${l.slug}`)),
    ...quizzes.map((q) => `/quizzes/${q.id}`),
    ...attempts.map((id) => `/attempts/${id}`),
    ...reviews.map((id) => `/attempts/${id}/review`),
  ];
  const staff = [
    '/',
    '/items',
    '/items/benefits-fb-match',
    '/items/benefits-fb-match/regrade',
    '/cases',
    '/cases/case-obstacles-brisa',
    '/quizzes',
    ...quizzes.flatMap((q) => [`/quizzes/${q.id}`, `/quizzes/${q.id}/analysis`]),
    '/grading',
    '/qti',
    '/people',
    '/cohorts',
    ...cohorts.flatMap((id) => [
      `/cohorts/${id}`,
      `/cohorts/${id}/dashboard`,
      `/api/gradebook/${id}`,
      `/api/xapi/${id}`,
    ]),
    '/account',
    '/verify-email',
    '/unlock',
    '/api/account/data',
    '/sign-in',
    '/sign-out',
  ];
  learner.push('/api/account/data');
  return { learner, staff };
}

/**
 * Opens a quiz's start page and starts an attempt on purpose (confirming when the page asks),
 * then waits for the runner; returns the attempt's id.
 */
export async function startAttempt(page: Page, base: string, quizId: string): Promise<string> {
  await page.goto(`${base}/quizzes/${quizId}`);
  const resume = page.getByRole('link', { name: /^Resume attempt/ });
  if (await resume.isVisible()) await resume.click();
  else {
    await page.getByRole('button', { name: /^Start attempt/ }).click();
    // Limited or timed quizzes ask first.
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Start now' });
    const started = page.waitForURL(/\/attempts\/att_[0-9a-f]+$/);
    if (
      (await Promise.race([
        started.then(() => 'started'),
        confirm.waitFor().then(() => 'asked'),
      ])) === 'asked'
    )
      await confirm.click();
  }
  await page.waitForURL(/\/attempts\/att_[0-9a-f]+$/);
  await page.locator('.quiz__item').first().waitFor();
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/** Opens the summary and submits, whatever it lists; waits for the review. */
export async function submitAttempt(page: Page) {
  await page.getByRole('button', { name: 'Finish and submit…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Submit (now|anyway)$/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

// The admin's API session that makes fresh learners (so tests do not spend the sign-up limit).
let staff: Promise<APIRequestContext> | null = null;
function adminRequest() {
  staff ??= (async () => {
    const context = await request.newContext();
    const signedIn = await context.post(`${ADMIN_URL}/api/auth/sign-in/email`, {
      data: DEMO.admin,
      headers: { origin: ADMIN_URL },
    });
    expect(signedIn.ok(), await signedIn.text()).toBe(true);
    return context;
  })();
  return staff;
}

/** The demo cohort (made with the demo users): the demo instructor teaches it. */
const DEMO_COHORT = 'demo';

/** Puts a learner in a cohort, as the demo admin does it from the cohort's page. */
export async function addToCohort(email: string, cohortId = DEMO_COHORT) {
  const added = await call<{ added: number }>(
    await adminRequest(),
    ADMIN_URL,
    'cohorts.addMembers',
    { cohortId, text: email, role: 'learner' },
    'mutation',
  );
  expect(added.added).toBe(1);
}

const LEARNER_PASSWORD = 'a-long-fresh-learner-password';

/**
 * A new learner, made by the demo admin through the API, and this page signed in as them (the
 * sign-up form is tested on its own; making every test's learner with it would trip its
 * per-IP limit). Returns their email.
 */
export async function newLearner(page: Page, name = 'Robin Runner'): Promise<string> {
  const email = uniqueEmail('learner');
  await call(
    await adminRequest(),
    ADMIN_URL,
    'people.create',
    { name, email, password: LEARNER_PASSWORD, role: 'learner' },
    'mutation',
  );
  const signedIn = await page.request.post(`${WEB_URL}/api/auth/sign-in/email`, {
    data: { email, password: LEARNER_PASSWORD },
    headers: { origin: WEB_URL },
  });
  expect(signedIn.ok(), await signedIn.text()).toBe(true);
  return email;
}
