/**
 * `pnpm db:seed:large [learners] [attempts]`: a synthetic cohort ("large") of 10,000 learners with
 * lesson progress and 200,000 submitted attempts over 90 days, for the dashboards and their
 * benchmark. Runs on the same database as `npm start` (DATABASE_URL, else the embedded one);
 * running it again replaces the synthetic cohort and nothing else.
 */

import { rebuildQuizGrades } from '@alliance/api';
import { closeDb, createDb } from '@alliance/db';
import { describeError, seedLargeCohort } from '@alliance/db/node';
import { prepareDatabase } from './prepare-database';

const learners = Number(process.argv[2] ?? 10_000);
const attempts = Number(process.argv[3] ?? 200_000);
try {
  const prepared = await prepareDatabase();
  const db = createDb(prepared.url, { max: 1 });
  try {
    const started = performance.now();
    const result = await seedLargeCohort(db, {
      learners,
      attempts,
      rebuildGrades: rebuildQuizGrades,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Cohort "${result.cohortId}": ${learners} learners, ${attempts} attempts in ${seconds} s`,
    );
    for (const [step, ms] of Object.entries(result.timings)) console.log(`  ${step}: ${ms} ms`);
  } finally {
    await closeDb(db);
    await prepared.stop();
  }
} catch (error) {
  console.error(`Seeding the large cohort failed: ${describeError(error)}`);
  process.exitCode = 1;
}
