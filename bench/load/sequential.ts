/**
 * The autosave and the submission, one after another, in-process: how many a second and the
 * Node CPU each takes, for comparing two checkouts of the product (run it in each, one right
 * after the other, and compare the ratios; the machine is noisy). Each learner has an attempt at
 * a practice quiz; every save sends one answer, as the runner does (with the sequence its view
 * was based on); then each attempt is submitted. The first round warms the caches and is left
 * out. Prints one line a measure and writes results/load-sequential.md.
 *
 * Usage: pnpm bench:sequential [learners]   (DATABASE_URL, else the embedded test cluster)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaller } from '@alliance/api';
import { bankRecords, course } from '@alliance/content';
import { closeDb, createDb, schema } from '@alliance/db';
import { syncBank, syncCourse, workspaceRoot } from '@alliance/db/node';
import { benchDatabase } from '../src/database';
import { machine } from '../src/stats';

const count = Number(process.argv[2] ?? 300);
const warm = Math.min(50, Math.floor(count / 5));
const { url, label, dispose } = await benchDatabase('aa_bench_sequential');
const db = createDb(url, { max: 4 });

/** Runs each call in turn; calls per second and Node CPU per call over the measured ones. */
async function measure(calls: Array<() => Promise<unknown>>) {
  for (const call of calls.slice(0, warm)) await call();
  const rest = calls.slice(warm);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const call of rest) await call();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    perSecond: rest.length / seconds,
    cpuMs: (used.user + used.system) / 1000 / rest.length,
  };
}

try {
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  const learners = Array.from({ length: count }, (_, i) => ({
    id: `u-seq-${i}`,
    name: `Sequential ${i}`,
    email: `seq-${i}@bench.test`,
    role: 'learner' as const,
  }));
  await db.insert(schema.user).values(learners);
  const saves: Array<() => Promise<unknown>> = [];
  const submits: Array<() => Promise<unknown>> = [];
  for (const learner of learners) {
    const api = createCaller({ db, user: learner });
    const started = await api.attempt.start({ quizId: 'quiz-definition' });
    const entry = started.presentation.sections
      .flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)))
      .find((e) => e.item.type === 'choice');
    const options = entry && 'options' in entry.item ? entry.item.options : [];
    let sequence = started.sequence;
    for (let k = 0; k < 3; k++)
      saves.push(() => {
        sequence++;
        return api.attempt.save({
          attemptId: started.attemptId,
          sequence,
          responses: entry
            ? { [entry.slot]: { response: { choice: options[k % 2]?.id }, base: sequence - 1 } }
            : {},
        });
      });
    submits.push(() => api.attempt.submit({ attemptId: started.attemptId }));
  }
  // Saves in the order learners make them: each learner's three in turn across the class.
  const interleaved = [0, 1, 2].flatMap((k) => saves.filter((_, i) => i % 3 === k));
  const save = await measure(interleaved);
  const submit = await measure(submits);
  const report = [
    '# Saves and submissions one after another, in-process',
    '',
    `${machine()} · PostgreSQL ${label} · ${count} learners, the first ${warm} of each measure left out · ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Command: \`pnpm bench:sequential ${count}\` (in \`bench/\`).`,
    '',
    '| call | per second | Node CPU per call |',
    '|---|---:|---:|',
    `| attempt.save (one answer) | ${save.perSecond.toFixed(0)} | ${save.cpuMs.toFixed(2)} ms |`,
    `| attempt.submit | ${submit.perSecond.toFixed(0)} | ${submit.cpuMs.toFixed(2)} ms |`,
    '',
  ].join('\n');
  writeFileSync(join(workspaceRoot(), 'bench/results/load-sequential.md'), report);
  console.log(report);
} finally {
  await closeDb(db);
  await dispose();
}
