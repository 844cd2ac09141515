/**
 * `pnpm db:seed`: migrate, sync the course from packages/content, and (local mode only) create
 * the demo users. Safe to run again; safe to run while `npm start` is serving.
 */
import { describeError } from '@alliance/db/node';
import { prepareDatabase } from './prepare-database';

try {
  const db = await prepareDatabase();
  for (const user of db.demoUsers)
    console.log(`Demo ${user.role}: ${user.email} / ${user.password}`);
  if (db.mode === 'external')
    console.log(
      'External database: no demo users. Create the first admin with `pnpm admin:create`.',
    );
  await db.stop();
} catch (error) {
  console.error(`Seeding failed: ${describeError(error)}`);
  process.exitCode = 1;
}
