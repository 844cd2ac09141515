import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { closeDb, createDb, type Database } from '../client';
import { quoteIdent, withDatabase } from '../node/database';
import './provided';

export interface TestDatabase {
  db: Database;
  url: string;
  name: string;
}

/**
 * A fresh, migrated database for the calling test file, cloned from the run's template
 * (≈50 ms) and dropped after the file's tests. Needs the global setup `@alliance/db/vitest-global-setup`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('testAdminUrl');
  const template = inject('testTemplate');
  const name = `aa_test_${inject('testRun')}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database ${quoteIdent(name)} template ${quoteIdent(template)}`);
        break;
      } catch (error) {
        // 55006: another session is briefly connected to the template; try again.
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.end({ timeout: 2 });
  }
  const url = withDatabase(adminUrl, name);
  const db = createDb(url, { max: 4 });
  afterAll(async () => {
    await closeDb(db);
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await sql.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
    await sql.end({ timeout: 2 });
  });
  return { db, url, name };
}
