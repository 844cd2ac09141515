/**
 * `pnpm db:restore <file> [--into <database>]`: loads a backup into the configured database
 * (which must hold no data yet), or, with --into, into a new database of that name on the same
 * server, created for it.
 */
import { resolve } from 'node:path';
import { readBackupSummary, restoreDatabase } from '../node/backup';
import { describeError, ensureDatabase, resolveDatabase, withDatabase } from '../node/database';

const args = process.argv.slice(2);
const intoAt = args.indexOf('--into');
const into = intoAt >= 0 ? args[intoAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && !(intoAt >= 0 && i === intoAt + 1));
if (!file || (intoAt >= 0 && !into)) {
  console.error('Usage: pnpm db:restore <backup file> [--into <new database name>]');
  process.exit(2);
}
if (into && !/^[a-z_][a-z0-9_]{0,62}$/.test(into)) {
  console.error(`--into: "${into}" is not a plain database name (a-z, 0-9, _).`);
  process.exit(2);
}

const database = await resolveDatabase();
try {
  const summary = await readBackupSummary(resolve(file));
  const url = into ? withDatabase(database.adminUrl, into) : database.url;
  if (into) await ensureDatabase(database.adminUrl, into);
  const started = Date.now();
  await restoreDatabase(url, resolve(file));
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${rows.toLocaleString('en')} rows from ${summary.createdAt} into ${into ?? 'the configured database'} in ${Date.now() - started} ms.`,
  );
  if (into) console.log(`Use it with DATABASE_URL=${url.replace(/:[^:@/]*@/, ':***@')}`);
} catch (error) {
  console.error(`Restore failed: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
