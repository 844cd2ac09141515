/**
 * Why every test file gets its own database by cloning a migrated template: compares, in one
 * run on one server, (a) CREATE DATABASE … TEMPLATE with (b) CREATE DATABASE + running every
 * migration. Usage: pnpm bench:test-db [rounds]   (DATABASE_URL, else the embedded test cluster)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteIdent, resolveDatabase, runMigrations, withDatabase } from '@alliance/db/node';
import { prepareTemplate } from '@alliance/db/testing/template';
import postgres from 'postgres';
import { machine, type Summary, summarize } from './stats';

const rounds = Number(process.argv[2] ?? 15);
const server = await resolveDatabase('test');
const { template } = await prepareTemplate();
const admin = postgres(server.adminUrl, { max: 1, onnotice: () => {} });

async function timed(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const clone: number[] = [];
const migrate: number[] = [];
try {
  for (let i = 0; i < rounds; i++) {
    // Interleaved, so drift in machine load hits both sides alike.
    const a = `aa_bench_clone_${i}`;
    clone.push(
      await timed(() =>
        admin
          .unsafe(`create database ${quoteIdent(a)} template ${quoteIdent(template)}`)
          .then(() => {}),
      ),
    );
    const b = `aa_bench_migrate_${i}`;
    migrate.push(
      await timed(async () => {
        await admin.unsafe(`create database ${quoteIdent(b)}`);
        await runMigrations(withDatabase(server.adminUrl, b));
      }),
    );
    await admin.unsafe(`drop database ${quoteIdent(a)} with (force)`);
    await admin.unsafe(`drop database ${quoteIdent(b)} with (force)`);
  }
} finally {
  await admin.end();
  await server.stop();
}

const rows: Array<[string, Summary]> = [
  ['clone migrated template', summarize(clone)],
  ['create + run migrations', summarize(migrate)],
];
const [, cloneStats] = rows[0] ?? [];
const [, migrateStats] = rows[1] ?? [];
const ratio = migrateStats && cloneStats ? migrateStats.median / cloneStats.median : Number.NaN;
const lines = [
  '# Test database per file: clone vs migrate',
  '',
  `${machine()} · ${server.mode} PostgreSQL · ${rounds} rounds each, interleaved`,
  '',
  '| method | median ms | p90 ms | min ms |',
  '|---|---:|---:|---:|',
  ...rows.map(
    ([name, s]) =>
      `| ${name} | ${s.median.toFixed(1)} | ${s.p90.toFixed(1)} | ${s.min.toFixed(1)} |`,
  ),
  '',
  `Cloning is ${ratio.toFixed(1)}× faster than migrating (median), and its cost does not grow with the number of migrations.`,
  '',
];
console.log(lines.join('\n'));
writeFileSync(join(import.meta.dirname, '..', 'results', 'test-database.md'), lines.join('\n'));
