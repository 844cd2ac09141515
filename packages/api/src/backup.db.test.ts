import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bankRecords, course } from '@alliance/content';
import { type Database, schema } from '@alliance/db';
import {
  backupDatabase,
  readBackupSummary,
  restoreDatabase,
  seedLargeCohort,
  syncBank,
  syncCourse,
} from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';
import { rebuildQuizGrades } from './services/grades';

let source: { db: Database; url: string };
let target: { db: Database; url: string };
const file = join(mkdtempSync(join(tmpdir(), 'aa-backup-')), 'alliance.aabackup.gz');
const ann = { id: 'b-ann', name: 'Ann', email: 'ann@b.test', role: 'learner' as const };

/** Per table: its row count and a checksum of every row, in a stable order. */
async function fingerprint(db: Database) {
  const tables = await db.execute<{ name: string }>(
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.execute<{ n: number; sum: string }>(
      sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as sum
               from "${name}" t`),
    );
    out[name] = `${row?.n}:${row?.sum}`;
  }
  return out;
}

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  await syncCourse(source.db, course);
  await syncBank(source.db, bankRecords());
  await source.db.insert(schema.user).values(ann);
  // A real learner's day: a lesson completed, an attempt saved and submitted.
  const api = createCaller({ db: source.db, user: ann });
  await api.progress.setCompleted({
    lessonId: course.modules[0]?.lessons[0]?.slug ?? '',
    completed: true,
  });
  const [quiz] = await source.db
    .select({ id: schema.quizzes.id })
    .from(schema.quizzes)
    .where(eq(schema.quizzes.kind, 'practice'))
    .limit(1);
  const started = await api.attempt.start({ quizId: quiz?.id ?? '' });
  await api.attempt.submit({ attemptId: started.attemptId });
  // And a cohort's worth of history, rollups and all.
  await seedLargeCohort(source.db, {
    cohortId: 'bk',
    learners: 200,
    attempts: 2_000,
    rebuildGrades: rebuildQuizGrades,
  });
});

describe('pnpm db:backup and db:restore', () => {
  it('round-trip every row of every table, rollups and events included', async () => {
    const summary = await backupDatabase(source.url, file);
    expect(summary.tables.find((t) => t.name === 'attempts')?.rows).toBeGreaterThan(2_000);
    expect((await readBackupSummary(file)).migrations).toBe(summary.migrations);
    await restoreDatabase(target.url, file);
    expect(await fingerprint(target.db)).toEqual(await fingerprint(source.db));
  }, 120_000);

  it('leaves a restored database that works: new rows get fresh ids, triggers run again', async () => {
    const api = createCaller({ db: target.db, user: ann });
    await api.progress.setCompleted({
      lessonId: course.modules[0]?.lessons[1]?.slug ?? '',
      completed: true,
    });
    const [events] = await target.db.execute<{ n: number }>(
      sql`select count(*)::int as n from learning_events where user_id = ${ann.id} and object_type = 'lesson'`,
    );
    expect(events?.n).toBe(2);
  });

  it('refuses to restore over data, and refuses a file that is not a backup', async () => {
    await expect(restoreDatabase(target.url, file)).rejects.toThrow(/accounts already/);
    await expect(readBackupSummary(__filename)).rejects.toThrow();
  });
});
