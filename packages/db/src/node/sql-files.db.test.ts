import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client';
import { createTestDatabase } from '../testing';
import { sqlFolder } from './paths';
import { applySqlFiles, sqlFiles } from './sql-files';

let db: Database;
let url: string;
let folder: string;

beforeAll(async () => {
  ({ db, url } = await createTestDatabase());
  folder = mkdtempSync(join(tmpdir(), 'aa-sql-'));
  cpSync(sqlFolder, folder, { recursive: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const triggers = async () =>
  [
    ...(await db.execute<{ name: string }>(sql`
      select tgname as name from pg_trigger where not tgisinternal order by 1`)),
  ].map((r) => r.name);

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));

describe('applySqlFiles', () => {
  it('runs the helpers first, then the rollups by name', () => {
    const names = sqlFiles().map((f) => f.name);
    expect(names[0]).toBe('helpers');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
  });

  it('applies nothing when no file changed (a migrated database has them all)', async () => {
    expect(await applySqlFiles(url, folder)).toEqual([]);
    expect(await triggers()).toContain('cohort_daily__members');
  });

  it('applies a changed file again: its old triggers go, and its rebuild recounts the rollup', async () => {
    // A stale row the rebuild must remove, and a trigger the file no longer makes.
    await db.execute(sql`insert into cohort_daily (cohort_id, day, lessons, attempts)
      values ('nowhere', date '2026-01-01', 5, 5)`);
    edit('cohort_daily.sql', (text) =>
      text.replace(
        /CREATE OR REPLACE TRIGGER cohort_daily__members[\s\S]*?;\n/,
        '-- (the members trigger taken out)\n',
      ),
    );
    expect(await applySqlFiles(url, folder)).toEqual(['cohort_daily']);
    const names = await triggers();
    expect(names).not.toContain('cohort_daily__members');
    expect(names).toContain('cohort_daily__attempts');
    expect(names).toContain('cohort_mastery__members');
    const [stale] = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from cohort_daily where cohort_id = 'nowhere'`,
    );
    expect(stale?.n).toBe(0);
    expect(await applySqlFiles(url, folder)).toEqual([]);
  });

  it('names the file that fails, and applies none of that run', async () => {
    edit('cohort_mastery.sql', (text) => `${text}\n-- changed\n`);
    edit('item_stats.sql', (text) => `${text}\nSELECT no_such_function();\n`);
    await expect(applySqlFiles(url, folder)).rejects.toThrow(
      /packages\/db\/sql\/item_stats\.sql could not be applied: .*no_such_function/,
    );
    const [recorded] = await db.execute<{ changed: boolean }>(sql`
      select sha256 <> ${sqlFiles(folder).find((f) => f.name === 'cohort_mastery')?.hash ?? ''}
        as changed from meta.sql_files where name = 'cohort_mastery'`);
    expect(recorded?.changed).toBe(true);
  });
});
