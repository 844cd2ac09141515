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
const links = { web: 'http://learn.i.test', admin: 'http://staff.i.test' };
const as = (user: Who | null) => createCaller({ db, user, auth, headers: new Headers(), links });
/** The messages the outbox holds for an address, oldest first. */
const mailTo = (email: string) =>
  db
    .select()
    .from(schema.mailOutbox)
    .where(eq(schema.mailOutbox.to, email))
    .orderBy(schema.mailOutbox.id);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  auth = createAuth({
    db,
    secret: 'x'.repeat(40),
    baseURL: 'http://localhost:3000',
    trustedOrigins: ['http://localhost:3000'],
  });
  for (const u of [admin, teacher, learner])
    await db.insert(schema.user).values({ ...u, emailVerified: true });
});

describe('who may invite', () => {
  const calls: Record<string, (api: ReturnType<typeof as>) => Promise<unknown>> = {
    invite: (api) => api.people.invite({ name: 'N', email: 'n@i.test', role: 'learner' }),
    invitations: (api) => api.people.invitations(),
    revokeInvitation: (api) => api.people.revokeInvitation({ invitationId: 'inv_x' }),
    resendInvitation: (api) => api.people.resendInvitation({ invitationId: 'inv_x' }),
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

  it('is emailed with its link, in the transaction that records it; resending mails a new link and the old one stops', async () => {
    const made = await as(admin).people.invite({
      name: 'Mae',
      email: 'mae@i.test',
      role: 'learner',
    });
    expect(made.emailed).toBe(true);
    const [first] = await mailTo('mae@i.test');
    expect(first?.kind).toBe('invitation');
    expect(first?.text).toContain(`http://learn.i.test/invite/${made.token}`);
    const [invite] = await db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.email, 'mae@i.test'));
    const again = await as(admin).people.resendInvitation({ invitationId: invite?.id ?? '' });
    expect(again.token).not.toBe(made.token);
    const messages = await mailTo('mae@i.test');
    expect(messages).toHaveLength(2);
    expect(messages[1]?.text).toContain(`/invite/${again.token}`);
    expect(await code(as(null).invitation.get({ token: made.token }))).toBe('NOT_FOUND');
    expect(await code(as(null).invitation.get({ token: again.token }))).toBe('OK');
  });

  it('for an address someone signed up with and never confirmed, gives the account to whoever has the invitation', async () => {
    // Someone else registers the address first, and cannot confirm it.
    await auth.api.signUpEmail({
      body: { email: 'owner@i.test', name: 'Squatter', password: 'squatters-own-password' },
    });
    const { token } = await as(admin).people.invite({
      name: 'Olive',
      email: 'owner@i.test',
      role: 'learner',
    });
    await as(null).invitation.accept({
      token,
      name: 'Olive Owner',
      password: 'the-real-owners-password',
    });
    const [account] = await db
      .select()
      .from(schema.user)
      .where(eq(schema.user.email, 'owner@i.test'));
    expect(account).toMatchObject({ name: 'Olive Owner', emailVerified: true, role: 'learner' });
    const signedIn = await auth.api.signInEmail({
      body: { email: 'owner@i.test', password: 'the-real-owners-password' },
    });
    expect(signedIn.user.id).toBe(account?.id);
    await expect(
      auth.api.signInEmail({ body: { email: 'owner@i.test', password: 'squatters-own-password' } }),
    ).rejects.toThrow();
  });

  it('sent from a cohort’s member list, puts the new account in the cohort when accepted', async () => {
    await as(admin).cohorts.create({ cohortId: 'spring', name: 'Spring' });
    const result = await as(admin).cohorts.addMembers({
      cohortId: 'spring',
      text: 'lea@i.test\nnew.person@i.test',
      role: 'learner',
      invite: true,
    });
    expect(result).toEqual({ added: 1, invited: 1, skipped: 0 });
    const [message] = await mailTo('new.person@i.test');
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(message?.text ?? '')?.[1] ?? '';
    await as(null).invitation.accept({
      token,
      name: 'New Person',
      password: 'a-new-persons-password',
    });
    const cohort = await as(admin).cohorts.get({ cohortId: 'spring' });
    expect(cohort.members.map((m) => [m.email, m.role]).sort()).toEqual([
      ['lea@i.test', 'learner'],
      ['new.person@i.test', 'learner'],
    ]);
  });

  it('is refused for an email that has a confirmed account, and replaced when sent again', async () => {
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
