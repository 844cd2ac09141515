import { describe, expect, it } from 'vitest';
import type { QuizDefinition } from './quiz';
import { sampleCase, sampleItems } from './samples';
import { type QuizExposure, quizContents, summativeExposures } from './summative';

const items = sampleItems();
const [first, second, third] = items;
if (!first || !second || !third) throw new Error('samples');

function quiz(id: string, parts: Partial<QuizDefinition>): QuizDefinition {
  return {
    id,
    title: id,
    sections: [{ id: 's1', title: '', entries: [], shuffle: false }],
    pool: { items: [], cases: [] },
    ...parts,
  };
}

const secure = { reviewShowsKey: false, reviewShowsFeedback: false };
const open = { reviewShowsKey: true, reviewShowsFeedback: true };

function exposure(
  quizId: string,
  kind: QuizExposure['kind'],
  definition: QuizDefinition,
  settings = kind === 'final' ? secure : open,
): QuizExposure {
  return { quizId, kind, quiz: definition, settings };
}

describe('quizContents', () => {
  it('collects fixed items, fixed cases with their items, and the pool', () => {
    const fixedCase = sampleCase('fixed-case');
    const pooledCase = sampleCase('pooled-case');
    const contents = quizContents(
      quiz('q', {
        sections: [
          {
            id: 's1',
            title: '',
            shuffle: false,
            entries: [
              { kind: 'item', item: first },
              { kind: 'case', case: fixedCase },
              { kind: 'draw', from: 'items', count: 1, tags: ['x'] },
            ],
          },
        ],
        pool: { items: [second], cases: [pooledCase] },
      }),
    );
    expect([...contents.cases].sort()).toEqual(['fixed-case', 'pooled-case']);
    expect(contents.items).toEqual(
      new Set([
        first.id,
        second.id,
        ...fixedCase.items.map((i) => i.id),
        ...pooledCase.items.map((i) => i.id),
      ]),
    );
  });
});

describe('summativeExposures', () => {
  const finalPool = quiz('final', { pool: { items: [first, second], cases: [sampleCase('c1')] } });

  it('finds nothing when the final’s items appear nowhere else and its review is closed', () => {
    const practice = quiz('practice', {
      sections: [{ id: 's1', title: '', shuffle: false, entries: [{ kind: 'item', item: third }] }],
    });
    expect(
      summativeExposures(
        [exposure('final', 'final', finalPool), exposure('practice', 'practice', practice)],
        new Set([third.id]),
      ),
    ).toEqual([]);
  });

  it('refuses a summative review that shows the key or the feedback', () => {
    const issues = summativeExposures(
      [exposure('final', 'final', finalPool, { reviewShowsKey: true, reviewShowsFeedback: true })],
      new Set(),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'settings.reviewShowsKey',
      'settings.reviewShowsFeedback',
    ]);
  });

  it('names each final item a practice quiz also shows, in a section or its pool', () => {
    const practice = quiz('practice', {
      sections: [{ id: 's1', title: '', shuffle: false, entries: [{ kind: 'item', item: first }] }],
      pool: { items: [second], cases: [] },
    });
    const issues = summativeExposures(
      [exposure('final', 'final', finalPool), exposure('practice', 'practice', practice)],
      new Set(),
    );
    expect(issues.map((i) => i.message)).toEqual([
      `item ${first.id} of summative final is also on practice quiz practice, whose review shows its key`,
      `item ${second.id} of summative final is also on practice quiz practice, whose review shows its key`,
    ]);
  });

  it('names a shared case and each of its items', () => {
    const practice = quiz('practice', { pool: { items: [], cases: [sampleCase('c1')] } });
    const issues = summativeExposures(
      [exposure('final', 'final', finalPool), exposure('practice', 'practice', practice)],
      new Set(),
    );
    expect(issues.filter((i) => i.message.startsWith('case c1'))).toHaveLength(1);
    expect(issues.filter((i) => i.message.startsWith('item c1-'))).toHaveLength(3);
  });

  it('names a final item that is also a lesson check', () => {
    expect(
      summativeExposures([exposure('final', 'final', finalPool)], new Set([second.id])),
    ).toEqual([
      {
        path: 'pool',
        message: `item ${second.id} of summative final is a lesson check, which explains it`,
      },
    ]);
  });

  it('lets two practice quizzes share items (only a summative pool is guarded)', () => {
    const a = quiz('a', { pool: { items: [first], cases: [] } });
    const b = quiz('b', { pool: { items: [first], cases: [] } });
    expect(
      summativeExposures(
        [exposure('a', 'practice', a), exposure('b', 'practice', b)],
        new Set([first.id]),
      ),
    ).toEqual([]);
  });
});
