import { bankRecords, course } from '@alliance/content';
import { closeDb, createDb, schema } from '@alliance/db';
import { syncBank, syncCourse } from '@alliance/db/node';
import { createTestDatabase } from '@alliance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './root';

/**
 * More submissions at once than the pool has connections, in a fresh process whose quiz
 * versions are not cached yet: each holds a connection for its transaction, so one that waited
 * for a second connection to read its quiz version would wait forever (a load run found this).
 */
const POOL = 2;
let db: ReturnType<typeof createDb>;

beforeAll(async () => {
  const test = await createTestDatabase();
  await syncCourse(test.db, course);
  await syncBank(test.db, bankRecords());
  db = createDb(test.url, { max: POOL });
});
afterAll(async () => {
  await closeDb(db);
});

describe('submissions on a small pool', () => {
  it('all finish when more arrive at once than there are connections', async () => {
    const learners = Array.from({ length: POOL * 3 }, (_, i) => ({
      id: `u-pool-${i}`,
      name: `Pool ${i}`,
      email: `pool-${i}@example.test`,
      role: 'learner' as const,
    }));
    await db.insert(schema.user).values(learners);
    // Started one by one (a start reads the quiz's current version, not the cache).
    const started = [];
    for (const learner of learners) {
      const api = createCaller({ db, user: learner });
      started.push({ api, attempt: await api.attempt.start({ quizId: 'quiz-obstacles' }) });
    }
    const results = await Promise.race([
      Promise.all(
        started.map(({ api, attempt }) => api.attempt.submit({ attemptId: attempt.attemptId })),
      ),
      new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 10_000)),
    ]);
    expect(results).not.toBe('stuck');
    expect(results).toHaveLength(learners.length);
  }, 20_000);
});
