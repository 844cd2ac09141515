import { course, objectives } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import { syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { isoWeek, runScheduledNotices, workLeft } from './services/notices';
import { code } from './test-helpers';

let db: Database;
type Who = { id: string; name: string; email: string; role: 'learner' | 'instructor' | 'admin' };
const admin: Who = { id: 'n-adm', name: 'Ada', email: 'ada@n.test', role: 'admin' };
const ann: Who = { id: 'n-ann', name: 'Ann', email: 'ann@n.test', role: 'learner' };
const bob: Who = { id: 'n-bob', name: 'Bob', email: 'bob@n.test', role: 'learner' };
const cy: Who = { id: 'n-cy', name: 'Cy', email: 'cy@n.test', role: 'learner' };
const links = { web: 'http://learn.n.test', admin: 'http://staff.n.test' };
const as = (user: Who | null) => createCaller({ db, user, links });

/** The notices in the outbox for an address, by subject. */
const noticesTo = async (email: string) =>
  (
    await db
      .select({
        kind: schema.mailOutbox.kind,
        subject: schema.mailOutbox.subject,
        text: schema.mailOutbox.text,
      })
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.to, email))
      .orderBy(schema.mailOutbox.id)
  ).filter((m) => m.kind.startsWith('notice:'));

/** The unsubscribe link's token and kind in a notice's text. */
const unsubscribeLink = (text: string) => {
  const url = new URL(/http:\/\/learn\.n\.test\/unsubscribe\S+/.exec(text)?.[0] ?? 'http://x');
  return { token: url.searchParams.get('token') ?? '', kind: url.searchParams.get('kind') };
};

const NOW = new Date('2027-03-10T08:00:00Z');

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  for (const u of [admin, ann, bob, cy])
    await db.insert(schema.user).values({ ...u, emailVerified: true });
  // Due on the third day from NOW, enrolled: Ann, Bob and Cy are its learners.
  await as(admin).cohorts.create({ cohortId: 'due', name: 'March intake' });
  await as(admin).cohorts.enroll({
    cohortId: 'due',
    enrolled: true,
    opensAt: new Date('2027-02-01'),
    dueAt: new Date('2027-03-13T17:00:00Z'),
  });
});

describe('a learner added to a cohort', () => {
  it('hears which, with a link that turns that kind off without signing in; then hears no more', async () => {
    await as(admin).cohorts.addMembers({ cohortId: 'due', text: ann.email });
    const [added] = await noticesTo(ann.email);
    expect(added?.subject).toBe('You are in March intake');
    const link = unsubscribeLink(added?.text ?? '');
    expect(link.kind).toBe('cohort-added');
    expect(await as(null).notices.unsubscribe(link)).toEqual({
      email: ann.email,
      kind: 'cohort-added',
    });
    expect((await as(ann).notices.settings()).cohortAdded).toBe(false);
    await as(admin).cohorts.create({ cohortId: 'later', name: 'Later' });
    await as(admin).cohorts.addMembers({ cohortId: 'later', text: ann.email });
    expect(await noticesTo(ann.email)).toHaveLength(1);
    // Other kinds stay on.
    expect((await as(ann).notices.settings()).dueSoon).toBe(true);
  });

  it('an unknown token or kind is refused in words, and changes nothing', async () => {
    expect(
      await code(as(null).notices.unsubscribe({ token: 'x'.repeat(32), kind: 'cohort-added' })),
    ).toBe('NOT_FOUND');
    expect(
      await code(as(null).notices.unsubscribe({ token: 'x'.repeat(32), kind: 'everything' })),
    ).toBe('BAD_REQUEST');
  });

  it('instructors added to teach get no learner notice', async () => {
    await db.insert(schema.user).values({
      id: 'n-ivo',
      name: 'Ivo',
      email: 'ivo@n.test',
      role: 'instructor',
      emailVerified: true,
    });
    await as(admin).cohorts.addMembers({ cohortId: 'due', text: 'ivo@n.test', role: 'instructor' });
    expect(await noticesTo('ivo@n.test')).toEqual([]);
  });
});

describe('the scheduled notices', () => {
  it('say what is left: lessons, the final, or nothing when done', () => {
    expect(workLeft(3, false)).toBe('you have 3 lessons left and the final assessment to pass');
    expect(workLeft(1, true)).toBe('you have 1 lesson left');
    expect(workLeft(0, true)).toBeNull();
    expect(isoWeek(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-03-10T08:00:00Z'))).toBe('2027-W10');
  });

  it('remind learners three days before a due date, once, however many instances run it at once', async () => {
    await as(admin).cohorts.addMembers({ cohortId: 'due', text: `${bob.email}\n${cy.email}` });
    // Cy turned reminders off.
    const settings = await as(cy).notices.settings();
    await as(cy).notices.setSettings({ ...settings, dueSoon: false });
    const runs = await Promise.all([1, 2, 3].map(() => runScheduledNotices(db, links, NOW)));
    // One run wrote the day's reminders; the others found the day claimed.
    expect(runs.filter((r) => r.dueSoon > 0)).toHaveLength(1);
    const reminders = (await noticesTo(bob.email)).filter((m) => /is due on/.test(m.subject));
    expect(reminders).toHaveLength(1);
    const [reminder] = reminders;
    expect(reminder?.subject).toBe('March intake is due on 13 March 2027');
    expect(reminder?.text).toMatch(/lessons left and the final assessment to pass/);
    expect((await noticesTo(cy.email)).filter((m) => /is due on/.test(m.subject))).toEqual([]);
    // Later the same day (another run, a restarted instance): nothing more.
    expect((await runScheduledNotices(db, links, new Date('2027-03-10T20:00:00Z'))).dueSoon).toBe(
      0,
    );
    // The next day the cohort is two days away: no reminder.
    expect((await runScheduledNotices(db, links, new Date('2027-03-11T08:00:00Z'))).dueSoon).toBe(
      0,
    );
  });

  it('send a weekly digest of review items due, once per week', async () => {
    await db.insert(schema.objectiveMastery).values(
      objectives.slice(0, 2).map(({ id: objectiveId }) => ({
        userId: bob.id,
        objectiveId,
        level: 'practiced',
        state: {},
        due: new Date('2027-03-12T00:00:00Z'),
      })),
    );
    const week = new Date('2027-03-15T09:00:00Z');
    const [first, second] = await Promise.all([
      runScheduledNotices(db, links, week),
      runScheduledNotices(db, links, week),
    ]);
    expect((first?.reviewDigest ?? 0) + (second?.reviewDigest ?? 0)).toBe(1);
    const digests = (await noticesTo(bob.email)).filter((m) =>
      /review items are due/.test(m.subject),
    );
    expect(digests.map((d) => d.subject)).toEqual(['2 review items are due this week']);
    expect(digests[0]?.text).toContain('http://learn.n.test/review');
    const [run] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from scheduled_runs where job = 'notice.review-digest'`,
    );
    expect(run?.n).toBeGreaterThanOrEqual(1);
  });
});
