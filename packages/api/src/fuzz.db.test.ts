import { type Auth, createAuth, ensureUser, parseServerEnv } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import type { Database } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import fc from 'fast-check';
import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { gradebookResponse } from './gradebook';
import { createAuthHandler, createTrpcHandler } from './http';
import { appRouter, createCaller } from './root';
import type { ServerRuntime } from './runtime';
import { createContext } from './trpc';
import { xapiResponse } from './xapi-export';

/**
 * Every procedure, over HTTP as the browser calls it, fed generated malformed input: nothing
 * answers 500, and every refusal carries a one-line message a person can act on, never a stack
 * trace or a file path.
 */

const BASE = 'http://localhost:3000';
type Procedure = { _def: { type: string; inputs: unknown[] } };
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, Procedure>,
);

let db: Database;
let auth: Auth;
let handle: (request: Request) => Promise<Response>;
const cookies: Record<string, string> = {};

async function signIn(role: 'learner' | 'admin') {
  const email = `fuzz-${role}@example.test`;
  const password = `${role}-fuzz-password`;
  await ensureUser(auth, db, { email, name: role, password, role });
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  auth = createAuth({ db, secret: 'x'.repeat(40), baseURL: BASE, trustedOrigins: [BASE] });
  handle = createTrpcHandler({
    db,
    auth,
    origins: [BASE],
    links: { web: BASE, admin: 'http://localhost:3001' },
  });
  cookies.learner = await signIn('learner');
  cookies.admin = await signIn('admin');
});

/** Sends one call the way the tRPC client does: queries as GET ?input=, mutations as POST. */
async function send(path: string, type: string, body: string | null, cookie: string) {
  const url =
    type === 'query'
      ? `${BASE}/api/trpc/${path}${body === null ? '' : `?input=${encodeURIComponent(body)}`}`
      : `${BASE}/api/trpc/${path}`;
  const response = await handle(
    new Request(url, {
      method: type === 'query' ? 'GET' : 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: BASE },
      body: type === 'query' ? undefined : (body ?? ''),
    }),
  );
  const text = await response.text();
  return { status: response.status, text };
}

/** What a refusal must look like: a status below 500 and a short message without internals. */
function checkAnswer(path: string, input: string | null, answer: { status: number; text: string }) {
  const where = `${path} ${answer.status} for ${input?.slice(0, 200)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status < 400) return;
  const body = JSON.parse(answer.text) as {
    error?: { json?: { message?: string; data?: object } };
  };
  const message = body.error?.json?.message ?? '';
  expect(message.length, where).toBeGreaterThan(0);
  expect(message.length, where).toBeLessThan(600);
  expect(answer.text, where).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+/);
}

/**
 * The input as the client sends it (superjson's envelope), or, for what superjson refuses to
 * serialise (a `__proto__` key), the same envelope written by hand, as an attacker would.
 */
function envelope(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return JSON.stringify({ json: input });
  }
}

/** Inputs near the procedure's own shape (its keys, anything as values) and far from it. */
function inputs(procedure: Procedure) {
  const keys = procedure._def.inputs.flatMap((schema) => {
    const shape = (schema as Partial<z.ZodObject>).shape;
    return shape ? Object.keys(shape) : [];
  });
  const value = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 300 }),
    fc.constantFrom('', ' ', '../../etc/passwd', "'; drop table users; --", '<script>', '\u0000'),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
  );
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    keys.length
      ? fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] })
      : fc.object({ maxDepth: 1 }),
  );
}

describe('fuzzing every procedure', () => {
  it.each(procedures.map(([path]) => path))(
    '%s: no 500, and a message on every refusal',
    async (path) => {
      const procedure = appRouter._def.procedures[path as never] as unknown as Procedure;
      const type = procedure._def.type;
      await fc.assert(
        fc.asyncProperty(
          inputs(procedure),
          fc.constantFrom('admin', 'learner'),
          async (input, who) => {
            const body = envelope(input);
            checkAnswer(path, body, await send(path, type, body, cookies[who] ?? ''));
          },
        ),
        { numRuns: 25 },
      );
      // Not JSON at all, and not superjson's envelope.
      for (const raw of [
        '{',
        'null',
        '"text"',
        '[1,2]',
        '{"json":',
        '{"meta":{"values":{"x":["Date"]}},"json":{"x":"no"}}',
        '{"json":{"a":{"__proto__":{"polluted":1}}}}',
        '{"json":{"constructor":{"prototype":{"polluted":1}}}}',
      ])
        checkAnswer(path, raw, await send(path, type, raw, cookies.admin ?? ''));
    },
  );
});

/** The input classes an outside probe tried, for any text field. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    'x'.repeat(40_000),
    '%E0%A4%A',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\r\nSet-Cookie: x=1',
    '/\t/evil.example',
    '💥'.repeat(50),
  ),
);
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('fuzzing better-auth’s endpoints, as the route handler serves them', () => {
  const handleAuth = () => createAuthHandler(auth.handler);
  const AUTH_POSTS = [
    '/sign-in/email',
    '/sign-up/email',
    '/update-user',
    '/change-password',
    '/change-email',
    '/revoke-session',
    '/revoke-other-sessions',
    '/sign-out',
    '/admin/create-user',
    '/admin/set-role',
    '/admin/ban-user',
    '/request-password-reset',
    '/reset-password',
  ];
  const AUTH_GETS = ['/get-session', '/list-sessions', '/admin/list-users', '/verify-email'];

  async function sendAuth(method: string, path: string, body: string | null, cookie: string) {
    const response = await handleAuth()(
      new Request(
        `${BASE}/api/auth${path}${method === 'GET' && body ? `?token=${encodeURIComponent(body)}` : ''}`,
        {
          method,
          headers: { cookie, origin: BASE, 'content-type': 'application/json' },
          body: method === 'GET' ? undefined : (body ?? ''),
        },
      ),
    );
    return {
      status: response.status,
      text: await response.text(),
      cache: response.headers.get('cache-control'),
    };
  }

  it.each(AUTH_POSTS)('POST %s: no 500 and no stack for any input class', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record(
            {
              email: hostileText,
              password: hostileText,
              name: hostileText,
              newPassword: hostileText,
              currentPassword: hostileText,
              newEmail: hostileText,
              token: hostileText,
              userId: hostileText,
              role: hostileText,
              callbackURL: hostileText,
            },
            { requiredKeys: [] },
          ),
          fc.anything({ maxDepth: 3 }),
        ),
        fc.constantFrom('admin', 'learner', 'none'),
        async (input, who) => {
          const body = JSON.stringify(input) ?? 'null';
          const answer = await sendAuth('POST', path, body, cookies[who] ?? '');
          expect(answer.status, `${path} ${body.slice(0, 200)}`).toBeLessThan(500);
          expect(answer.text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+/);
          expect(answer.cache).toContain('no-store');
        },
      ),
      { numRuns: 20 },
    );
    for (const raw of [
      '{',
      'null',
      '"text"',
      deepJson(10_000),
      `{"email":"${'x'.repeat(40_000)}"}`,
    ]) {
      const answer = await sendAuth('POST', path, raw, cookies.learner ?? '');
      expect(answer.status, `${path} ${raw.slice(0, 40)}`).toBeLessThan(500);
    }
  });

  it.each(AUTH_GETS)('GET %s: no 500 for any query', async (path) => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        fc.constantFrom('admin', 'learner', 'none'),
        async (text, who) => {
          const answer = await sendAuth('GET', path, text, cookies[who] ?? '');
          expect(answer.status, `${path} ${text.slice(0, 40)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('fuzzing the download route handlers', () => {
  it.each(['gradebook', 'xapi'] as const)(
    '%s: no 500 for any cohort id, as any role',
    async (kind) => {
      const runtime: ServerRuntime = {
        env: parseServerEnv({
          DATABASE_URL: 'postgres://unused@localhost/unused',
          BETTER_AUTH_SECRET: 'x'.repeat(40),
          WEB_URL: BASE,
          ADMIN_URL: BASE,
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
      await fc.assert(
        fc.asyncProperty(
          hostileText,
          fc.constantFrom('admin', 'learner', 'none'),
          async (cohortId, who) => {
            const request = new Request(`${BASE}/api/${kind}/x`, {
              headers: { cookie: cookies[who] ?? '' },
            });
            const response =
              kind === 'gradebook'
                ? await gradebookResponse(runtime, request, cohortId)
                : await xapiResponse(runtime, request, cohortId);
            expect(response.status, `${kind} ${cohortId.slice(0, 40)}`).toBeLessThan(500);
            expect(response.headers.get('cache-control') ?? 'no-store').toContain('no-store');
          },
        ),
        { numRuns: 30 },
      );
    },
  );
});
