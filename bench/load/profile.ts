/**
 * What one learner request costs, stage by stage, in-process (no HTTP, no Next): the session
 * lookup (better-auth's getSession from the cookie), and the save and the submit procedures
 * (reading the attempt, rebuilding the paper, scoring, writing with every trigger), each run
 * alone many times, interleaved. Then submissions to one quiz at once, 1 and 16 at a time: how
 * many a second, what share of the busy backends were waiting for a lock (sampled from
 * pg_stat_activity), and the CPU each took in Node and in PostgreSQL. Writes
 * results/load-profile.md.
 *
 * Usage: pnpm bench:profile [rounds]   (DATABASE_URL, else the embedded test cluster)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaller } from '@alliance/api';
import { createAuth } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import { closeDb, createDb, schema } from '@alliance/db';
import { syncBank, syncCourse, workspaceRoot } from '@alliance/db/node';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { processesCpuMs } from '../src/cpu';
import { benchDatabase } from '../src/database';
import { machine, summarize } from '../src/stats';

const rounds = Number(process.argv[2] ?? 200);
const name = 'aa_bench_profile';
const { server, url, label, dispose } = await benchDatabase(name);
const db = createDb(url, { max: 4 });
// The concurrent runs' pool: room for 16 workers' transactions at once.
const wide = createDb(url, { max: 20 });
const BASE = 'http://localhost:3200';
const auth = createAuth({ db, secret: 'x'.repeat(40), baseURL: BASE, trustedOrigins: [BASE] });

const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};

try {
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  const [quiz] = await db
    .select({ id: schema.quizzes.id })
    .from(schema.quizzes)
    .where(eq(schema.quizzes.kind, 'practice'))
    .limit(1);
  const samples: Record<string, number[]> = {
    'session lookup (getSession)': [],
    'attempt.start': [],
    'attempt.save (one answer)': [],
    'attempt.submit (score, write, rollups, events, mastery)': [],
    'attempt.submit, rollup and event triggers off': [],
  };
  const triggers = (state: 'enable' | 'disable') =>
    Promise.all(
      ['attempts', 'attempt_items', 'lesson_progress', 'objective_mastery'].map((table) =>
        db.execute(sql.raw(`alter table ${table} ${state} trigger user`)),
      ),
    );
  for (let i = 0; i < rounds; i++) {
    const signUp = await auth.api.signUpEmail({
      body: { email: `p-${i}@bench.test`, name: 'P', password: 'profile-password' },
      asResponse: true,
    });
    const cookie = signUp.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const userId = ((await signUp.json()) as { user: { id: string } }).user.id;
    const headers = new Headers({ cookie });
    samples['session lookup (getSession)']?.push(
      await timed(() => auth.api.getSession({ headers })),
    );
    const api = createCaller({
      db,
      user: { id: userId, name: 'P', email: 'p@b', role: 'learner' },
    });
    let started: Awaited<ReturnType<typeof api.attempt.start>> | undefined;
    samples['attempt.start']?.push(
      await timed(async () => {
        started = await api.attempt.start({ quizId: quiz?.id ?? '' });
      }),
    );
    if (!started) throw new Error('no attempt');
    const entry = started.presentation.sections
      .flatMap((s) => s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)))
      .find((e) => e.item.type === 'choice');
    const option = entry && 'options' in entry.item ? entry.item.options[0]?.id : undefined;
    const attemptId = started.attemptId;
    const sequence = started.sequence + 1;
    samples['attempt.save (one answer)']?.push(
      await timed(() =>
        api.attempt.save({
          attemptId,
          sequence,
          responses:
            entry && option
              ? { [entry.slot]: { response: { choice: option }, base: sequence - 1 } }
              : {},
        }),
      ),
    );
    // Every other round with the triggers off: what the rollups and events cost a submission.
    const bare = i % 2 === 1;
    if (bare) await triggers('disable');
    samples[
      bare
        ? 'attempt.submit, rollup and event triggers off'
        : 'attempt.submit (score, write, rollups, events, mastery)'
    ]?.push(await timed(() => api.attempt.submit({ attemptId })));
    if (bare) await triggers('enable');
  }
  // Concurrent submissions to one quiz: learners made directly (no password hashing), an attempt
  // each with one answer saved, then submitted by 1 and by 16 workers at a time.
  const PER_RUN = 200;
  const learners = Array.from({ length: PER_RUN * 2 }, (_, i) => ({
    id: `u-conc-${i}`,
    name: `Concurrent ${i}`,
    email: `conc-${i}@bench.test`,
    role: 'learner' as const,
  }));
  await db.insert(schema.user).values(learners);
  const pending: Array<{ submit: () => Promise<unknown> }> = [];
  for (const learner of learners) {
    const api = createCaller({ db: wide, user: learner });
    const started = await api.attempt.start({ quizId: quiz?.id ?? '' });
    pending.push({ submit: () => api.attempt.submit({ attemptId: started.attemptId }) });
  }
  const probe = postgres(url, { max: 1, onnotice: () => {} });
  const concurrency: string[] = [];
  for (const workers of [1, 16]) {
    const batch = pending.splice(0, PER_RUN);
    let sampled = 0;
    let waiting = 0;
    let done = false;
    const sampler = (async () => {
      while (!done) {
        const rows = await probe<{ wait: string | null }[]>`
          select wait_event_type as wait from pg_stat_activity
          where datname = ${name} and state = 'active' and pid <> pg_backend_pid()`;
        sampled += rows.length;
        waiting += rows.filter((r) => r.wait === 'Lock').length;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const pgBefore = server.mode === 'embedded' ? processesCpuMs('postgres') : null;
    const nodeBefore = process.cpuUsage();
    const start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < batch.length) await batch[next++]?.submit();
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    done = true;
    await sampler;
    const node = process.cpuUsage(nodeBefore);
    const pgAfter = server.mode === 'embedded' ? processesCpuMs('postgres') : null;
    const perSubmit = (ms: number) => `${(ms / batch.length).toFixed(2)} ms`;
    concurrency.push(
      `| ${workers} | ${(batch.length / seconds).toFixed(0)} | ${sampled ? ((100 * waiting) / sampled).toFixed(0) : '–'} % of ${sampled} | ${perSubmit((node.user + node.system) / 1000)} | ${pgBefore !== null && pgAfter !== null ? perSubmit(pgAfter - pgBefore) : '(server not local)'} |`,
    );
  }
  await probe.end({ timeout: 2 });

  const lines = Object.entries(samples).map(([stage, values]) => {
    const s = summarize(values.slice(Math.min(5, values.length - 1)));
    return `| ${stage} | ${s.median.toFixed(2)} ms | ${s.p95.toFixed(2)} ms |`;
  });
  const report = [
    '# What a learner request costs, in-process',
    '',
    `${machine()} · PostgreSQL ${label} · ${rounds} rounds (the first 5 of each left out) · ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Command: \`pnpm bench:profile ${rounds}\` (in \`bench/\`).`,
    '',
    '| stage | median | p95 |',
    '|---|---:|---:|',
    ...lines,
    '',
    `Submissions to one quiz, ${PER_RUN} a run, by 1 and by 16 workers at once (one process, a pool of 20; CPU per submission from process.cpuUsage() and /proc for the server's processes, the sampler's own queries included):`,
    '',
    '| workers | submits/s | busy backends waiting on a lock | Node CPU per submit | PostgreSQL CPU per submit |',
    '|---:|---:|---:|---:|---:|',
    ...concurrency,
    '',
  ].join('\n');
  writeFileSync(join(workspaceRoot(), 'bench/results/load-profile.md'), report);
  console.log(report);
} finally {
  await closeDb(db);
  await closeDb(wide);
  await dispose();
}
