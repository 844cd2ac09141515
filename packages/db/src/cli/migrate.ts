/** `pnpm db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { describeError, resolveDatabase } from '../node/database';
import { runMigrations } from '../node/migrate';

const database = await resolveDatabase();
try {
  const started = Date.now();
  await runMigrations(database.url);
  console.log(`Migrations applied (${database.mode} database) in ${Date.now() - started} ms.`);
} catch (error) {
  console.error(`Migration failed: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
