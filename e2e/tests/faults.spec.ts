import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { uniqueEmail } from './fixtures';

/**
 * An app process killed with SIGKILL in the middle of a submission: a second `next start` of the
 * learner app, on the e2e database, is killed right after the submit request goes out, started
 * again, and the client retries. Whether the first request's transaction committed or not, the
 * learner ends with exactly one submission: one score, one set of item rows, one event.
 */

const appDir = join(import.meta.dirname, '..', '..', 'apps', 'web');
const PORT = 3150;
const BASE = `http://localhost:${PORT}`;
// The e2e database serve.ts made (tests get the server's admin URL in DATABASE_URL).
const databaseUrl = (() => {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://localhost:54339/postgres');
  url.pathname = '/aa_e2e';
  return url.toString();
})();

function startApp(): ChildProcess {
  return spawn(join(appDir, 'node_modules', '.bin', 'next'), ['start', '--port', String(PORT)], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: 'fault-test-secret-0123456789-abcdefghij',
      WEB_URL: BASE,
      ADMIN_URL: 'http://localhost:3151',
    },
    stdio: 'ignore',
  });
}

async function waitUp() {
  for (let i = 0; i < 120; i++) {
    const response = await fetch(`${BASE}/api/trpc/users.me`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the second learner app did not start');
}

const call = (path: string, cookie: string, input: unknown) =>
  fetch(`${BASE}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: BASE },
    body: JSON.stringify({ json: input }),
  });

test('an app process killed mid-submit: after a restart, the retry gives exactly one submission', async () => {
  test.setTimeout(90_000);
  let app = startApp();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await waitUp();
    const email = uniqueEmail('killed');
    const signUp = await fetch(`${BASE}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE },
      body: JSON.stringify({ email, name: 'Kim Killed', password: 'a-long-fault-password' }),
    });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const started = (await (
      await call('attempt.start', cookie, { quizId: 'quiz-building' })
    ).json()) as {
      result: { data: { json: { attemptId: string } } };
    };
    const attemptId = started.result.data.json.attemptId;

    // The submit goes out; the process dies a moment later, mid-request.
    const lost = call('attempt.submit', cookie, { attemptId }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 15));
    app.kill('SIGKILL');
    const answered = await lost;
    test.info().annotations.push({
      type: 'first submit',
      description: answered ? `answered ${answered.status} before the kill` : 'cut off by the kill',
    });
    if (app.exitCode === null && app.signalCode === null)
      await new Promise((resolve) => app.once('exit', resolve));

    app = startApp();
    await waitUp();
    const retry = await call('attempt.submit', cookie, { attemptId });
    expect(retry.status).toBe(200);
    const again = await call('attempt.submit', cookie, { attemptId });
    expect(
      ((await again.json()) as { result: { data: { json: { alreadySubmitted: boolean } } } }).result
        .data.json.alreadySubmitted,
    ).toBe(true);

    const [row] = await sql<{ state: string; items: number; slots: number; events: number }[]>`
      select a.state,
        (select count(*)::int from attempt_items i where i.attempt_id = a.id) as items,
        (select count(distinct slot)::int from attempt_items i where i.attempt_id = a.id) as slots,
        (select count(*)::int from learning_events e
          where e.attempt_id = a.id and e.object_type = 'attempt') as events
      from attempts a where a.id = ${attemptId}`;
    expect(row?.state).toBe('submitted');
    expect(row?.items).toBeGreaterThan(0);
    expect(row?.items).toBe(row?.slots);
    expect(row?.events).toBe(1);
  } finally {
    app.kill('SIGKILL');
    await sql.end({ timeout: 2 });
  }
});
