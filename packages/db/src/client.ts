import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export interface CreateDbOptions {
  /** Pool size; each app instance keeps at most this many connections. */
  max?: number;
}

export function createDb(url: string, { max = 10 }: CreateDbOptions = {}) {
  const client = postgres(url, {
    max,
    onnotice: () => {},
  });
  return drizzle({ client, schema });
}

export type Database = ReturnType<typeof createDb>;

/** Closes the pool behind a database handle (scripts and tests; apps keep theirs for life). */
export async function closeDb(db: Database): Promise<void> {
  await db.$client.end({ timeout: 5 });
}
