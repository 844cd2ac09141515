/**
 * Dashboards at 10,000 learners: seeds the synthetic cohort (`seedLargeCohort`: 10,000 learners,
 * 200,000 attempts over 90 days) into a fresh database, then times each dashboard query and the
 * streamed gradebook export on it, interleaved round by round.
 * Usage: pnpm bench:dashboards [rounds]   (DATABASE_URL, else the embedded test cluster)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { gradebookCsv, quizItemAnalysis, rebuildQuizGrades } from '@alliance/api';
import { bankRecords, course } from '@alliance/content';
import {
  closeDb,
  cohortActivity,
  cohortFunnel,
  cohortGradebook,
  cohortMastery,
  cohortQuizScores,
  cohortStanding,
  createDb,
} from '@alliance/db';
import { seedLargeCohort, syncBank, syncCourse } from '@alliance/db/node';
import { sql } from 'drizzle-orm';
import { benchDatabase } from '../src/database';
import { machine, type Summary, summarize } from '../src/stats';

const rounds = Number(process.argv[2] ?? 30);
const LEARNERS = 10_000;
const ATTEMPTS = 200_000;
const name = 'aa_bench_dashboards';
const { url, label, dispose } = await benchDatabase(name);
const db = createDb(url, { max: 4 });

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The gradebook as the route streams it, written to a sink that only counts bytes. */
async function exportGradebook() {
  const book = await cohortGradebook(db, { cohortId: 'large', courseId: course.slug });
  let bytes = 0;
  await pipeline(
    gradebookCsv(book),
    new Writable({
      write(chunk, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  return { rows: book.learners.length, bytes };
}

let seeded: Awaited<ReturnType<typeof seedLargeCohort>> | null = null;
let seedSeconds = 0;
const samples: Record<string, number[]> = {
  'cohort overview: completion funnel': [],
  'cohort overview: quiz score bands': [],
  'cohort overview: activity by day': [],
  'at-risk list (standing of every learner)': [],
  'cohort overview: mastery heat map': [],
  'item analysis of one quiz (most answered)': [],
  'gradebook CSV, 10,000 rows, streamed': [],
};
let exported = { rows: 0, bytes: 0 };
try {
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  const start = performance.now();
  seeded = await seedLargeCohort(db, {
    learners: LEARNERS,
    attempts: ATTEMPTS,
    rebuildGrades: rebuildQuizGrades,
  });
  seedSeconds = (performance.now() - start) / 1000;
  const cohortId = 'large';
  const [busiest] = await db.execute<{ quiz_id: string }>(
    sql`select quiz_id from attempts group by quiz_id order by count(*) desc limit 1`,
  );
  const quizId = busiest?.quiz_id ?? '';
  for (let i = 0; i < rounds; i++) {
    samples['cohort overview: completion funnel']?.push(
      await timed(() => cohortFunnel(db, { cohortId, courseId: course.slug })),
    );
    samples['cohort overview: quiz score bands']?.push(
      await timed(() => cohortQuizScores(db, { cohortId })),
    );
    samples['cohort overview: activity by day']?.push(
      await timed(() => cohortActivity(db, { cohortId })),
    );
    samples['at-risk list (standing of every learner)']?.push(
      await timed(() => cohortStanding(db, { cohortId })),
    );
    samples['cohort overview: mastery heat map']?.push(
      await timed(() => cohortMastery(db, { cohortId })),
    );
    samples['item analysis of one quiz (most answered)']?.push(
      await timed(() => quizItemAnalysis(db, { quizId })),
    );
    if (i < 5)
      samples['gradebook CSV, 10,000 rows, streamed']?.push(
        await timed(async () => {
          exported = await exportGradebook();
        }),
      );
  }
} finally {
  await closeDb(db);
  await dispose();
}

const rows: Array<[string, Summary]> = Object.entries(samples).map(([k, v]) => [k, summarize(v)]);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const lines = [
  '# Dashboards at 10,000 learners',
  '',
  `${machine()} · PostgreSQL ${label} · ${new Date().toISOString().slice(0, 10)}`,
  '',
  `Seed (\`seedLargeCohort\`): ${LEARNERS.toLocaleString('en')} learners, ${ATTEMPTS.toLocaleString('en')} attempts in ${seedSeconds.toFixed(1)} s (goal < 120 s).`,
  seeded
    ? `Steps (ms): ${Object.entries(seeded.timings)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`
    : '',
  '',
  '| query | runs | p50 | p95 | min |',
  '|---|---:|---:|---:|---:|',
  ...rows.map(
    ([k, s]) =>
      `| ${k} | ${samples[k]?.length ?? 0} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.min)} |`,
  ),
  '',
  `Gradebook export: ${exported.rows.toLocaleString('en')} rows, ${(exported.bytes / 1024).toFixed(0)} kB of CSV.`,
  '',
  'Goals: p95 ≤ 50 ms for the cohort overview, the at-risk list and the item analysis of one quiz; the 10,000-row gradebook in under 2 s.',
];
const out = lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
console.log(out);
writeFileSync(join(import.meta.dirname, '..', 'results', 'dashboards.md'), `${out}\n`);
