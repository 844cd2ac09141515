import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded';

// These tests start their own throw-away clusters, on ports of their own.
const root = mkdtempSync(join(tmpdir(), 'aa-embedded-'));
// As root the server runs as `postgres`, which must be able to enter the folder.
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function query(url: string) {
  const sql = postgres(url, { max: 1 });
  try {
    const [row] = await sql`select current_setting('server_encoding') as encoding`;
    return row?.encoding as string;
  } finally {
    await sql.end();
  }
}

describe('startEmbeddedPostgres', { timeout: 60_000 }, () => {
  it('explains a taken port instead of failing silently', async () => {
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const start = startEmbeddedPostgres({ dataDir: join(root, 'taken'), port });
      await expect(start).rejects.toThrow(EmbeddedPostgresError);
      await expect(start).rejects.toThrow(`Port ${port}`);
    } finally {
      squatter.close();
    }
  });

  it('starts UTF-8, and recovers after the owning process and server were killed', async () => {
    const dataDir = join(root, 'killed');
    const port = await freePort();
    // A child process starts the server, then both are SIGKILLed, leaving a stale postmaster.pid.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('${join(import.meta.dirname, 'embedded.ts')}').then(async (m) => {
           await m.startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
           console.log('ready');
         });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    process.kill(pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const server = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(server.owned).toBe(true);
      expect(await query(server.adminUrl)).toBe('UTF8');
    } finally {
      await server.stop();
    }
  });

  it('reuses the server already running for this folder', async () => {
    const dataDir = join(root, 'shared');
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    try {
      const second = await startEmbeddedPostgres({ dataDir, port });
      // Same process, so it adopts rather than shares; a second stop is a no-op either way.
      expect(second.port).toBe(port);
      expect(await query(second.adminUrl)).toBe('UTF8');
    } finally {
      await first.stop();
    }
  });
});
