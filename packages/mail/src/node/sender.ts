import { claimDueMail, type Database, markMailFailed, markMailSent } from '@alliance/db';
import nodemailer from 'nodemailer';

/** Sends one message over SMTP; throws the mail server's refusal. */
export interface Mailer {
  send(message: { to: string; subject: string; html: string; text: string }): Promise<void>;
  close(): void;
}

/** A mailer for an SMTP URL (`smtp://user:pass@host:587`, `smtps://…` for TLS from the start). */
export function smtpMailer({ url, from }: { url: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(url, { from });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

/**
 * How long before the next try of a message tried `attempts` times: `first` seconds (30 by
 * default), doubling, 6 h at most.
 */
export const retryDelaySeconds = (attempts: number, first = 30) =>
  Math.min(first * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);

/**
 * One run of the outbox's sender: claims the due messages, sends each, and marks it sent, or
 * records the mail server's words and when to try again. A crash between sending and marking
 * sends that one message twice at worst, never zero times.
 */
export async function sendDueMail(
  db: Database,
  mailer: Mailer,
  { limit = 20, firstRetrySeconds = 30 }: { limit?: number; firstRetrySeconds?: number } = {},
) {
  const due = await claimDueMail(db, { limit, leaseSeconds: 120 });
  let sent = 0;
  let failed = 0;
  for (const message of due) {
    try {
      await mailer.send(message);
      await markMailSent(db, { id: message.id });
      sent++;
    } catch (error) {
      failed++;
      await markMailFailed(db, {
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
        retryInSeconds: retryDelaySeconds(message.attempts, firstRetrySeconds),
      });
    }
  }
  return { sent, failed };
}
