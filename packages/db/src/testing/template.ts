import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { quoteIdent, resolveDatabase, withDatabase } from '../node/database';
import { runMigrations } from '../node/migrate';
import { migrationsFolder } from '../node/paths';
import { sqlFilesHash } from '../node/sql-files';

/** Name of the template for the current migrations and SQL files: a change gets a new template. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  hash.update(sqlFilesHash());
  return `aa_template_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * Makes sure the migrated template exists on the test server. Safe to call from several
 * processes at once: creation is serialised with an advisory lock and published by rename.
 */
export async function prepareTemplate() {
  const server = await resolveDatabase('test');
  const template = templateName();
  const sql = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(hashtext('alliance-test-template'))`;
    const [exists] = await sql`select 1 from pg_database where datname = ${template}`;
    if (!exists) {
      const building = `${template}_building`;
      await sql.unsafe(`drop database if exists ${quoteIdent(building)}`);
      await sql.unsafe(`create database ${quoteIdent(building)}`);
      await runMigrations(withDatabase(server.adminUrl, building));
      await sql.unsafe(`alter database ${quoteIdent(building)} rename to ${quoteIdent(template)}`);
      // Older templates belong to migrations that no longer exist.
      const stale = await sql<{ datname: string }[]>`
        select datname from pg_database
        where datname like 'aa\\_template\\_%' and datname <> ${template}
          and datname not like '%\\_building'`;
      for (const { datname } of stale) {
        await sql.unsafe(`drop database if exists ${quoteIdent(datname)}`).catch(() => {});
      }
    }
    // Test databases of runs that never tore down (killed, crashed) over a day ago.
    await dropStaleTestDatabases(sql);
  } finally {
    await sql`select pg_advisory_unlock(hashtext('alliance-test-template'))`.catch(() => {});
    await sql.end({ timeout: 2 });
  }
  return { adminUrl: server.adminUrl, template, stop: server.stop };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `aa_test_<time in base 36>_…`: the run's start, or null for any other name. */
export function testDatabaseTime(name: string): number | null {
  const match = /^aa_test_([0-9a-z]+)_/.exec(name);
  const time = match?.[1] ? Number.parseInt(match[1], 36) : Number.NaN;
  return Number.isFinite(time) ? time : null;
}

async function dropStaleTestDatabases(sql: postgres.Sql) {
  const rows = await sql<{ datname: string }[]>`
    select datname from pg_database where datname like 'aa\\_test\\_%'`;
  for (const { datname } of rows) {
    const time = testDatabaseTime(datname);
    if (time !== null && Date.now() - time > DAY_MS)
      await sql
        .unsafe(`drop database if exists ${quoteIdent(datname)} with (force)`)
        .catch(() => {});
  }
}

/** Drops the databases one test run cloned (named `aa_test_<run>_…`). */
export async function dropRunDatabases(adminUrl: string, run: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where starts_with(datname, ${`aa_test_${run}_`})`;
    for (const { datname } of rows)
      await sql.unsafe(`drop database if exists ${quoteIdent(datname)} with (force)`);
  } finally {
    await sql.end({ timeout: 2 });
  }
}
