import { type APIRequestContext, type BrowserContext, expect, type Page } from '@playwright/test';

export { ADMIN_URL, WEB_URL } from '../playwright.config';

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
      : await request.post(`${base}/api/trpc/${path}`, { data: { json: input } });
  const body = await response.json();
  if (!response.ok()) throw new Error(`${path}: ${body.error?.json?.message}`);
  return body.result.data.json as T;
}
