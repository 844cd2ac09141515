import { join } from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from './embedded';
import { scriptEnv } from './env';
import { dataDir } from './paths';

export type DatabaseMode = 'external' | 'embedded';

export interface ResolvedDatabase {
  /** URL of the application database. */
  url: string;
  /** URL of a maintenance database on the same server (for CREATE/DROP DATABASE). */
  adminUrl: string;
  mode: DatabaseMode;
  /** Stops the embedded server if this process owns it; a no-op for an external one. */
  stop(): Promise<void>;
}

export const APP_DATABASE = 'alliance';

/** Default ports: one cluster for the running apps, another for tests, so both can run at once. */
const CLUSTERS = {
  app: { folder: 'postgres', port: 54_329 },
  test: { folder: 'postgres-test', port: 54_339 },
} as const;

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL under .data/, started (or reused)
 * on demand, with the application database created if missing.
 */
export async function resolveDatabase(
  cluster: keyof typeof CLUSTERS = 'app',
  { onLog }: { onLog?: (line: string) => void } = {},
): Promise<ResolvedDatabase> {
  const env = scriptEnv();
  const external = env.DATABASE_URL;
  if (external) {
    const adminUrl = withDatabase(external, 'postgres');
    return { url: external, adminUrl, mode: 'external', stop: async () => {} };
  }
  const { folder, port: defaultPort } = CLUSTERS[cluster];
  const port = env.AA_PG_PORT ?? defaultPort;
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir(), folder), port, onLog });
  try {
    await ensureDatabase(server.adminUrl, APP_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: withDatabase(server.adminUrl, APP_DATABASE),
    adminUrl: server.adminUrl,
    mode: 'embedded',
    stop: () => server.stop(),
  };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as one from pg_database where datname = ${name}`;
    if (!row) {
      await sql.unsafe(`create database ${quoteIdent(name)}`).catch((error: { code?: string }) => {
        // 42P04: created by a concurrent process between our check and our create.
        if (error.code !== '42P04') throw error;
      });
    }
  } finally {
    await sql.end({ timeout: 2 });
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A one-line reason for a failure, following `cause` (drizzle wraps the driver's error, whose
 * message — "database "x" does not exist", "password authentication failed" — is the useful one).
 */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    const firstLine = message.split('\n')[0]?.trim();
    if (firstLine && !parts.includes(firstLine)) parts.push(firstLine);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.reverse().join(' (while: ') + ')'.repeat(Math.max(0, parts.length - 1));
}
