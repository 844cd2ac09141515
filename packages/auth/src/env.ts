import { z } from 'zod';

const postgresUrl = z
  .string({ error: 'is required' })
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
    message: 'must be a PostgreSQL URL like postgres://user:password@host:5432/database',
  });

const httpUrl = z
  .string({ error: 'is required' })
  .refine((value) => /^https?:\/\/[^/]+/.test(value) && URL.canParse(value), {
    message: 'must be an http(s) URL like https://learn.example.com',
  })
  .transform((value) => value.replace(/\/+$/, ''));

const originList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  )
  .refine((entries) => entries.every((e) => /^https?:\/\/[^/]+$/.test(e) && URL.canParse(e)), {
    message: 'must be origins like http://127.0.0.1:3000, comma-separated',
  });

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: postgresUrl,
  BETTER_AUTH_SECRET: z
    .string({ error: 'is required' })
    .min(32, 'must be at least 32 characters; generate one with `openssl rand -base64 32`'),
  /** Public URL of the learner app (apps/web). */
  WEB_URL: httpUrl,
  /** Public URL of the instructor and admin app (apps/admin). */
  ADMIN_URL: httpUrl,
  /**
   * Other addresses each app answers at (comma-separated origins), trusted like its URL: locally
   * `http://127.0.0.1:3000` beside `http://localhost:3000`.
   */
  WEB_URL_ALIASES: originList,
  ADMIN_URL_ALIASES: originList,
  /**
   * Where mail goes: `smtp://user:password@host:587` (STARTTLS) or `smtps://…:465`. Without it
   * messages wait in the outbox (npm start sets it to the local mail catcher).
   */
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value) && URL.canParse(value), {
      message: 'must be an SMTP URL like smtp://user:password@mail.example.com:587',
    })
    .optional(),
  /**
   * Whether a self sign-up must confirm its email before it can sign in (and so take an
   * assessment or be added to a cohort by email). On unless set to `false`; `npm start` on the
   * embedded demo database turns it off.
   */
  REQUIRE_EMAIL_VERIFICATION: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
  /** How long a message the mail server refused waits before its first retry (then doubling). */
  MAIL_FIRST_RETRY_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1')
    .max(3600, 'must be at most 3,600 (an hour)')
    .default(30),
  /** Who the messages are from. */
  MAIL_FROM: z.string().min(3).max(200).default('Alliance Academy <no-reply@localhost>'),
  /** Most database connections one app process keeps open (instances × this < max_connections). */
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(10),
  /**
   * The load balancers or reverse proxies in front of the apps (IP addresses or CIDR ranges,
   * comma-separated). Only their `X-Forwarded-For` entries are believed; empty (the default),
   * the client address is the connection's peer and `X-Forwarded-For` is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every((e) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(e)), {
      message: 'must be IP addresses or CIDR ranges, comma-separated, like 10.0.0.5,10.1.0.0/16',
    }),
  /**
   * How often the learner app runs its scheduled work (closing attempts whose time ran out), in
   * milliseconds.
   */
  SCHEDULED_JOBS_EVERY_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be at least 100')
    .max(3_600_000, 'must be at most 3,600,000 (an hour)')
    .default(10_000),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Validates the apps' environment. On failure the message names every missing or malformed
 * variable (never its value, which may be a secret) and says where it usually comes from.
 */
export function parseServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.')}: ${issue.message}`,
  );
  throw new EnvError(
    [
      'Alliance Academy cannot start: the environment is not valid.',
      ...problems,
      '`npm start` sets all of these for the embedded database. With your own PostgreSQL, set',
      'DATABASE_URL, BETTER_AUTH_SECRET, WEB_URL and ADMIN_URL (see README, "Deployment").',
    ].join('\n'),
  );
}

/** For a server's start-up: print the problem and exit(1) rather than serve broken pages. */
export function checkEnvOrExit(env: Record<string, string | undefined> = process.env): ServerEnv {
  try {
    return parseServerEnv(env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
