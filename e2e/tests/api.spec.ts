import { expect, test } from '@playwright/test';
import { ADMIN_URL, DEMO, WEB_URL } from './fixtures';

const input = (value: unknown) => encodeURIComponent(JSON.stringify({ json: value }));

test('an anonymous caller of a learner procedure gets 401 UNAUTHORIZED', async ({ request }) => {
  for (const base of [WEB_URL, ADMIN_URL]) {
    const response = await request.get(`${base}/api/trpc/progress.mine`);
    expect(response.status()).toBe(401);
    expect((await response.json()).error.json.data.code).toBe('UNAUTHORIZED');
  }
});

test('malformed input gets 400 with a readable message, never a 500', async ({ request }) => {
  const signIn = await request.post(`${WEB_URL}/api/auth/sign-in/email`, {
    data: DEMO.learner,
    headers: { origin: WEB_URL },
  });
  expect(signIn.status()).toBe(200);
  const bad = await request.post(`${WEB_URL}/api/trpc/progress.setCompleted`, {
    data: { json: { lessonId: 42, completed: 'yes' } },
    headers: { origin: WEB_URL },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.json.message).toMatch(/^Invalid input: lessonId: .*completed: /);

  const garbage = await request.post(`${WEB_URL}/api/trpc/progress.setCompleted`, {
    headers: { 'content-type': 'application/json', origin: WEB_URL },
    data: '{not json',
  });
  expect(garbage.status()).toBe(400);

  const missing = await request.get(
    `${WEB_URL}/api/trpc/course.lesson?input=${input({ slug: 'no-such-lesson' })}`,
  );
  expect(missing.status()).toBe(404);
});

test('a learner calling an instructor procedure gets 403 FORBIDDEN', async ({ request }) => {
  await request.post(`${ADMIN_URL}/api/auth/sign-in/email`, {
    data: DEMO.learner,
    headers: { origin: ADMIN_URL },
  });
  const response = await request.get(`${ADMIN_URL}/api/trpc/analytics.lessonCompletions`);
  expect(response.status()).toBe(403);
});

test('bad sign-up and sign-in requests get 4xx from the auth API', async ({ request }) => {
  const headers = { origin: WEB_URL };
  const short = await request.post(`${WEB_URL}/api/auth/sign-up/email`, {
    data: { name: 'X', email: 'short@example.test', password: 'short' },
    headers,
  });
  expect(short.status()).toBe(400);
  // An address with an account gets the answer a new one gets (no session either way), so
  // sign-up cannot tell who studies here.
  const duplicate = await request.post(`${WEB_URL}/api/auth/sign-up/email`, {
    data: { name: 'X', email: DEMO.learner.email, password: 'long-enough-password' },
    headers,
  });
  expect(duplicate.status()).toBe(200);
  expect((await duplicate.json()).token).toBeNull();
  const wrong = await request.post(`${WEB_URL}/api/auth/sign-in/email`, {
    data: { email: DEMO.learner.email, password: 'wrong-password-here' },
    headers,
  });
  expect(wrong.status()).toBe(401);
});
