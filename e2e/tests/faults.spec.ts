import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bankRecords, course, quizzes } from '@alliance/content';
import { closeDb, createDb } from '@alliance/db';
import {
  runMigrations,
  startEmbeddedPostgres,
  syncBank,
  syncCourse,
  withDatabase,
} from '@alliance/db/node';
import { startMailCatcher } from '@alliance/mail/catcher';
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

/** A learner app of its own (`next start` of the e2e build) on a given database and port. */
function startApp(url = databaseUrl, port = PORT, more: Record<string, string> = {}): ChildProcess {
  return spawn(join(appDir, 'node_modules', '.bin', 'next'), ['start', '--port', String(port)], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: 'fault-test-secret-0123456789-abcdefghij',
      WEB_URL: `http://localhost:${port}`,
      ADMIN_URL: 'http://localhost:3151',
      // Its learners sign up and start at once: confirming addresses is tested elsewhere.
      REQUIRE_EMAIL_VERIFICATION: 'false',
      ...more,
    },
    stdio: 'ignore',
  });
}

async function waitUp(base = BASE) {
  for (let i = 0; i < 120; i++) {
    const response = await fetch(`${base}/api/trpc/users.me`).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the second learner app did not start');
}

const call = (path: string, cookie: string, input: unknown, base = BASE) =>
  fetch(`${base}/api/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify({ json: input }),
  });

async function signUp(base: string) {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({
      email: uniqueEmail('fault'),
      name: 'Kim Fault',
      password: 'a-long-fault-password',
    }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

test('an app process killed mid-submit: after a restart, the retry gives exactly one submission', async () => {
  test.setTimeout(90_000);
  let app = startApp();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await waitUp();
    const cookie = await signUp(BASE);
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

type Presented = {
  kind: string;
  slot?: string;
  item?: { type: string; options?: Array<{ id: string }> };
  items?: Array<{ slot: string; item: { type: string; options?: Array<{ id: string }> } }>;
};

test('PostgreSQL killed with SIGKILL under saves and submits, and started again: nothing acknowledged is lost, retries are idempotent, and the app recovers by itself', async () => {
  test.setTimeout(150_000);
  // A PostgreSQL of its own (never the shared one), in a throw-away folder.
  const folder = mkdtempSync(join(tmpdir(), 'aa-fault-'));
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'pg');
  const pgPort = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
  const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe('create database faults');
  await admin.end({ timeout: 2 });
  const url = withDatabase(pg.adminUrl, 'faults');
  await runMigrations(url);
  const setup = createDb(url, { max: 2 });
  await syncCourse(setup, course);
  await syncBank(setup, bankRecords());
  await closeDb(setup);
  const base = 'http://localhost:3152';
  const app = startApp(url, 3152);
  try {
    await waitUp(base);
    let failures = 0;
    let restartedAt = 0;
    let recoveredAt = 0;
    /**
     * A call sent again, unchanged, until the server answers it: what a client does when a
     * request fails or the connection drops. A refusal (409) would mean a retry was not taken
     * as the same request, and fails the test.
     */
    const until = async <T>(path: string, cookie: string, input: unknown): Promise<T> => {
      for (;;) {
        const response = await call(path, cookie, input, base).catch(() => null);
        if (response?.ok) {
          if (restartedAt && !recoveredAt) recoveredAt = Date.now();
          return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
        }
        expect(response?.status ?? 0, `${path} was refused, not just failed`).not.toBe(409);
        failures++;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    // Two learners on four practice quizzes each: eight clients. A round starts an attempt (a
    // retried start resumes the one that landed), saves three answers to a choice item, and
    // submits.
    const learners = [await signUp(base), await signUp(base)];
    const quizIds = quizzes
      .filter((q) => q.kind === 'practice')
      .slice(0, 4)
      .map((q) => q.id);
    const saves = new Map<string, { slot: string; sequence: number; choice: string }>();
    const submits = new Map<string, { points: number; fraction: number | null }>();
    let stop = false;
    const client = async (cookie: string, quizId: string) => {
      while (!stop) {
        const started = await until<{
          attemptId: string;
          sequence: number;
          presentation: { sections: Array<{ entries: Presented[] }> };
        }>('attempt.start', cookie, { quizId });
        const choice = started.presentation.sections
          .flatMap((s) =>
            s.entries.flatMap((e) =>
              e.kind === 'item' ? [{ slot: e.slot ?? '', item: e.item }] : (e.items ?? []),
            ),
          )
          .find((e) => e.item?.type === 'choice' && e.item.options?.length);
        const options = choice?.item?.options?.map((o) => o.id) ?? [];
        if (!choice || options.length === 0) throw new Error(`${quizId} has no choice item`);
        let sequence = started.sequence;
        for (let k = 0; k < 3; k++) {
          sequence += 1;
          const picked = options[sequence % options.length] ?? '';
          await until('attempt.save', cookie, {
            attemptId: started.attemptId,
            sequence,
            responses: { [choice.slot]: { response: { choice: picked }, base: sequence - 1 } },
          });
          saves.set(started.attemptId, { slot: choice.slot, sequence, choice: picked });
        }
        const result = await until<{ points: number; fraction: number | null }>(
          'attempt.submit',
          cookie,
          { attemptId: started.attemptId },
        );
        submits.set(started.attemptId, { points: result.points, fraction: result.fraction });
      }
    };
    const clients = Promise.all(
      learners.flatMap((cookie) => quizIds.map((quizId) => client(cookie, quizId))),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const submittedBefore = submits.size;
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
    restartedAt = Date.now();
    for (let i = 0; i < 300 && !recoveredAt; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    stop = true;
    await clients;

    test.info().annotations.push({
      type: 'outage',
      description: `${failures} failed tries; the app answered again ${recoveredAt - restartedAt} ms after PostgreSQL restarted; ${saves.size} attempts saved, ${submits.size} submitted (${submittedBefore} before the kill)`,
    });
    expect(failures, 'the outage was felt').toBeGreaterThan(0);
    expect(recoveredAt, 'the app answered again').toBeGreaterThan(0);
    expect(recoveredAt - restartedAt, 'recovered within 30 s of the restart').toBeLessThan(30_000);
    expect(submits.size, 'submissions after the restart too').toBeGreaterThan(submittedBefore);
    const check = postgres(url, { max: 1, onnotice: () => {} });
    try {
      for (const [attemptId, saved] of saves) {
        const [row] = await check<
          {
            state: string;
            sequence: number;
            points: number | null;
            responses: Record<string, { response: { choice: string } }>;
            items: number;
            expected: number;
            events: number;
          }[]
        >`
          select a.state, a.sequence, a.points, a.responses,
                 (select count(*)::int from attempt_items i where i.attempt_id = a.id) as items,
                 coalesce(jsonb_array_length(a.result -> 'items'), 0) as expected,
                 (select count(*)::int from learning_events e
                   where e.attempt_id = a.id and e.object_type = 'attempt') as events
          from attempts a where a.id = ${attemptId}`;
        // Every acknowledged save is there, the last one as it was sent.
        expect(row?.sequence, attemptId).toBe(saved.sequence);
        expect(row?.responses[saved.slot]?.response.choice, attemptId).toBe(saved.choice);
        const submitted = submits.get(attemptId);
        if (!submitted) continue;
        // Every acknowledged submission is there once: its score, one set of item rows, one
        // event, however many times its request was sent.
        expect(row?.state, attemptId).toBe('submitted');
        expect(row?.points, attemptId).toBe(submitted.points);
        expect(row?.items, attemptId).toBe(row?.expected);
        expect(row?.items, attemptId).toBeGreaterThan(0);
        expect(row?.events, attemptId).toBe(1);
      }
      // The rollups the triggers keep came through the crash with the rows they sum.
      const [sums] = await check<{ rollup: number; rows: number }[]>`
        select (select coalesce(sum(n), 0)::int from item_stats) as rollup,
               (select count(*)::int from attempt_items where not pending) as rows`;
      expect(sums?.rollup).toBe(sums?.rows);
    } finally {
      await check.end({ timeout: 2 });
    }
  } finally {
    app.kill('SIGKILL');
    await pg.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('the mail server down during sign-ups and resets: nothing is lost, and each message arrives exactly once when it is back', async () => {
  test.setTimeout(150_000);
  // A database of its own on the e2e server: its outbox is this app's alone (the e2e apps send
  // from theirs to their own catcher).
  const name = `aa_mailfault_${Date.now().toString(36)}`;
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://localhost:54339/postgres';
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = withDatabase(adminUrl, name);
  await runMigrations(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [smtpPort, inboxPort] = [await freePort(), await freePort()];
  // The mail server is down from the start.
  let catcher = await startMailCatcher({ smtpPort, webPort: inboxPort });
  await catcher.stop();
  const base = 'http://localhost:3153';
  const app = startApp(url, 3153, {
    WEB_URL: base,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    REQUIRE_EMAIL_VERIFICATION: 'true',
    SCHEDULED_JOBS_EVERY_MS: '500',
    // The first retry after 3 s, not 30: the same path, sooner.
    MAIL_FIRST_RETRY_SECONDS: '3',
  });
  try {
    await waitUp(base);
    const post = (path: string, body: unknown) =>
      fetch(`${base}/api/auth${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify(body),
      });
    const people = [uniqueEmail('down-a'), uniqueEmail('down-b'), uniqueEmail('down-c')];
    for (const email of people) {
      const made = await post('/sign-up/email', {
        email,
        name: 'Dana Down',
        password: 'a-long-patient-password',
      });
      expect(made.status).toBe(200);
    }
    for (const email of people.slice(0, 2)) {
      const asked = await post('/request-password-reset', { email, redirectTo: '/reset-password' });
      expect(asked.status).toBe(200);
    }
    // Every action answered at once; the five messages wait, each tried and refused.
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }[]>`
              select count(*)::int as n from mail_outbox
              where sent_at is null and attempts >= 1 and last_error is not null`
          )[0]?.n,
        { timeout: 30_000 },
      )
      .toBe(5);
    // Back up: the retries deliver every message, once.
    catcher = await startMailCatcher({ smtpPort, webPort: inboxPort });
    await expect.poll(() => catcher.messages.length, { timeout: 90_000 }).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const delivered = catcher.messages.map((m) => `${m.to.join(',')} ${m.subject}`).sort();
    expect(delivered).toEqual(
      [
        ...people.map((email) => `${email} Confirm your Alliance Academy email`),
        ...people.slice(0, 2).map((email) => `${email} Reset your Alliance Academy password`),
      ].sort(),
    );
    const [left] = await sql<{ n: number }[]>`
      select count(*)::int as n from mail_outbox where sent_at is null`;
    expect(left?.n).toBe(0);
  } finally {
    app.kill('SIGKILL');
    await catcher.stop().catch(() => {});
    await sql.end({ timeout: 2 });
    await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end({ timeout: 2 });
  }
});
