/**
 * Starts the whole product: database (embedded unless DATABASE_URL is set), migrations, course
 * and demo users, then web and admin. Ctrl-C stops everything, embedded PostgreSQL included.
 *
 *   tsx scripts/serve.ts          next start (after `turbo run build`) on :3000 and :3001
 *   tsx scripts/serve.ts --dev    next dev, same ports
 *   tsx scripts/serve.ts --e2e    a fresh test database, next start on :3100 and :3101
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseServerEnv } from '@alliance/auth';
import { describeError, workspaceRoot } from '@alliance/db/node';
import { startMailCatcher } from '@alliance/mail/catcher';
import { scriptsEnv } from './env';
import { type PreparedDatabase, prepareDatabase } from './prepare-database';

const mode = process.argv.includes('--dev')
  ? 'dev'
  : process.argv.includes('--e2e')
    ? 'e2e'
    : 'start';
const root = workspaceRoot();
const ports =
  mode === 'e2e'
    ? { web: 3100, admin: 3101 }
    : { web: scriptsEnv().WEB_PORT, admin: scriptsEnv().ADMIN_PORT };

const children: ChildProcess[] = [];
let database: PreparedDatabase | undefined;
let stopCatcher: (() => Promise<unknown>) | undefined;
let shuttingDown = false;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
        }),
    ),
  );
  await stopCatcher?.();
  await database?.stop();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (!shuttingDown) console.log(`\nStopping (${signal})…`);
    void shutdown(0);
  });
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  void shutdown(1);
  throw new Error(message);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function waitForHttp(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (shuttingDown) return;
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`${url} did not answer within ${timeoutMs / 1000} s.`);
}

function startApp(name: 'web' | 'admin', port: number, env: NodeJS.ProcessEnv) {
  const cwd = join(root, 'apps', name);
  const next = join(cwd, 'node_modules', '.bin', 'next');
  if (mode !== 'dev' && !existsSync(join(cwd, '.next', 'BUILD_ID'))) {
    fail(`apps/${name} is not built. Run \`pnpm build\` first (npm start does this for you).`);
  }
  // Each request carries its connection's peer address (the client IP's only trustworthy source).
  const peerAddress = join(root, 'tooling', 'next', 'peer-address.cjs');
  const child = spawn(next, [mode === 'dev' ? 'dev' : 'start', '--port', String(port)], {
    cwd,
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${peerAddress}`.trim() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) console.log(prefix + line);
    });
  }
  child.on('exit', (code, signal) => {
    if (!shuttingDown)
      fail(`apps/${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
  });
  children.push(child);
}

async function main() {
  for (const [name, port] of Object.entries(ports)) {
    if (!Number.isInteger(port) || !(await portIsFree(port))) {
      fail(
        `Port ${port} (${name}) is already in use. Stop whatever uses it, or set ${name.toUpperCase()}_PORT.`,
      );
    }
  }

  database = await prepareDatabase({
    cluster: mode === 'e2e' ? 'test' : 'app',
    freshDatabase: mode === 'e2e' ? 'aa_e2e' : undefined,
  });
  const local = database.mode === 'embedded' || mode === 'e2e';
  // Locally, mail goes to a catcher on this machine with an inbox to read it, unless SMTP_URL
  // says where else.
  const catcher =
    local && !process.env.SMTP_URL
      ? await startMailCatcher(
          mode === 'e2e' ? { smtpPort: 1125, webPort: 1180 } : { smtpPort: 1025, webPort: 1080 },
        ).catch((error: Error) =>
          fail(
            `The local mail catcher could not start (${error.message}). Set SMTP_URL, or free ports 1025 and 1080.`,
          ),
        )
      : undefined;
  stopCatcher = catcher?.stop;
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: mode === 'dev' ? 'development' : 'production',
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: database.secret,
    ...(catcher ? { SMTP_URL: catcher.smtpUrl } : {}),
    WEB_URL: scriptsEnv().WEB_URL ?? (local ? `http://localhost:${ports.web}` : undefined),
    ADMIN_URL: scriptsEnv().ADMIN_URL ?? (local ? `http://localhost:${ports.admin}` : undefined),
    // Locally both names of this machine reach the apps, and both are trusted.
    ...(local
      ? {
          WEB_URL_ALIASES: `http://127.0.0.1:${ports.web},http://localhost:${ports.web}`,
          ADMIN_URL_ALIASES: `http://127.0.0.1:${ports.admin},http://localhost:${ports.admin}`,
        }
      : {}),
    // The embedded demo lets a self sign-up in at once; end-to-end tests, like a deployment,
    // confirm the address first (unless REQUIRE_EMAIL_VERIFICATION says otherwise).
    REQUIRE_EMAIL_VERIFICATION:
      process.env.REQUIRE_EMAIL_VERIFICATION ??
      (database.mode === 'embedded' && mode !== 'e2e' ? 'false' : 'true'),
    // End-to-end tests watch the expiry job close attempts: it runs every second there.
    ...(mode === 'e2e' ? { SCHEDULED_JOBS_EVERY_MS: '1000' } : {}),
  };
  try {
    parseServerEnv(env);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  startApp('web', ports.web, { ...env, PORT: String(ports.web) });
  startApp('admin', ports.admin, { ...env, PORT: String(ports.admin) });
  const started = Date.now();
  await Promise.all([
    waitForHttp(`http://localhost:${ports.web}/sign-in`, 120_000),
    waitForHttp(`http://localhost:${ports.admin}/sign-in`, 120_000),
  ]);
  if (shuttingDown) return;

  const lines = [
    '',
    `Alliance Academy is running (apps ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
    `  Learners (apps/web)                  ${env.WEB_URL}`,
    `  Instructors and admins (apps/admin)  ${env.ADMIN_URL}`,
    ...(catcher ? [`  Mail sent by the apps (caught here)  ${catcher.inboxUrl}`] : []),
  ];
  if (database.demoUsers.length) {
    lines.push('', 'Demo sign-ins (local database only):');
    for (const user of database.demoUsers)
      lines.push(`  ${user.role.padEnd(11)} ${user.email.padEnd(26)} ${user.password}`);
  } else {
    lines.push(
      '',
      'No demo users on an external database. Create the first admin with `pnpm admin:create`.',
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch((error) => {
  if (!shuttingDown) {
    console.error(`\nCould not start: ${describeError(error)}\n`);
    void shutdown(1);
  }
});
