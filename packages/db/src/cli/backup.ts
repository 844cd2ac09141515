/**
 * `pnpm db:backup [file]`: the whole database (DATABASE_URL, else the embedded one) to one gzip
 * file, `backups/alliance-<time>.aabackup.gz` unless a path is given.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupDatabase } from '../node/backup';
import { describeError, resolveDatabase } from '../node/database';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = resolve(process.argv[2] ?? `backups/alliance-${stamp}.aabackup.gz`);
const database = await resolveDatabase();
try {
  mkdirSync(dirname(file), { recursive: true });
  const started = Date.now();
  const summary = await backupDatabase(database.url, file);
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backed up ${summary.tables.length} tables, ${rows.toLocaleString('en')} rows (migration ${summary.migrations}) in ${Date.now() - started} ms`,
  );
  console.log(`  ${file} (${(statSync(file).size / 1024).toFixed(0)} kB)`);
  console.log(`Restore it with: pnpm db:restore ${file}`);
} catch (error) {
  console.error(`Backup failed: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
