import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { closeDb, createDb } from '../client';
import { migrationsFolder } from './paths';

/** Applies the committed migrations in packages/db/migrations (idempotent). */
export async function runMigrations(url: string): Promise<void> {
  const db = createDb(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await closeDb(db);
  }
}
