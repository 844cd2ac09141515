/**
 * Runs once when the server starts: refuse to start with a clear message if the environment is
 * incomplete, instead of failing on the first request; then start the scheduled work (closing
 * attempts whose time ran out, sending the mail outbox).
 *
 * The jobs get a small database pool of their own. This file is bundled apart from the pages, so
 * it must not make the pages' runtime (`getServerRuntime`): the pages would then run its copy of
 * the API, whose errors are not the pages' `TRPCError` (a missing lesson would be a 500, not 404).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvOrExit } = await import('@alliance/auth/env');
    const env = checkEnvOrExit();
    const [{ createDb }, { startScheduledJobs }, { smtpMailer }] = await Promise.all([
      import('@alliance/db'),
      import('@alliance/api/jobs'),
      import('@alliance/mail/sender'),
    ]);
    if (!env.SMTP_URL)
      console.warn('SMTP_URL is not set: mail waits in the outbox until it is (see README).');
    startScheduledJobs(createDb(env.DATABASE_URL, { max: 2 }), {
      everyMs: env.SCHEDULED_JOBS_EVERY_MS,
      firstMailRetrySeconds: env.MAIL_FIRST_RETRY_SECONDS,
      links: { web: env.WEB_URL, admin: env.ADMIN_URL },
      mailer: env.SMTP_URL ? smtpMailer({ url: env.SMTP_URL, from: env.MAIL_FROM }) : undefined,
    });
  }
}
