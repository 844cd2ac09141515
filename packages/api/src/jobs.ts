import type { Database } from '@alliance/db';
import { type Mailer, sendDueMail } from '@alliance/mail/sender';
import { closeExpiredAttempts } from './services/attempts';
import { runScheduledNotices } from './services/notices';
import type { AppLinks } from './trpc';

/**
 * The learner app's scheduled work, run every `everyMs` in each app process: closing attempts
 * whose time ran out (submitted as time-up and scored, without waiting for the learner), and
 * writing the day's and the week's scheduled notices (once per period, whichever instance
 * claims it), and sending the mail outbox's due messages (when a mailer is configured). Several
 * instances may run it at once: each submission locks its attempt, so each closes once. A run
 * never overlaps the previous one, a failure is logged and retried next time, and the timer does
 * not keep the process alive. Returns a stop function.
 */
export function startScheduledJobs(
  db: Database,
  {
    everyMs,
    mailer,
    firstMailRetrySeconds,
    links,
  }: { everyMs: number; mailer?: Mailer; firstMailRetrySeconds?: number; links?: AppLinks },
) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await closeExpiredAttempts(db);
      // Notices due today or this week: once per period across instances.
      if (links) await runScheduledNotices(db, links);
      // The mail outbox: what is due goes out; what fails waits its turn to be tried again.
      if (mailer) await sendDueMail(db, mailer, { firstRetrySeconds: firstMailRetrySeconds });
    } catch (error) {
      console.error('scheduled job failed (it runs again shortly):', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  void run();
  return () => clearInterval(timer);
}
