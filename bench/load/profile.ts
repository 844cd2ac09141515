/**
 * What one learner request costs, stage by stage, in-process (no HTTP, no Next): the session
 * lookup (better-auth's getSession from the cookie), and the save and the submit procedures
 * (reading the attempt, rebuilding the paper, scoring, writing with every trigger), each run
 * alone many times, interleaved. Writes results/load-profile.md.
 *
 * Usage: pnpm bench:profile [rounds]   (DATABASE_URL, else the embedded test cluster)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaller } from '@alliance/api';
import { createAuth } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import { closeDb, createDb, schema } from '@alliance/db';
import {
  quoteIdent,
  resolveDatabase,
  runMigrations,
  syncBank,
  syncCourse,
  withDatabase,
  workspaceRoot,
} from '@alliance/db/node';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { machine, summarize } from '../src/stats';

const rounds = Number(process.argv[2] ?? 200);
const name = 'aa_bench_profile';
const server = await resolveDatabase('test');
const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
await admin.unsafe(`create database ${quoteIdent(name)}`);
const url = withDatabase(server.adminUrl, name);
await runMigrations(url);
const db = createDb(url, { max: 4 });
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
          responses: entry && option ? { [entry.slot]: { response: { choice: option } } } : {},
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
  const lines = Object.entries(samples).map(([stage, values]) => {
    const s = summarize(values.slice(Math.min(5, values.length - 1)));
    return `| ${stage} | ${s.median.toFixed(2)} ms | ${s.p95.toFixed(2)} ms |`;
  });
  const report = [
    '# What a learner request costs, in-process',
    '',
    `${machine()} · PostgreSQL ${server.mode === 'embedded' ? 'embedded (test cluster)' : 'from DATABASE_URL'} · ${rounds} rounds (the first 5 of each left out) · ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Command: \`pnpm bench:profile ${rounds}\` (in \`bench/\`).`,
    '',
    '| stage | median | p95 |',
    '|---|---:|---:|',
    ...lines,
    '',
  ].join('\n');
  writeFileSync(join(workspaceRoot(), 'bench/results/load-profile.md'), report);
  console.log(report);
} finally {
  await closeDb(db);
  await admin.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`).catch(() => {});
  await admin.end({ timeout: 2 });
  await server.stop();
}
