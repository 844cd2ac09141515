import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { sqlFolder } from './paths';

/**
 * The database's functions and triggers, one file per rollup in packages/db/sql, each the
 * whole and only definition of what it holds. Migrations change tables; these files change
 * code. After the migrations, every file whose content changed since it was last applied runs
 * again, recorded by its SHA-256 in `meta.sql_files`:
 *
 * - its triggers are named `<file>__<what>` (`cohort_daily__attempts`), so the ones it made
 *   before are dropped first and a trigger taken out of the file is gone;
 * - then the file runs (`CREATE OR REPLACE` throughout);
 * - then, if it defines `rebuild_<file>()`, that recounts the rollup from scratch, so a changed
 *   rule applies to the history too.
 *
 * `helpers.sql` (rules several rollups share) runs first, the others in name order; all of it in
 * one transaction, one process at a time.
 */

export interface SqlFile {
  /** The file's name without `.sql`: the prefix of its triggers and the suffix of its rebuild. */
  name: string;
  text: string;
  hash: string;
}

const HELPERS = 'helpers';
/** Files whose triggers keep rules rather than rollups: a bulk load leaves them on. */
export const GUARD_FILES = ['guards'] as const;

export function sqlFiles(folder = sqlFolder): SqlFile[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => {
      const text = readFileSync(join(folder, f), 'utf8');
      return {
        name: f.slice(0, -'.sql'.length),
        text,
        hash: createHash('sha256').update(text).digest('hex'),
      };
    })
    .sort((a, b) =>
      a.name === HELPERS ? -1 : b.name === HELPERS ? 1 : a.name.localeCompare(b.name),
    );
}

/** One hash over every file: a new test template whenever any of them changes. */
export function sqlFilesHash(folder = sqlFolder): string {
  const hash = createHash('sha256');
  for (const file of sqlFiles(folder)) hash.update(file.name).update(file.hash);
  return hash.digest('hex');
}

/** A LIKE pattern for the triggers a file makes. */
export const likePrefix = (name: string) => `${name.replaceAll('_', '\\_')}\\_\\_%`;

/** Applies the files that changed since they were last applied; returns their names. */
export async function applySqlFiles(url: string, folder = sqlFolder): Promise<string[]> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await client.begin(async (sql) => {
      await sql`select pg_advisory_xact_lock(hashtext('alliance:sql_files'))`;
      await sql`create schema if not exists meta`;
      await sql`create table if not exists meta.sql_files (
        name text primary key,
        sha256 text not null,
        applied_at timestamptz not null default now())`;
      const recorded = new Map(
        (
          await sql<{ name: string; sha256: string }[]>`select name, sha256 from meta.sql_files`
        ).map((r) => [r.name, r.sha256]),
      );
      const applied: string[] = [];
      for (const file of sqlFiles(folder)) {
        if (recorded.get(file.name) === file.hash) continue;
        try {
          const triggers = await sql<{ trigger: string; table: string }[]>`
            select t.tgname as trigger, c.relname as table
            from pg_trigger t join pg_class c on c.oid = t.tgrelid
            join pg_namespace n on n.oid = c.relnamespace
            where not t.tgisinternal and n.nspname = 'public'
              and t.tgname like ${likePrefix(file.name)}`;
          for (const t of triggers)
            await sql.unsafe(`drop trigger ${quote(t.trigger)} on ${quote(t.table)}`);
          await sql.unsafe(file.text).simple();
          const [rebuild] = await sql<{ found: boolean }[]>`
            select to_regprocedure(${`rebuild_${file.name}()`}) is not null as found`;
          if (rebuild?.found) await sql.unsafe(`select ${quote(`rebuild_${file.name}`)}()`);
        } catch (error) {
          throw new Error(
            `packages/db/sql/${file.name}.sql could not be applied: ${(error as Error).message}`,
            { cause: error },
          );
        }
        await sql`insert into meta.sql_files (name, sha256) values (${file.name}, ${file.hash})
          on conflict (name) do update set sha256 = excluded.sha256, applied_at = now()`;
        applied.push(file.name);
      }
      return applied;
    });
  } finally {
    await client.end({ timeout: 2 });
  }
}

function quote(name: string) {
  return `"${name.replaceAll('"', '""')}"`;
}
