import { type Auth, createAuth, ensureUser, parseServerEnv } from '@alliance/auth';
import { course } from '@alliance/content';
import type { Database } from '@alliance/db';
import { syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { sql } from 'drizzle-orm';
import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradebookResponse } from './gradebook';
import { createAuthHandler, createTrpcHandler } from './http';
import { createCaller } from './root';
import type { ServerRuntime } from './runtime';
import { createContext } from './trpc';
import { xapiResponse } from './xapi-export';

let db: Database;
let auth: Auth;
let handle: (req: Request) => Promise<Response>;
const cookies: Record<string, string> = {};
const BASE = 'http://localhost:3000';
// biome-ignore lint/suspicious/noExplicitAny: the tests read tRPC's JSON envelopes field by field.
type Json = any;

async function signIn(role: 'learner' | 'instructor' | 'admin', email: string) {
  const password = `${role}-password-long`;
  await ensureUser(auth, db, { email, name: role, password, role });
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  auth = createAuth({ db, secret: 'x'.repeat(40), baseURL: BASE, trustedOrigins: [BASE] });
  handle = createTrpcHandler({
    db,
    auth,
    origins: [BASE],
    links: { web: BASE, admin: 'http://localhost:3001' },
  });
  cookies.learner = await signIn('learner', 'learner@example.test');
  cookies.otherLearner = await signIn('learner', 'other@example.test');
  cookies.instructor = await signIn('instructor', 'instructor@example.test');
  cookies.admin = await signIn('admin', 'admin@example.test');
});

async function query(path: string, input: unknown, cookie?: string) {
  const params =
    input === undefined
      ? ''
      : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  const response = await handle(
    new Request(`${BASE}/api/trpc/${path}${params}`, { headers: cookie ? { cookie } : {} }),
  );
  return { status: response.status, body: (await response.json()) as Json };
}

async function mutate(path: string, input: unknown, cookie?: string) {
  const response = await handle(
    new Request(`${BASE}/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(superjson.serialize(input)),
    }),
  );
  return { status: response.status, body: (await response.json()) as Json };
}

describe('procedures by role over HTTP', () => {
  it('serves the outline to anyone', async () => {
    const { status, body } = await query('course.outline', undefined);
    expect(status).toBe(200);
    expect(body.result.data.json.modules).toHaveLength(course.modules.length);
  });

  it('answers an anonymous caller of a learner procedure with 401 UNAUTHORIZED', async () => {
    const { status, body } = await query('progress.mine', undefined);
    expect(status).toBe(401);
    expect(body.error.json.data.code).toBe('UNAUTHORIZED');
  });

  it('answers a learner calling an instructor procedure with 403 FORBIDDEN', async () => {
    const { status, body } = await query('analytics.lessonCompletions', undefined, cookies.learner);
    expect(status).toBe(403);
    expect(body.error.json.data.code).toBe('FORBIDDEN');
  });

  it('lets instructors and admins read lesson completions', async () => {
    for (const cookie of [cookies.instructor, cookies.admin]) {
      expect((await query('analytics.lessonCompletions', undefined, cookie)).status).toBe(200);
    }
  });

  it('answers malformed input with 400 and a readable message', async () => {
    const { status, body } = await mutate(
      'progress.setCompleted',
      { lessonId: 'Not A Slug!', completed: 'yes' },
      cookies.learner,
    );
    expect(status).toBe(400);
    expect(body.error.json.message).toMatch(/^Invalid input: lessonId: must be a lesson slug/);
    expect(body.error.json.message).toContain('completed:');
    expect(body.error.json.data.fieldErrors).toHaveProperty('lessonId');
  });

  it('answers an unknown lesson with 404', async () => {
    const { status } = await mutate(
      'progress.setCompleted',
      { lessonId: 'no-such-lesson', completed: true },
      cookies.learner,
    );
    expect(status).toBe(404);
  });

  it('answers a request that is not JSON with 400, not 500', async () => {
    const response = await handle(
      new Request(`${BASE}/api/trpc/progress.setCompleted`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: BASE,
          cookie: cookies.learner ?? '',
        },
        body: '{not json',
      }),
    );
    expect(response.status).toBe(400);
  });
});

describe('progress', () => {
  const firstLesson = course.modules[0]?.lessons[0]?.slug ?? '';

  it('moves the learner’s bar and nobody else’s', async () => {
    const before = await query('progress.mine', undefined, cookies.learner);
    expect(before.body.result.data.json).toMatchObject({ completed: 0, nextLessonId: firstLesson });

    const done = await mutate(
      'progress.setCompleted',
      { lessonId: firstLesson, completed: true },
      cookies.learner,
    );
    expect(done.status).toBe(200);

    const after = (await query('progress.mine', undefined, cookies.learner)).body.result.data.json;
    expect(after.completed).toBe(1);
    expect(after.percent).toBe(Math.floor((1 / after.total) * 100));
    expect(after.lessons[firstLesson].completedAt).toBeTruthy();

    const other = (await query('progress.mine', undefined, cookies.otherLearner)).body.result.data
      .json;
    expect(other.completed).toBe(0);
  });

  it('shows up in the completion counts, learners only', async () => {
    // The learner's completion (made here too, so the test stands alone) counts; the
    // instructor's does not.
    for (const who of [cookies.learner, cookies.instructor])
      await mutate('progress.setCompleted', { lessonId: firstLesson, completed: true }, who);
    const { body } = await query('analytics.lessonCompletions', undefined, cookies.admin);
    const stats = body.result.data.json;
    expect(stats.learners).toBe(2);
    expect(stats.lessons[0]).toMatchObject({ lessonId: firstLesson, completed: 1 });
  });
});

describe('people: accounts managed by admins through better-auth', () => {
  const procedures: Array<[string, 'query' | 'mutate', unknown]> = [
    ['people.list', 'query', {}],
    [
      'people.create',
      'mutate',
      { name: 'X', email: 'x@example.test', password: 'long-enough-pass', role: 'learner' },
    ],
    ['people.setRole', 'mutate', { userId: 'u', role: 'admin' }],
    ['people.ban', 'mutate', { userId: 'u' }],
    ['people.unban', 'mutate', { userId: 'u' }],
    ['people.revokeSessions', 'mutate', { userId: 'u' }],
  ];

  it.each(procedures)(
    '%s: 401 anonymous, 403 for learners and instructors',
    async (path, kind, input) => {
      const call = kind === 'query' ? query : mutate;
      expect((await call(path, input)).status).toBe(401);
      expect((await call(path, input, cookies.learner)).status).toBe(403);
      expect((await call(path, input, cookies.instructor)).status).toBe(403);
    },
  );

  it('creates an account, changes its role, bans and unbans it, and signs it out everywhere', async () => {
    const email = 'new.person@example.test';
    const password = 'a-long-new-password';
    const created = await mutate(
      'people.create',
      { name: 'New Person', email, password, role: 'learner' },
      cookies.admin,
    );
    expect(created.status).toBe(200);
    const userId = created.body.result.data.json.userId as string;
    const again = await mutate(
      'people.create',
      { name: 'Again', email, password, role: 'learner' },
      cookies.admin,
    );
    expect(again.status).toBe(409);
    const short = await mutate(
      'people.create',
      { name: 'Short', email: 'short@example.test', password: 'short', role: 'learner' },
      cookies.admin,
    );
    expect(short.status).toBe(400);

    expect(
      (await mutate('people.setRole', { userId, role: 'instructor' }, cookies.admin)).status,
    ).toBe(200);
    const instructors = await query(
      'people.list',
      { role: 'instructor', q: 'new.person' },
      cookies.admin,
    );
    expect(instructors.body.result.data.json.people.map((p: Json) => p.id)).toEqual([userId]);

    const signIn = () => auth.api.signInEmail({ body: { email, password }, asResponse: true });
    const session = (await signIn()).headers.get('set-cookie')?.split(';')[0] ?? '';
    expect((await query('users.me', undefined, session)).body.result.data.json?.id).toBe(userId);
    expect((await mutate('people.revokeSessions', { userId }, cookies.admin)).status).toBe(200);
    expect((await query('users.me', undefined, session)).body.result.data.json).toBeNull();

    expect((await mutate('people.ban', { userId, reason: 'testing' }, cookies.admin)).status).toBe(
      200,
    );
    expect((await signIn()).status).toBeGreaterThanOrEqual(400);
    expect((await mutate('people.unban', { userId }, cookies.admin)).status).toBe(200);
    expect((await signIn()).status).toBe(200);
  });

  it('keeps one admin: the last may not be demoted or banned, here or in SQL', async () => {
    const me = (await query('users.me', undefined, cookies.admin)).body.result.data.json;
    const demote = await mutate(
      'people.setRole',
      { userId: me.id, role: 'learner' },
      cookies.admin,
    );
    expect(demote.status).toBe(400);
    expect(demote.body.error.json.message).toMatch(/at least one admin/);
    const banSelf = await mutate('people.ban', { userId: me.id }, cookies.admin);
    expect(banSelf.body.error.json.message).toBe('You cannot ban yourself.');
    await expect(
      db.execute(sql`update "user" set role = 'learner' where id = ${me.id}`),
    ).rejects.toThrow();
  });
});

describe('cohort downloads (gradebook CSV, xAPI statements)', () => {
  let runtime: ServerRuntime;
  beforeAll(async () => {
    runtime = {
      env: parseServerEnv({
        DATABASE_URL: 'postgres://unused@localhost/unused',
        BETTER_AUTH_SECRET: 'x'.repeat(40),
        WEB_URL: BASE,
        ADMIN_URL: 'http://localhost:3001',
      }),
      db,
      auth,
      handleTrpc: handle,
      handleAuth: createAuthHandler(auth.handler),
      caller: async (headers) =>
        createCaller(
          await createContext({
            db,
            auth,
            headers,
            links: { web: 'http://localhost:3000', admin: 'http://localhost:3001' },
          }),
        ),
    };
    await mutate('cohorts.create', { cohortId: 'dl', name: 'Downloads' }, cookies.admin);
  });
  const download = (kind: 'gradebook' | 'xapi', cohortId: string, cookie?: string) => {
    const request = new Request(`http://localhost:3001/api/${kind}/${cohortId}`, {
      headers: cookie ? { cookie } : {},
    });
    return kind === 'gradebook'
      ? gradebookResponse(runtime, request, cohortId)
      : xapiResponse(runtime, request, cohortId);
  };

  it.each(['gradebook', 'xapi'] as const)(
    '%s: 401 anonymous, 403 for a learner, 404 for an instructor outside the cohort',
    async (kind) => {
      expect((await download(kind, 'dl')).status).toBe(401);
      expect((await download(kind, 'dl', cookies.learner)).status).toBe(403);
      expect((await download(kind, 'dl', cookies.instructor)).status).toBe(404);
      expect((await download(kind, 'nope', cookies.admin)).status).toBe(404);
    },
  );

  it('gives admins the files, named after the cohort', async () => {
    const csv = await download('gradebook', 'dl', cookies.admin);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('gradebook-dl.csv');
    const json = await download('xapi', 'dl', cookies.admin);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(JSON.parse(await json.text())).toEqual([]);
  });
});

describe('the people list', () => {
  it('counts each account’s open sessions', async () => {
    const adminCookie = await signIn('admin', 'counted.admin@example.test');
    await signIn('admin', 'counted.admin@example.test');
    const people = (await query('people.list', { q: 'counted.admin' }, adminCookie)).body.result
      .data.json as { people: Array<{ email: string; sessions: number }> };
    const [open] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from session s join "user" u on u.id = s.user_id
      where u.email = 'counted.admin@example.test' and s.expires_at > now()`);
    expect(open?.n).toBeGreaterThanOrEqual(2);
    expect(people.people.find((p) => p.email === 'counted.admin@example.test')?.sessions).toBe(
      open?.n,
    );
  });
});

describe('admin session timeouts', () => {
  const me = async (cookie: string) =>
    (await query('users.me', undefined, cookie)).body.result.data.json;

  it('ends an admin session idle for 30 minutes, everywhere, and leaves learners alone', async () => {
    const adminCookie = await signIn('admin', 'idle.admin@example.test');
    const learnerCookie = await signIn('learner', 'idle.learner@example.test');
    expect((await me(adminCookie))?.role).toBe('admin');
    await db.execute(sql`
      update session set updated_at = now() - interval '40 minutes'
      where user_id in (select id from "user" where email in ('idle.admin@example.test', 'idle.learner@example.test'))`);
    expect(await me(adminCookie)).toBeNull();
    expect((await query('people.list', {}, adminCookie)).status).toBe(401);
    // The session row itself is gone, so the other app and better-auth's own routes refuse it too.
    const token = decodeURIComponent(adminCookie.split('=')[1] ?? '').split('.')[0] ?? '';
    const [left] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from session where token = ${token}`,
    );
    expect(token.length).toBeGreaterThan(10);
    expect(left?.n).toBe(0);
    expect((await me(learnerCookie))?.role).toBe('learner');
  });

  it('keeps an active admin signed in: each request within 25 minutes moves the idle clock', async () => {
    const adminCookie = await signIn('admin', 'busy.admin@example.test');
    // Signed in 2 hours ago, last seen 20 minutes ago (so better-auth's 5-minute refresh is due).
    await db.execute(sql`
      update session set created_at = now() - interval '2 hours',
        updated_at = now() - interval '20 minutes',
        expires_at = now() + interval '7 days' - interval '20 minutes'
      where user_id = (select id from "user" where email = 'busy.admin@example.test')`);
    expect((await me(adminCookie))?.role).toBe('admin');
    const [seen] = await db.execute<{ idle: number }>(sql`
      select extract(epoch from now() - max(updated_at))::int as idle from session
      where user_id = (select id from "user" where email = 'busy.admin@example.test')`);
    expect(Number(seen?.idle)).toBeLessThan(60);
  });

  it('ends an admin session 12 hours after sign-in, however active', async () => {
    const adminCookie = await signIn('admin', 'long.admin@example.test');
    await db.execute(sql`
      update session set created_at = now() - interval '13 hours', updated_at = now()
      where user_id = (select id from "user" where email = 'long.admin@example.test')`);
    expect(await me(adminCookie)).toBeNull();
  });
});

describe('your own sessions', () => {
  it('lists where you are signed in, and signs out everywhere else', async () => {
    const here = await signIn('learner', 'two.devices@example.test');
    const there =
      (
        await auth.api.signInEmail({
          body: { email: 'two.devices@example.test', password: 'learner-password-long' },
          asResponse: true,
        })
      ).headers
        .get('set-cookie')
        ?.split(';')[0] ?? '';
    const listed = (await query('account.sessions', undefined, here)).body.result.data.json;
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toMatch(/token/i);
    expect((await mutate('account.endOtherSessions', undefined, here)).status).toBe(200);
    expect((await query('progress.mine', undefined, there)).status).toBe(401);
    expect((await query('progress.mine', undefined, here)).status).toBe(200);
  });

  it('will not end somebody else’s session', async () => {
    const mine = await signIn('learner', 'owner@example.test');
    const theirs = await signIn('learner', 'intruder@example.test');
    const [session] = (await query('account.sessions', undefined, mine)).body.result.data.json;
    expect((await mutate('account.endSession', { sessionId: session.id }, theirs)).status).toBe(
      404,
    );
    expect((await query('progress.mine', undefined, mine)).status).toBe(200);
  });
});

describe('request guards over HTTP (what an outside probe tried)', () => {
  const post = (path: string, init: { headers?: Record<string, string>; body: BodyInit }) =>
    handle(
      new Request(`${BASE}/api/trpc/${path}`, {
        method: 'POST',
        headers: { cookie: cookies.learner ?? '', ...init.headers },
        body: init.body,
      }),
    );
  const json = { 'content-type': 'application/json' };

  it('refuses a mutation from another site’s page, or without an origin, and takes its own', async () => {
    const body = JSON.stringify({ json: null });
    const from = (headers: Record<string, string>) =>
      post('account.endOtherSessions', { headers: { ...json, ...headers }, body });
    const foreign = await from({ origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.json.message).toMatch(/own pages/);
    expect((await from({})).status).toBe(403);
    expect((await from({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await from({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await from({ origin: BASE })).status).toBe(200);
  });

  it('refuses the types a form on another site can send (multipart, text, urlencoded)', async () => {
    const form = new FormData();
    form.set('x', '1');
    for (const [headers, body] of [
      [{}, form],
      [{ 'content-type': 'text/plain' }, '{"json":null}'],
      [{ 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ] as const) {
      const response = await post('account.endOtherSessions', {
        headers: { origin: BASE, ...headers },
        body,
      });
      expect(response.status).toBe(415);
    }
  });

  it('answers 413 to a body over the limit, 400 to input nested without end, and to a batch of 21', async () => {
    const big = await post('progress.setCompleted', {
      headers: { ...json, origin: BASE },
      body: JSON.stringify({ json: { lessonId: 'x'.repeat(1_100_000), completed: true } }),
    });
    expect(big.status).toBe(413);
    expect((await big.json()).error.json.message).toMatch(/larger than/);
    const deep = `{"json":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const nested = await post('progress.setCompleted', {
      headers: { ...json, origin: BASE },
      body: deep,
    });
    expect(nested.status).toBe(400);
    expect(await nested.text()).not.toMatch(/stack|Maximum call/);
    const query = await handle(
      new Request(`${BASE}/api/trpc/course.lesson?input=${encodeURIComponent(deep)}`),
    );
    expect(query.status).toBe(400);
    const paths = Array.from({ length: 21 }, () => 'users.me').join(',');
    const batch = await handle(
      new Request(`${BASE}/api/trpc/${paths}?batch=1`, {
        headers: { cookie: cookies.learner ?? '' },
      }),
    );
    expect(batch.status).toBe(400);
  });

  it('sends Cache-Control: no-store with every answer about a person', async () => {
    for (const path of ['users.me', 'progress.mine', 'course.outline']) {
      const response = await handle(
        new Request(`${BASE}/api/trpc/${path}`, { headers: { cookie: cookies.learner ?? '' } }),
      );
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
