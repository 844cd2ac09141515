import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client';
import { definitionHash, stableStringify } from '../hash';
import { items, itemVersions, quizVersions } from '../schema';
import { createTestDatabase } from '../testing';
import { type BankInput, syncBank } from './bank';

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const bank = (prompt: string): BankInput => ({
  items: [
    {
      id: 'q1',
      module: null,
      caseId: null,
      type: 'choice',
      objectives: ['a.b.c'],
      definition: { id: 'q1', prompt, options: [] },
    },
    {
      id: 'q2',
      module: null,
      caseId: 'c1',
      type: 'numeric',
      objectives: [],
      definition: { id: 'q2', prompt: 'How many?' },
    },
  ],
  cases: [{ id: 'c1', module: null, definition: { id: 'c1', stimulus: 'A case.' } }],
  quizzes: [
    {
      id: 'z',
      module: null,
      kind: 'practice',
      title: 'Quiz',
      definition: { sections: [] },
      settings: { tries: 3 },
    },
  ],
});

describe('syncBank', () => {
  it('creates version 1 of everything, then changes nothing on a second run', async () => {
    expect(await syncBank(db, bank('Which?'))).toEqual({
      items: { created: 2, newVersions: 0, unchanged: 0 },
      cases: { created: 1, newVersions: 0, unchanged: 0 },
      quizzes: { created: 1, newVersions: 0, unchanged: 0 },
    });
    expect(await syncBank(db, bank('Which?'))).toEqual({
      items: { created: 0, newVersions: 0, unchanged: 2 },
      cases: { created: 0, newVersions: 0, unchanged: 1 },
      quizzes: { created: 0, newVersions: 0, unchanged: 1 },
    });
  });

  it('makes a new version for a changed definition and keeps the old one as it was', async () => {
    const result = await syncBank(db, bank('Which one?'));
    expect(result.items).toEqual({ created: 0, newVersions: 1, unchanged: 1 });
    const [row] = await db.select().from(items).where(eq(items.id, 'q1'));
    expect(row?.currentVersion).toBe(2);
    const versions = await db
      .select()
      .from(itemVersions)
      .where(eq(itemVersions.itemId, 'q1'))
      .orderBy(itemVersions.version);
    expect(versions.map((v) => (v.definition as { prompt: string }).prompt)).toEqual([
      'Which?',
      'Which one?',
    ]);
    // Going back to the first text is a change too: version 3, history intact.
    await syncBank(db, bank('Which?'));
    const again = await db.select().from(itemVersions).where(eq(itemVersions.itemId, 'q1'));
    expect(again).toHaveLength(3);
  });

  it('versions a quiz when only its settings change', async () => {
    const changed = bank('Which?');
    const quiz = changed.quizzes[0];
    if (quiz) quiz.settings = { tries: 2 };
    expect((await syncBank(db, changed)).quizzes).toEqual({
      created: 0,
      newVersions: 1,
      unchanged: 0,
    });
    expect(await db.select().from(quizVersions).where(eq(quizVersions.quizId, 'z'))).toHaveLength(
      2,
    );
  });
});

describe('definitionHash', () => {
  it('ignores key order and undefined fields', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(definitionHash({ a: 1, b: 2 })).toBe(definitionHash({ b: 2, a: 1 }));
  });
});
