import { type Database, recentSignInFailures, recordSignInFailure } from '@alliance/db';
import { user } from '@alliance/db/schema';
import { createTestDatabase } from '@alliance/db/testing';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Auth, createAuth } from './auth';
import { PEER_HEADER, withClientChain } from './client-address';
import { KNOWN_DEVICE_COOKIE, MAX_FAILURES_PER_HOUR } from './hardening';
import { roleOf } from './permissions';
import { describeAuthError } from './policy';
import { readUnlockToken, unlockToken } from './unlock';
import { DEMO_USERS, ensureUser, seedDemoUsers } from './users';

let db: Database;
let auth: Auth;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  auth = createAuth({
    db,
    secret: 'test-secret-that-is-long-enough-0123456789',
    baseURL: 'http://localhost:3000',
    trustedOrigins: ['http://localhost:3000', 'http://localhost:3001'],
  });
});

const signUp = (email: string, password: string) =>
  auth.api.signUpEmail({ body: { email, password, name: 'Test Person' }, asResponse: true });

describe('email and password sign-up', () => {
  it('creates a learner by default', async () => {
    const response = await signUp('new@example.test', 'a-long-enough-password');
    expect(response.status).toBe(200);
    const [row] = await db.select().from(user).where(eq(user.email, 'new@example.test'));
    expect(row?.role).toBe('learner');
  });

  it('refuses passwords shorter than 12 characters with a 400', async () => {
    const response = await signUp('short@example.test', 'elevenchars');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'PASSWORD_TOO_SHORT' });
  });

  it('refuses a duplicate email with a 4xx, never a 500', async () => {
    const response = await signUp('new@example.test', 'another-long-password');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses a wrong password with 401', async () => {
    const response = await auth.api.signInEmail({
      body: { email: 'new@example.test', password: 'not-the-right-password' },
      asResponse: true,
    });
    expect(response.status).toBe(401);
  });
});

describe('demo users and roles', () => {
  it('seeds one account per role and can run again', async () => {
    const first = await seedDemoUsers(auth, db);
    expect(first.map((u) => u.created)).toEqual([true, true, true]);
    const second = await seedDemoUsers(auth, db);
    expect(second.map((u) => u.created)).toEqual([false, false, false]);
    for (const demo of DEMO_USERS) {
      const [row] = await db.select().from(user).where(eq(user.email, demo.email));
      expect(row && roleOf(row)).toBe(demo.role);
      const signIn = await auth.api.signInEmail({
        body: { email: demo.email, password: demo.password },
        asResponse: true,
      });
      expect(signIn.status).toBe(200);
    }
  });

  it('promotes an existing account instead of creating a second one', async () => {
    const result = await ensureUser(auth, db, {
      email: 'NEW@example.test',
      name: 'Whoever',
      password: 'ignored-for-existing',
      role: 'admin',
    });
    expect(result.created).toBe(false);
    const rows = await db.select().from(user).where(eq(user.email, 'new@example.test'));
    expect(rows.map((r) => r.role)).toEqual(['admin']);
  });
});

describe('roleOf', () => {
  it.each([
    [null, 'learner'],
    ['learner', 'learner'],
    ['instructor', 'instructor'],
    ['admin', 'admin'],
    ['learner,admin', 'admin'],
    ['superuser', 'learner'],
  ])('reads %s as %s', (role, expected) => {
    expect(roleOf({ role })).toBe(expected);
  });
});

describe('session cookies', () => {
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .find((c) => /session_token=/.test(c))
      ?.toLowerCase() ?? '';

  it('are Secure (and __Secure- prefixed) when the site is served over HTTPS, as in production', async () => {
    const secure = createAuth({
      db,
      secret: 'test-secret-that-is-long-enough-0123456789',
      baseURL: 'https://learn.example.com',
      trustedOrigins: ['https://learn.example.com'],
    });
    await ensureUser(secure, db, {
      email: 'cookie@example.test',
      name: 'Cookie',
      password: 'a-long-enough-password',
      role: 'learner',
    });
    const response = await secure.api.signInEmail({
      body: { email: 'cookie@example.test', password: 'a-long-enough-password' },
      asResponse: true,
    });
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^__secure-/);
    expect(cookie).toContain('secure');
    expect(cookie).toContain('httponly');
    expect(cookie).toContain('samesite=lax');
  });

  it('are HttpOnly and SameSite=Lax on a plain-HTTP development site too', async () => {
    const response = await auth.api.signInEmail({
      body: { email: 'cookie@example.test', password: 'a-long-enough-password' },
      asResponse: true,
    });
    const cookie = cookieOf(response);
    expect(cookie).toContain('httponly');
    expect(cookie).toContain('samesite=lax');
    expect(cookie).not.toMatch(/;\s*secure/);
  });
});

/** Status and error code of a better-auth call, whether it answered or threw (hooks throw). */
async function outcome(call: Promise<Response>): Promise<{ status: number; code?: string }> {
  try {
    const response = await call;
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as { code?: string };
    return { status: response.status, code: body.code };
  } catch (error) {
    const e = error as { statusCode?: number; body?: { code?: string } };
    if (typeof e.statusCode !== 'number') throw error;
    return { status: e.statusCode, code: e.body?.code };
  }
}

describe('account hardening', () => {
  it('refuses a leaked password at sign-up, with a code the form turns into a sentence', async () => {
    expect(await outcome(signUp('leaky@example.test', 'qwerty123456'))).toEqual({
      status: 400,
      code: 'PASSWORD_LEAKED',
    });
    expect((await outcome(signUp('leaky@example.test', 'Password2024!'))).status).toBe(400);
    expect(describeAuthError({ code: 'PASSWORD_LEAKED' })).toMatch(/leaked passwords/);
  });

  it('pauses sign-in to an account after 100 failures in an hour, and only that account', async () => {
    for (const email of ['target@example.test', 'bystander@example.test'])
      await ensureUser(auth, db, {
        email,
        name: 'T',
        password: 'the-right-password',
        role: 'learner',
      });
    const attempt = (email: string, password: string) =>
      auth.api.signInEmail({ body: { email, password }, asResponse: true });
    for (let i = 0; i < 3; i++)
      expect((await attempt('target@example.test', 'a-wrong-password')).status).toBe(401);
    expect(await recentSignInFailures(db, { email: 'target@example.test' })).toBe(3);
    for (let i = 3; i < MAX_FAILURES_PER_HOUR; i++)
      await recordSignInFailure(db, { email: 'target@example.test', ip: `10.0.${i}.1` });
    expect(await outcome(attempt('target@example.test', 'the-right-password'))).toEqual({
      status: 429,
      code: 'ACCOUNT_SIGN_IN_PAUSED',
    });
    expect((await attempt('bystander@example.test', 'the-right-password')).status).toBe(200);
  });

  it('lets a class of 30 behind one IP sign in at once, and stops guessing at speed', async () => {
    const limited = createAuth({
      db,
      secret: 'test-secret-that-is-long-enough-0123456789',
      baseURL: 'http://localhost:3000',
      trustedOrigins: ['http://localhost:3000'],
      rateLimit: true,
    });
    const emails = Array.from({ length: 30 }, (_, i) => `class-${i}@example.test`);
    for (const email of emails)
      await ensureUser(auth, db, {
        email,
        name: 'C',
        password: 'class-password-ok',
        role: 'learner',
      });
    const signInOverHttp = (email: string, password: string) =>
      limited.handler(
        new Request('http://localhost:3000/api/auth/sign-in/email', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: 'http://localhost:3000',
            'x-forwarded-for': '203.0.113.7',
          },
          body: JSON.stringify({ email, password }),
        }),
      );
    const statuses = await Promise.all(emails.map((e) => signInOverHttp(e, 'class-password-ok')));
    expect(statuses.map((r) => r.status)).toEqual(emails.map(() => 200));
    // A guesser behind the same IP gets at most 60 tries a minute.
    const guesses = [];
    for (let i = 0; i < 40; i++)
      guesses.push((await signInOverHttp(emails[0] ?? '', `guess-${i}-xx`)).status);
    expect(guesses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(guesses.slice(0, 30).every((s) => s === 401)).toBe(true);
  });
});

describe('what an outside probe tried against sign-in', () => {
  const limitedAuth = (trustedProxies: string[] = []) =>
    createAuth({
      db,
      secret: 'test-secret-that-is-long-enough-0123456789',
      baseURL: 'http://localhost:3000',
      trustedOrigins: ['http://localhost:3000'],
      rateLimit: true,
      trustedProxies,
    });
  /** As the server sees a request: its peer stamped, then the client chain written from it. */
  const overHttp = (
    instance: Auth,
    path: string,
    body: unknown,
    { peer, forwarded, cookie }: { peer: string; forwarded?: string; cookie?: string },
    trustedProxies: string[] = [],
  ) => {
    (globalThis as { __alliancePeerStamped?: boolean }).__alliancePeerStamped = true;
    const request = new Request(`http://localhost:3000/api/auth${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://localhost:3000',
        [PEER_HEADER]: peer,
        ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify(body),
    });
    return instance.handler(withClientChain(request, trustedProxies));
  };

  it('keeps one per-IP limit however the client rotates X-Forwarded-For', async () => {
    const limited = limitedAuth();
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const response = await overHttp(
        limited,
        '/sign-in/email',
        { email: `nobody-${i}@example.test`, password: 'a-wrong-password' },
        { peer: '198.51.100.9', forwarded: `10.${i}.0.1, 10.${i}.0.2` },
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    // The session of a good sign-in keeps the connection's address, not the claimed one.
    await ensureUser(auth, db, {
      email: 'where@example.test',
      name: 'W',
      password: 'the-right-password',
      role: 'learner',
    });
    const signedIn = await overHttp(
      limitedAuth(),
      '/sign-in/email',
      { email: 'where@example.test', password: 'the-right-password' },
      { peer: '198.51.100.10', forwarded: '6.6.6.6' },
    );
    expect(signedIn.status, await signedIn.clone().text()).toBe(200);
    const rows = await db.execute<{ ip: string }>(
      sql`select s.ip_address as ip from session s join "user" u on u.id = s.user_id
          where u.email = 'where@example.test' and s.ip_address <> ''`,
    );
    expect([...rows].map((r) => r.ip)).toEqual(['198.51.100.10']);
  });

  it('behind a trusted proxy, counts the address the proxy saw, and only that', async () => {
    const proxies = ['192.0.2.1'];
    const limited = limitedAuth(proxies);
    const from = (client: string, claimed: string) =>
      overHttp(
        limited,
        '/sign-in/email',
        { email: 'nobody@example.test', password: 'a-wrong-password' },
        // The client's own claim first, then what the proxy appended: the client it saw.
        { peer: '192.0.2.1', forwarded: `${claimed}, ${client}` },
        proxies,
      );
    const one: number[] = [];
    for (let i = 0; i < 65; i++) one.push((await from('203.0.113.50', `10.0.0.${i}`)).status);
    expect(one.includes(429)).toBe(true);
    // Another client behind the same proxy has a bucket of its own.
    expect((await from('203.0.113.51', '10.0.0.1')).status).toBe(401);
  });

  it('never pauses a browser that signed in to the account before, however many fail elsewhere', async () => {
    await ensureUser(auth, db, {
      email: 'owner@example.test',
      name: 'O',
      password: 'the-owners-password',
      role: 'learner',
    });
    const good = await overHttp(
      auth,
      '/sign-in/email',
      { email: 'owner@example.test', password: 'the-owners-password' },
      { peer: '198.51.100.20' },
    );
    expect(good.status).toBe(200);
    const known = good.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${KNOWN_DEVICE_COOKIE}=`));
    expect(known).toBeDefined();
    for (let i = 0; i < MAX_FAILURES_PER_HOUR; i++)
      await recordSignInFailure(db, { email: 'owner@example.test', ip: `10.1.${i % 250}.1` });
    const stranger = await overHttp(
      auth,
      '/sign-in/email',
      { email: 'owner@example.test', password: 'the-owners-password' },
      { peer: '198.51.100.21' },
    );
    expect(stranger.status).toBe(429);
    expect(await stranger.json()).toMatchObject({ code: 'ACCOUNT_SIGN_IN_PAUSED' });
    const owner = await overHttp(
      auth,
      '/sign-in/email',
      { email: 'owner@example.test', password: 'the-owners-password' },
      { peer: '198.51.100.22', cookie: known },
    );
    expect(owner.status).toBe(200);
    // The cookie is the account's: it does not open another paused account.
    for (let i = 0; i < MAX_FAILURES_PER_HOUR; i++)
      await recordSignInFailure(db, { email: 'target@example.test', ip: null });
    const other = await overHttp(
      auth,
      '/sign-in/email',
      { email: 'target@example.test', password: 'the-right-password' },
      { peer: '198.51.100.22', cookie: known },
    );
    expect(other.status).toBe(429);
  });

  it('mails the owner of a paused account an unlock link; pressing its button lets that browser in, for that account only', async () => {
    const sent: Array<{ email: string; token: string }> = [];
    const unlocking = createAuth({
      db,
      secret: 'test-secret-that-is-long-enough-0123456789',
      baseURL: 'http://localhost:3000',
      trustedOrigins: ['http://localhost:3000'],
      sendUnlock: async (unlock) => {
        sent.push(unlock);
      },
    });
    await ensureUser(unlocking, db, {
      email: 'locked@example.test',
      name: 'L',
      password: 'the-locked-password',
      role: 'learner',
    });
    for (let i = 0; i < MAX_FAILURES_PER_HOUR; i++)
      await recordSignInFailure(db, { email: 'locked@example.test', ip: `10.2.${i % 250}.1` });
    const paused = await overHttp(
      unlocking,
      '/sign-in/email',
      { email: 'locked@example.test', password: 'the-locked-password' },
      { peer: '198.51.100.30' },
    );
    expect(paused.status).toBe(429);
    expect(sent.map((s) => s.email)).toEqual(['locked@example.test']);
    const token = sent[0]?.token ?? '';
    expect(readUnlockToken('test-secret-that-is-long-enough-0123456789', token)).toBe(
      'locked@example.test',
    );
    // A forged or stale token does nothing.
    const forged = await overHttp(
      unlocking,
      '/unlock-device',
      { token: `${token.slice(0, -2)}xx` },
      { peer: '198.51.100.30' },
    );
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ code: 'UNLOCK_LINK_INVALID' });
    expect(
      readUnlockToken(
        'test-secret-that-is-long-enough-0123456789',
        unlockToken('test-secret-that-is-long-enough-0123456789', 'locked@example.test', 0),
      ),
    ).toBeNull();
    const unlocked = await overHttp(
      unlocking,
      '/unlock-device',
      { token },
      { peer: '198.51.100.30' },
    );
    expect(unlocked.status).toBe(200);
    const known = unlocked.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${KNOWN_DEVICE_COOKIE}=`));
    const inside = await overHttp(
      unlocking,
      '/sign-in/email',
      { email: 'locked@example.test', password: 'the-locked-password' },
      { peer: '198.51.100.30', cookie: known },
    );
    expect(inside.status).toBe(200);
  });

  it.each([
    [
      '/sign-up/email',
      { name: 'n'.repeat(101), email: 'long@example.test', password: 'long-enough-pass' },
      /name must be at most 100/,
    ],
    [
      '/sign-up/email',
      { name: 'Nul\u0000', email: 'nul@example.test', password: 'long-enough-pass' },
      /control characters/,
    ],
    [
      '/sign-in/email',
      { email: 'a\u0000@example.test', password: 'whatever-it-is' },
      /control characters/,
    ],
    [
      '/sign-in/email',
      { email: `${'e'.repeat(250)}@example.test`, password: 'whatever-it-is' },
      /email must be at most 254/,
    ],
  ])('refuses %s with %j as a 400 in words, never a 500', async (path, body, message) => {
    const response = await overHttp(auth, path, body, { peer: '198.51.100.30' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
  });
});

describe('forgot password', () => {
  it('mails a link; the link sets a new password once and ends every session', async () => {
    const sent: Array<{ email: string; url: string }> = [];
    const withMail = createAuth({
      db,
      secret: 'test-secret-that-is-long-enough-0123456789',
      baseURL: 'http://localhost:3000',
      trustedOrigins: ['http://localhost:3000'],
      sendPasswordReset: async ({ user, url }) => {
        sent.push({ email: user.email, url });
      },
    });
    await ensureUser(withMail, db, {
      email: 'forgetful@example.test',
      name: 'F',
      password: 'the-old-password-1',
      role: 'learner',
    });
    const old = await withMail.api.signInEmail({
      body: { email: 'forgetful@example.test', password: 'the-old-password-1' },
      asResponse: true,
    });
    const oldCookie = old.headers.get('set-cookie')?.split(';')[0] ?? '';
    const ask = (email: string) =>
      withMail.handler(
        new Request('http://localhost:3000/api/auth/request-password-reset', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
          body: JSON.stringify({ email, redirectTo: '/reset-password' }),
        }),
      );
    // The same answer for an address with no account: nothing tells who studies here.
    const unknown = await ask('nobody-here@example.test');
    const known = await ask('forgetful@example.test');
    expect([unknown.status, known.status]).toEqual([200, 200]);
    expect(await unknown.json()).toEqual(await known.json());
    expect(sent.map((s) => s.email)).toEqual(['forgetful@example.test']);

    // The link checks the token and lands on the reset page with it.
    const landed = await withMail.handler(new Request(sent[0]?.url ?? '', { redirect: 'manual' }));
    expect(landed.status).toBe(302);
    const target = new URL(landed.headers.get('location') ?? '', 'http://localhost:3000');
    expect(target.pathname).toBe('/reset-password');
    const token = target.searchParams.get('token') ?? '';
    const reset = (newPassword: string) =>
      withMail.handler(
        new Request('http://localhost:3000/api/auth/reset-password', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
          body: JSON.stringify({ token, newPassword }),
        }),
      );
    expect((await reset('aaaaaaaaaaaa')).status).toBe(400);
    expect((await reset('a-brand-new-password')).status).toBe(200);
    expect((await reset('another-new-password')).status).toBe(400);
    const me = await withMail.api.getSession({ headers: new Headers({ cookie: oldCookie }) });
    expect(me).toBeNull();
    const fresh = await withMail.api.signInEmail({
      body: { email: 'forgetful@example.test', password: 'a-brand-new-password' },
      asResponse: true,
    });
    expect(fresh.status).toBe(200);
  });
});
