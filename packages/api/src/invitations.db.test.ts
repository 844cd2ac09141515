import { type Auth, createAuth } from '@alliance/auth';
import { type Database, schema } from '@alliance/db';
import { createTestDatabase } from '@alliance/db/testing';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashInvitationToken } from './invitation-token';
import { createCaller } from './root';
import { code } from './test-helpers';

let db: Database;
let auth: Auth;
type Who = { id: string; name: string; email: string; role: 'learner' | 'instructor' | 'admin' };
const admin: Who = { id: 'i-adm', name: 'Ada', email: 'ada@i.test', role: 'admin' };
const teacher: Who = { id: 'i-ins', name: 'Ivo', email: 'ivo@i.test', role: 'instructor' };
const learner: Who = { id: 'i-lea', name: 'Lea', email: 'lea@i.test', role: 'learner' };
const as = (user: Who | null) => createCaller({ db, user, auth, headers: new Headers() });

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  auth = createAuth({
    db,
    secret: 'x'.repeat(40),
    baseURL: 'http://localhost:3000',
    trustedOrigins: ['http://localhost:3000'],
  });
  for (const u of [admin, teacher, learner]) await db.insert(schema.user).values(u);
});

describe('who may invite', () => {
  const calls: Record<string, (api: ReturnType<typeof as>) => Promise<unknown>> = {
    invite: (api) => api.people.invite({ name: 'N', email: 'n@i.test', role: 'learner' }),
    invitations: (api) => api.people.invitations(),
    revokeInvitation: (api) => api.people.revokeInvitation({ invitationId: 'inv_x' }),
  };
  it.each(Object.keys(calls))(
    'people.%s: 401 anonymous, 403 for learners and instructors',
    async (name) => {
      const call = calls[name] as (api: ReturnType<typeof as>) => Promise<unknown>;
      expect(await code(call(as(null)))).toBe('UNAUTHORIZED');
      expect(await code(call(as(learner)))).toBe('FORBIDDEN');
      expect(await code(call(as(teacher)))).toBe('FORBIDDEN');
    },
  );
});

describe('an invitation', () => {
  it('makes an account with the invited role, once, and audits both ends', async () => {
    const { token, expiresAt } = await as(admin).people.invite({
      name: 'Nina',
      email: ' Nina@I.test ',
      role: 'instructor',
    });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    // Only the hash is stored.
    const [stored] = await db.select().from(schema.invitations);
    expect(stored?.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await as(admin).people.invitations()).map((i) => i.email)).toEqual(['nina@i.test']);

    expect(await as(null).invitation.get({ token })).toMatchObject({
      email: 'nina@i.test',
      name: 'Nina',
      role: 'instructor',
    });
    expect(await code(as(null).invitation.accept({ token, name: 'Nina', password: 'short' }))).toBe(
      'BAD_REQUEST',
    );
    const accepted = await as(null).invitation.accept({
      token,
      name: 'Nina Berg',
      password: 'a-long-enough-password',
    });
    expect(accepted).toEqual({ email: 'nina@i.test', role: 'instructor' });
    const [made] = await db.select().from(schema.user).where(eq(schema.user.email, 'nina@i.test'));
    expect(made).toMatchObject({ name: 'Nina Berg', role: 'instructor' });
    // The password works.
    const signedIn = await auth.api.signInEmail({
      body: { email: 'nina@i.test', password: 'a-long-enough-password' },
    });
    expect(signedIn.user.id).toBe(made?.id);

    expect(await code(as(null).invitation.get({ token }))).toBe('NOT_FOUND');
    expect(
      await code(
        as(null).invitation.accept({ token, name: 'X', password: 'another-long-password' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await as(admin).people.invitations()).toEqual([]);
    const actions = await db.execute<{ action: string }>(
      sql`select action from audit_log where target_type = 'invitation' order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(['user.invite', 'invitation.accept']);
  });

  it('is refused for an email that has an account, and replaced when sent again', async () => {
    expect(
      await code(as(admin).people.invite({ name: 'Lea', email: learner.email, role: 'admin' })),
    ).toBe('CONFLICT');
    const first = await as(admin).people.invite({
      name: 'Otto',
      email: 'otto@i.test',
      role: 'learner',
    });
    const second = await as(admin).people.invite({
      name: 'Otto',
      email: 'otto@i.test',
      role: 'learner',
    });
    expect(await code(as(null).invitation.get({ token: first.token }))).toBe('NOT_FOUND');
    expect(await code(as(null).invitation.get({ token: second.token }))).toBe('OK');
    expect(
      (await as(admin).people.invitations()).filter((i) => i.email === 'otto@i.test'),
    ).toHaveLength(1);
  });

  it('cannot be used once revoked or expired, and says so', async () => {
    const revoked = await as(admin).people.invite({
      name: 'R',
      email: 'r@i.test',
      role: 'learner',
    });
    const [row] = await db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.email, 'r@i.test'));
    await as(admin).people.revokeInvitation({ invitationId: row?.id ?? '' });
    expect(await code(as(admin).people.revokeInvitation({ invitationId: row?.id ?? '' }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(as(null).invitation.get({ token: revoked.token }))).toBe('NOT_FOUND');

    const expired = await as(admin).people.invite({
      name: 'E',
      email: 'e@i.test',
      role: 'learner',
    });
    await db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.invitations.email, 'e@i.test'));
    expect(
      await code(
        as(null).invitation.accept({
          token: expired.token,
          name: 'E',
          password: 'a-long-enough-password',
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await db.select().from(schema.user).where(eq(schema.user.email, 'e@i.test'))).toEqual(
      [],
    );
  });

  it('is used by one of two tabs accepting at once', async () => {
    const { token } = await as(admin).people.invite({
      name: 'T',
      email: 't@i.test',
      role: 'learner',
    });
    const results = await Promise.all(
      [1, 2].map((n) =>
        code(
          as(null).invitation.accept({ token, name: `T${n}`, password: 'a-long-enough-password' }),
        ),
      ),
    );
    expect(results.sort()).toEqual(['NOT_FOUND', 'OK']);
    expect(
      await db.select().from(schema.user).where(eq(schema.user.email, 't@i.test')),
    ).toHaveLength(1);
  });

  it('refuses a token that is not one before looking it up', async () => {
    expect(await code(as(null).invitation.get({ token: 'abc' }))).toBe('BAD_REQUEST');
    expect(await code(as(null).invitation.get({ token: 'x'.repeat(43) }))).toBe('NOT_FOUND');
  });
});
