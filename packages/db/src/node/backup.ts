import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import postgres from 'postgres';
import { runMigrations } from './migrate';

/**
 * Backup and restore of the whole database through PostgreSQL's COPY, as one gzip file:
 *
 *   alliance-backup 1 {"migrations": N, "createdAt": …, "tables": [{ name, rows }]}
 *   table <name>
 *   <its rows in COPY text format>
 *   \.
 *   … one block per table
 *
 * It needs no pg_dump (the embedded PostgreSQL ships none, and a client must match its server's
 * major version), works on PostgreSQL 15 and 18 alike, and reads and writes as streams, so a
 * large database never sits in memory. The schema is not in the file: restore migrates an empty
 * database to the same migration, then loads every table with triggers and foreign keys held
 * (`session_replication_role = replica`, which needs a superuser; on a managed server without
 * one, use pg_dump/pg_restore of a matching version instead), and sets every sequence after.
 */

const MAGIC = 'alliance-backup 1';

export interface BackupSummary {
  migrations: number;
  createdAt: string;
  tables: Array<{ name: string; rows: number }>;
}

const client = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

async function appliedMigrations(sql: postgres.Sql | postgres.TransactionSql): Promise<number> {
  const [exists] = await sql<{ found: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as found`;
  if (!exists?.found) return 0;
  const [row] = await sql<
    { n: number }[]
  >`select count(*)::int as n from drizzle.__drizzle_migrations`;
  return Number(row?.n ?? 0);
}

async function publicTables(sql: postgres.Sql | postgres.TransactionSql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`;
  return rows.map((r) => r.name);
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Copies one table's rows out, as of the backup's snapshot, into the gzip stream. Each table gets
 * its own connection, closed right after: postgres.js can leave a connection's socket paused when
 * a COPY's last rows and its end arrive together, and the next query on it would wait forever.
 */
async function copyOut(url: string, snapshot: string, name: string, gzip: Writable) {
  const one = client(url);
  try {
    await one.unsafe('begin isolation level repeatable read read only');
    await one.unsafe(`set transaction snapshot '${snapshot.replaceAll("'", "''")}'`);
    const rows = await one.unsafe(`copy ${ident(name)} to stdout`).readable();
    // Flowing mode, written as it comes: gzip buffers what the file has not taken yet.
    rows.on('data', (chunk: Buffer) => gzip.write(chunk));
    await finished(rows);
  } finally {
    await one.end({ timeout: 0 });
  }
}

/** Writes a backup of the database at `url` to `file`; returns what it holds. */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const sql = client(url);
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(file));
  const write = (data: string | Buffer) =>
    gzip.write(data) ? Promise.resolve() : new Promise<void>((r) => gzip.once('drain', r));
  try {
    // One snapshot for every table: the backup is consistent even while the apps write.
    return await sql.begin('isolation level repeatable read read only', async (tx) => {
      const tables = await publicTables(tx);
      const counts = await Promise.all(
        tables.map(async (name) => {
          const [row] = await tx.unsafe<{ n: number }[]>(
            `select count(*)::int as n from ${ident(name)}`,
          );
          return { name, rows: Number(row?.n ?? 0) };
        }),
      );
      const summary: BackupSummary = {
        migrations: await appliedMigrations(tx),
        createdAt: new Date().toISOString(),
        tables: counts,
      };
      await write(`${MAGIC} ${JSON.stringify(summary)}\n`);
      const [exported] = await tx<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
      for (const name of tables) {
        await write(`table ${name}\n`);
        await copyOut(url, exported?.snapshot ?? '', name, gzip);
        if (gzip.writableNeedDrain) await new Promise((r) => gzip.once('drain', r));
        await write('\\.\n');
      }
      return summary;
    });
  } catch (error) {
    // No half-written file that looks like a backup.
    gzip.destroy();
    await done.catch(() => undefined);
    rmSync(file, { force: true });
    throw error;
  } finally {
    gzip.end();
    await done.catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}

/** Reads the summary line of a backup file, or says plainly what is wrong with it. */
export async function readBackupSummary(file: string): Promise<BackupSummary> {
  const notBackup = (why: string) =>
    new Error(`${file} is not an Alliance Academy backup (${why}).`);
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  try {
    for await (const line of lines) {
      if (!line.startsWith(`${MAGIC} `)) throw notBackup(`it does not start with "${MAGIC}"`);
      return JSON.parse(line.slice(MAGIC.length + 1)) as BackupSummary;
    }
    throw notBackup('it is empty');
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('Z_')) throw notBackup('it is not gzip');
    throw error;
  } finally {
    lines.close();
  }
}

/**
 * Restores a backup into the database at `url`, which must hold no data yet (a new database, or
 * one that only has the schema): refuses otherwise, and refuses a backup made by a newer
 * schema than this code knows. All of it or none of it: one transaction.
 */
export async function restoreDatabase(url: string, file: string): Promise<BackupSummary> {
  const summary = await readBackupSummary(file);
  await runMigrations(url);
  const sql = client(url);
  try {
    const known = await appliedMigrations(sql);
    if (summary.migrations > known)
      throw new Error(
        `The backup was made at migration ${summary.migrations}; this code knows ${known}. Restore it with a newer version.`,
      );
    const tables = new Set(await publicTables(sql));
    for (const { name } of summary.tables)
      if (!tables.has(name)) throw new Error(`The backup has a table "${name}" this schema lacks.`);
    const users = await sql<{ n: number }[]>`select count(*)::int as n from "user"`;
    if (Number(users[0]?.n) > 0)
      throw new Error('The target database has accounts already: restore into an empty database.');

    await sql.begin(async (tx) => {
      await tx.unsafe('set local session_replication_role = replica');
      // What the migrations themselves wrote (rollups rebuilt on an empty database) goes first.
      await tx.unsafe(`truncate ${[...tables].map(ident).join(', ')}`);
      const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()) });
      const iterator = lines[Symbol.asyncIterator]();
      const next = async () => {
        const step = await iterator.next();
        return step.done ? null : step.value;
      };
      await next(); // the summary line, read above
      for (let header = await next(); header !== null; header = await next()) {
        const name = header.startsWith('table ') ? header.slice(6) : null;
        if (!name || !tables.has(name))
          throw new Error(`Unexpected line in the backup: ${header.slice(0, 80)}`);
        // A table's rows, up to its "\." line, in chunks of lines, into COPY … FROM STDIN.
        async function* rows() {
          let chunk = '';
          for (;;) {
            const line = await next();
            if (line === null) throw new Error('The backup file ends in the middle of a table.');
            if (line === '\\.') break;
            chunk += `${line}\n`;
            if (chunk.length > 64_000) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        }
        await pipeline(
          Readable.from(rows()),
          await tx.unsafe(`copy ${ident(name)} from stdin`).writable(),
        );
      }
      lines.close();
      // Sequences (bigserial ids) continue after the restored rows.
      const sequences = await tx<{ tbl: string; col: string; seq: string }[]>`
        select c.relname as tbl, a.attname as col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as seq
        from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where c.relkind = 'r' and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`;
      for (const { tbl, col, seq } of sequences)
        await tx.unsafe(
          `select setval('${seq.replaceAll("'", "''")}', coalesce((select max(${ident(col)}) from ${ident(tbl)}), 0) + 1, false)`,
        );
    });
    return summary;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
