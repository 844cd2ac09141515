import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { quoteIdent, resolveDatabase, withDatabase } from '../node/database';
import { runMigrations } from '../node/migrate';
import { migrationsFolder } from '../node/paths';

/** Name of the template for the current migrations: a new schema gets a new template. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
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
  } finally {
    await sql`select pg_advisory_unlock(hashtext('alliance-test-template'))`.catch(() => {});
    await sql.end({ timeout: 2 });
  }
  return { adminUrl: server.adminUrl, template, stop: server.stop };
}
