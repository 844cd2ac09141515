/**
 * Load on the learner app as browsers make it: `next start` (the production build) on a fresh
 * database, signed-in learners calling `attempt.start`, `attempt.save` and `attempt.submit` over
 * HTTP with their session cookie, in tRPC's HTTP format (one call per POST, as our client sends
 * them), driven by autocannon; pgbench's simple-update on the same PostgreSQL in the same run as
 * the yardstick. Writes results/load.md and prints it.
 *
 * Usage: pnpm bench:load [open-model seconds, default 300]   (after `pnpm build`; DATABASE_URL,
 * else the embedded test cluster; pgbench from PATH)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCaller } from '@alliance/api';
import { createAuth } from '@alliance/auth';
import { bankRecords, course } from '@alliance/content';
import { closeDb, createDb, schema } from '@alliance/db';
import { syncBank, syncCourse, withDatabase, workspaceRoot } from '@alliance/db/node';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { benchDatabase } from '../src/database';
import { machine } from '../src/stats';

const OPEN_SECONDS = Number(process.argv[2] ?? 300);
const PORT = 3200;
const BASE = `http://localhost:${PORT}`;
const SECRET = 'load-bench-secret-0123456789-abcdefghij';
const root = workspaceRoot();
const name = 'aa_bench_load';
const { server, url, label: serverLabel, dispose } = await benchDatabase(name);
const db = createDb(url, { max: 8 });
const auth = createAuth({ db, secret: SECRET, baseURL: BASE, trustedOrigins: [BASE] });

/** Learners: a session cookie each (signed in in-process: the sign-in rate limit is per IP). */
async function makeLearners(count: number) {
  const out: Array<{ id: string; cookie: string }> = [];
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, count - i) }, async (_, k) => {
        const email = `load-${i + k}@bench.test`;
        const response = await auth.api.signUpEmail({
          body: { email, name: `Learner ${i + k}`, password: 'load-bench-password' },
          asResponse: true,
        });
        const body = (await response.json()) as { user: { id: string } };
        return {
          id: body.user.id,
          cookie: response.headers.getSetCookie()[0]?.split(';')[0] ?? '',
        };
      }),
    );
    out.push(...batch);
  }
  return out;
}

interface OpenAttempt {
  attemptId: string;
  cookie: string;
  sequence: number;
  responses: Record<string, { response: unknown }>;
}

/** Starts every learner's attempt at every quiz, in-process, with one answer to save. */
async function startAttempts(learners: Array<{ id: string; cookie: string }>, quizIds: string[]) {
  const attempts: OpenAttempt[] = [];
  for (const learner of learners) {
    const api = createCaller({
      db,
      user: { id: learner.id, name: 'L', email: 'l@bench.test', role: 'learner' },
    });
    for (const quizId of quizIds) {
      const started = await api.attempt.start({ quizId });
      const entries = started.presentation.sections.flatMap((s) =>
        s.entries.flatMap((e) => (e.kind === 'item' ? [e] : e.items)),
      );
      const choice = entries.find((e) => e.item.type === 'choice');
      const option =
        choice && 'options' in choice.item ? (choice.item.options[0]?.id ?? null) : null;
      attempts.push({
        attemptId: started.attemptId,
        cookie: learner.cookie,
        sequence: started.sequence,
        responses: choice && option ? { [choice.slot]: { response: { choice: option } } } : {},
      });
    }
  }
  return attempts;
}

const post = (path: string, cookie: string, input: unknown) => ({
  method: 'POST' as const,
  path: `/api/trpc/${path}`,
  headers: { 'content-type': 'application/json', cookie, origin: BASE },
  body: JSON.stringify({ json: input }),
});

type Result = autocannon.Result;
const run = (options: autocannon.Options) =>
  new Promise<Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

/** pgbench simple-update tps on the same server (its own database, scale 10, 8 clients). */
function pgbench(seconds: number): number {
  const target = new URL(withDatabase(server.adminUrl, 'aa_bench_pgbench'));
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(target.password) };
  const args = ['-h', target.hostname, '-p', target.port || '5432', '-U', target.username];
  const out = execFileSync(
    'pgbench',
    [
      ...args,
      '-n',
      '-b',
      'simple-update',
      '-c',
      '8',
      '-j',
      '2',
      '-T',
      String(seconds),
      'aa_bench_pgbench',
    ],
    { env, encoding: 'utf8' },
  );
  const tps = out.match(/tps = ([\d.]+)/);
  if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
  return Number(tps[1]);
}

function pgbenchInit() {
  const target = new URL(server.adminUrl);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(target.password) };
  const args = ['-h', target.hostname, '-p', target.port || '5432', '-U', target.username];
  execFileSync('dropdb', [...args, '--if-exists', 'aa_bench_pgbench'], { env });
  execFileSync('createdb', [...args, 'aa_bench_pgbench'], { env });
  execFileSync('pgbench', [...args, '-i', '-q', '-s', '10', 'aa_bench_pgbench'], {
    env,
    stdio: 'ignore',
  });
}

/**
 * An open-model driver: requests arrive as a Poisson process at `ratePerSecond` for `seconds`,
 * each sent at its scheduled time whether or not earlier ones have answered, and its latency
 * counted from that time (so a slow server cannot hide its queue: no coordinated omission).
 */
async function openModel({
  ratePerSecond,
  seconds,
  limit = Number.POSITIVE_INFINITY,
  next,
}: {
  ratePerSecond: number;
  seconds: number;
  /** At most this many requests (a class has so many learners). */
  limit?: number;
  next: (i: number) => ReturnType<typeof post>;
}) {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const inflight: Promise<void>[] = [];
  const start = performance.now();
  let due = start;
  for (let i = 0; due - start < seconds * 1000 && i < limit; i++) {
    due += -Math.log(1 - Math.random()) * (1000 / ratePerSecond);
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const scheduled = due;
    const request = next(i);
    inflight.push(
      fetch(`${BASE}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      })
        .then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - scheduled);
          if (response.ok) ok++;
          else failed++;
        })
        .catch(() => {
          failed++;
        }),
    );
  }
  await Promise.all(inflight);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return { ok, failed, p50: at(0.5), p99: at(0.99) };
}

const ms = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(1)} ms`;
const ok = (r: Result) => r['2xx'];
const failures = (r: Result) => r.non2xx + r.errors + r.timeouts;
const rows: string[] = [];
let app: ChildProcess | null = null;

try {
  await syncCourse(db, course);
  await syncBank(db, bankRecords());
  const quizIds = (
    await db
      .select({ id: schema.quizzes.id })
      .from(schema.quizzes)
      .where(eq(schema.quizzes.kind, 'practice'))
  ).map((q) => q.id);
  const started = performance.now();
  const learners = await makeLearners(760);
  // 8 practice quizzes a learner: 500 learners' 4,000 attempts for saves and submits, and twice
  // 130 learners who start nothing yet, for the two bursts of starts.
  const attempts = await startAttempts(learners.slice(0, 500), quizIds);
  const burstPairs = learners
    .slice(500, 630)
    .flatMap((l) => quizIds.map((quizId) => ({ cookie: l.cookie, quizId })))
    .slice(0, 1000);
  const setupSeconds = (performance.now() - started) / 1000;
  pgbenchInit();

  app = spawn(join(root, 'apps/web/node_modules/.bin/next'), ['start', '-p', String(PORT)], {
    cwd: join(root, 'apps/web'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: SECRET,
      WEB_URL: BASE,
      ADMIN_URL: 'http://localhost:3201',
    },
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    const up = await fetch(`${BASE}/api/trpc/users.me`).catch(() => null);
    if (up?.ok) break;
    if (i > 120) throw new Error('next start did not come up in 60 s (did you run pnpm build?)');
    await new Promise((r) => setTimeout(r, 500));
  }
  // Warm up: the first requests compile nothing (production build) but fill caches and pools.
  await run({
    url: BASE,
    connections: 4,
    amount: 200,
    requests: [post('users.me', attempts[0]?.cookie ?? '', undefined)],
  });

  // 0. The floor: the same HTTP path doing no work (anonymous users.me), then with a session
  // lookup (signed-in users.me), both as fast as the server answers.
  const anonymous = await run({
    url: BASE,
    connections: 16,
    duration: 10,
    requests: [{ method: 'GET', path: '/api/trpc/users.me' }],
  });
  const signedIn = await run({
    url: BASE,
    connections: 16,
    duration: 10,
    requests: [
      { method: 'GET', path: '/api/trpc/users.me', headers: { cookie: attempts[0]?.cookie ?? '' } },
    ],
  });
  for (const [label, r] of [
    ['floor: `users.me` anonymous (Next + tRPC, no database)', anonymous],
    ['floor: `users.me` signed in (+ session lookup)', signedIn],
  ] as const)
    rows.push(
      `| ${label}, 16 connections | ${(ok(r) / (r.duration || 1)).toFixed(0)} req/s | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | |`,
    );

  // 1. Burst: a class of 1,000 starting an exam within 10 s.
  let burstAt = 0;
  const burst = await run({
    url: BASE,
    connections: 100,
    overallRate: 100,
    // Each second's 100 starts go out at once, as a class clicking "Start" does; latencies are
    // what each request took (autocannon's coordinated-omission fill assumes a 1 ms schedule).
    ignoreCoordinatedOmission: true,
    amount: burstPairs.length,
    requests: [
      {
        ...post('attempt.start', '', {}),
        setupRequest: (request) => {
          const pair = burstPairs[burstAt++ % burstPairs.length];
          return {
            ...request,
            ...post('attempt.start', pair?.cookie ?? '', { quizId: pair?.quizId }),
          };
        },
      },
    ],
  });
  rows.push(
    `| burst, harshest: each second's 100 \`attempt.start\` sent at once (autocannon), 10 s | ${ok(burst)} ok, ${failures(burst)} failed | ${ms(burst.latency.p50)} | ${ms(burst.latency.p99)} | |`,
  );
  // The same class arriving at random within the 10 s (Poisson, 100 a second).
  const burstPairsPoisson = learners
    .slice(630)
    .flatMap((l) => quizIds.map((quizId) => ({ cookie: l.cookie, quizId })))
    .slice(0, 1000);
  const spread = await openModel({
    ratePerSecond: 100,
    seconds: 12,
    limit: burstPairsPoisson.length,
    next: (i) => {
      const pair = burstPairsPoisson[i];
      return post('attempt.start', pair?.cookie ?? '', { quizId: pair?.quizId });
    },
  });
  rows.push(
    `| burst: 1,000 \`attempt.start\` arriving at random within 10 s | ${spread.ok} ok, ${spread.failed} failed | ${ms(spread.p50)} | ${ms(spread.p99)} | p99 ≤ 200 ms, 0 errors |`,
  );

  // 2. Saturation: as many submits as the server takes (each on its own attempt), between two
  // pgbench runs on the same server.
  const submitPool = attempts.splice(0, 1500);
  let submitAt = 0;
  const tpsBefore = pgbench(15);
  const saturation = await run({
    url: BASE,
    connections: 16,
    amount: submitPool.length,
    requests: [
      {
        ...post('attempt.submit', '', {}),
        setupRequest: (request) => {
          const a = submitPool[submitAt++];
          return {
            ...request,
            ...post('attempt.submit', a?.cookie ?? '', { attemptId: a?.attemptId }),
          };
        },
      },
    ],
  });
  const tpsAfter = pgbench(15);
  const submitsPerSecond = ok(saturation) / (saturation.duration || 1);
  const tps = (tpsBefore + tpsAfter) / 2;
  rows.push(
    `| saturation: \`attempt.submit\`, 16 connections | ${submitsPerSecond.toFixed(0)} submits/s (${ok(saturation)} ok, ${failures(saturation)} failed) | ${ms(saturation.latency.p50)} | ${ms(saturation.latency.p99)} | ≥ 50 % of pgbench |`,
    `| pgbench simple-update, 8 clients (before, after) | ${tpsBefore.toFixed(0)}, ${tpsAfter.toFixed(0)} tps | | | |`,
  );

  // 3. Open model: 2,000 learners, each saving every 30 s and submitting every 10 minutes:
  // 66.7 saves/s + 3.3 submits/s = 70 requests/s, arriving as a Poisson process whatever the
  // latency. (autocannon's rate mode sends each connection's quota at the top of every second,
  // which is a burst of 70 at once, not an open model, hence this driver.)
  const savePool = attempts.splice(0, 2000);
  const openSubmits = attempts;
  const open = await openModel({
    ratePerSecond: 70,
    seconds: OPEN_SECONDS,
    next: (i) => {
      if (i % 21 === 20 && openSubmits.length > 0) {
        const a = openSubmits.pop() as OpenAttempt;
        return post('attempt.submit', a.cookie, { attemptId: a.attemptId });
      }
      const a = savePool[i % savePool.length] as OpenAttempt;
      a.sequence += 1;
      // Each save is based on the one before it, as the runner's are.
      return post('attempt.save', a.cookie, {
        attemptId: a.attemptId,
        sequence: a.sequence,
        responses: Object.fromEntries(
          Object.entries(a.responses).map(([slot, answer]) => [
            slot,
            { ...answer, base: a.sequence - 1 },
          ]),
        ),
      });
    },
  });
  rows.push(
    `| open model: 2,000 learners, Poisson arrivals at 70 req/s for ${OPEN_SECONDS} s (saves, 1 in 21 a submit) | ${open.ok} ok, ${open.failed} failed, ${(open.ok / OPEN_SECONDS).toFixed(1)} req/s | ${ms(open.p50)} | ${ms(open.p99)} | p99 ≤ 30 ms, 0 errors |`,
  );

  const ratio = submitsPerSecond / tps;
  const report = [
    '# Load: the learner app under attempts',
    '',
    `${machine()} · next start (production build), one process · PostgreSQL ${serverLabel} · ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Command: \`pnpm bench:load ${OPEN_SECONDS}\` (in \`bench/\`, after \`pnpm build\`). Setup: 760 learners signed in, 4,000 attempts started, in ${setupSeconds.toFixed(0)} s.`,
    '',
    '| run | throughput | p50 | p99 | goal |',
    '|---|---|---:|---:|---|',
    ...rows,
    '',
    `Submits per second against pgbench's simple-update tps on the same server, side by side: **${(ratio * 100).toFixed(0)} %** (goal ≥ 50 %).`,
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench/results/load.md'), report);
  console.log(report);
} finally {
  app?.kill('SIGTERM');
  await closeDb(db);
  await dispose();
}
