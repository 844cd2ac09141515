import { type Auth, createAuth, ensureUser } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import type { Database } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import fc from 'fast-check';
import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createTrpcHandler } from './http';
import { appRouter } from './root';

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
  handle = createTrpcHandler({ db, auth, origins: [BASE] });
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
