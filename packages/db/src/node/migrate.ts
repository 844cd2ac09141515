import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { closeDb, createDb } from '../client';
import { migrationsFolder } from './paths';
import { applySqlFiles } from './sql-files';

/**
 * Brings a database up to date (idempotent): the committed migrations in packages/db/migrations
 * (tables), then the functions and triggers in packages/db/sql that changed since they were
 * last applied.
 */
export async function runMigrations(url: string): Promise<void> {
  const db = createDb(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await closeDb(db);
  }
  await applySqlFiles(url);
}
