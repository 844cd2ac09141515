import { z } from 'zod';

/**
 * The environment the root scripts read (`npm start`, `npm test`, the screenshots, creating an
 * admin), each variable checked here and only here: a bad value stops the script naming it,
 * instead of serving on port NaN. The apps validate their own (`@alliance/auth/env`) and the
 * database scripts theirs (`@alliance/db/node`).
 */
const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number (1–65535)' })
    .int('must be a port number (1–65535)')
    .min(1, 'must be a port number (1–65535)')
    .max(65_535, 'must be a port number (1–65535)')
    .default(fallback);
const url = z
  .string()
  .refine((value) => /^https?:\/\/[^/]+/.test(value) && URL.canParse(value), {
    message: 'must be an http(s) URL like https://learn.example.com',
  })
  .optional();

const schema = z.object({
  WEB_PORT: port(3000),
  ADMIN_PORT: port(3001),
  /** Public URLs of the apps, when they are not http://localhost:<port>. */
  WEB_URL: url,
  ADMIN_URL: url,
  /** The apps' secret: required with an external database, made locally otherwise. */
  BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The first admin's password, for `npm run admin:create` without a terminal. */
  ADMIN_PASSWORD: z.string().optional(),
  /** The browser the Playwright suite and the screenshots drive. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
});

export type ScriptsEnv = z.infer<typeof schema>;

/** The scripts' environment, validated (blank counts as unset); exits naming what is wrong. */
export function scriptsEnv(env: Record<string, string | undefined> = process.env): ScriptsEnv {
  const present = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key]?.trim() || undefined]),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  console.error(
    `The environment is not valid:\n${result.error.issues
      .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
      .join('\n')}`,
  );
  process.exit(1);
}
