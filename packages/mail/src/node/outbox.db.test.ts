import { type Database, enqueueMail, listUnsentMail } from '@alliance/db';
import { createTestDatabase } from '@alliance/db/testing';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { passwordResetMessage } from '../templates';
import { startMailCatcher } from './catcher';
import { retryDelaySeconds, sendDueMail, smtpMailer } from './sender';

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const message = (i: number) =>
  passwordResetMessage({ to: `m${i}@example.test`, name: `M${i}`, url: `http://x.test/${i}` });

describe('the outbox', () => {
  it('waits longer after each failure: 30 s, doubling, at most 6 hours', () => {
    expect([1, 2, 3, 4, 20].map((n) => retryDelaySeconds(n))).toEqual([30, 60, 120, 240, 21_600]);
    expect([1, 2, 3].map((n) => retryDelaySeconds(n, 2))).toEqual([2, 4, 8]);
  });

  it('loses nothing while the mail server is down, and delivers each message once when it is back', async () => {
    const smtpPort = 20_000 + Math.floor(Math.random() * 20_000);
    const mailer = smtpMailer({
      url: `smtp://127.0.0.1:${smtpPort}`,
      from: 'Alliance <no-reply@x.test>',
    });
    for (let i = 0; i < 3; i++) await enqueueMail(db, await message(i));
    // Nobody listens on the port: every message fails, and the failure is kept in words.
    expect(await sendDueMail(db, mailer)).toEqual({ sent: 0, failed: 3 });
    const unsent = await listUnsentMail(db);
    expect(unsent).toHaveLength(3);
    expect(unsent.every((m) => m.attempts === 1 && /ECONNREFUSED/.test(m.lastError ?? ''))).toBe(
      true,
    );
    // Not due again yet: a run now sends nothing and counts no try.
    expect(await sendDueMail(db, mailer)).toEqual({ sent: 0, failed: 0 });

    const catcher = await startMailCatcher({ smtpPort, webPort: smtpPort + 1 });
    try {
      await db.execute(sql`update mail_outbox set due_at = now() where sent_at is null`);
      // Two senders at once (two app instances): each message is taken by one of them.
      const runs = await Promise.all([sendDueMail(db, mailer), sendDueMail(db, mailer)]);
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(3);
      expect(await listUnsentMail(db)).toEqual([]);
      expect(catcher.messages.map((m) => m.to[0]).sort()).toEqual([
        'm0@example.test',
        'm1@example.test',
        'm2@example.test',
      ]);
      expect(catcher.messages[0]?.subject).toBe('Reset your Alliance Academy password');
      const inbox = await (await fetch(catcher.inboxUrl)).text();
      expect(inbox).toContain('Reset your Alliance Academy password');
      expect(await sendDueMail(db, mailer)).toEqual({ sent: 0, failed: 0 });
    } finally {
      mailer.close();
      await catcher.stop();
    }
  });
});
