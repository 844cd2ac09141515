import { z } from 'zod';

/**
 * The environment the database scripts read (`npm start`, the tests, backups, the seeds): all
 * optional, each checked here and only here, so a typo fails with its name instead of starting
 * the wrong server.
 */
const scriptEnvSchema = z.object({
  /** An external PostgreSQL to use instead of the embedded one. */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(
          /^postgres(ql)?:\/\/.+/,
          'must be a PostgreSQL URL like postgres://user@host:5432/db',
        )
        .optional(),
    )
    .optional(),
  /** The embedded PostgreSQL's port, instead of its cluster's default. */
  AA_PG_PORT: z.coerce
    .number({ error: 'must be a port number (1–65535)' })
    .int('must be a port number (1–65535)')
    .min(1, 'must be a port number (1–65535)')
    .max(65_535, 'must be a port number (1–65535)')
    .optional(),
  /** Where local state lives (the embedded clusters, the local auth secret); default .data/. */
  AA_DATA_DIR: z.string().trim().min(1).optional(),
});

export type ScriptEnv = z.infer<typeof scriptEnvSchema>;

/** The scripts' environment, validated; throws naming each variable that is wrong. */
export function scriptEnv(env: Record<string, string | undefined> = process.env): ScriptEnv {
  const result = scriptEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL,
    AA_PG_PORT: env.AA_PG_PORT?.trim() || undefined,
    AA_DATA_DIR: env.AA_DATA_DIR?.trim() || undefined,
  });
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
}
