import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressCount, riskReasons, shiftDays, summarizeProgress } from './progress';

const outline = {
  modules: [
    { id: 'm1', lessons: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    { id: 'm2', lessons: [{ id: 'd' }] },
  ],
};

describe('summarizeProgress', () => {
  it('counts nothing done as 0% and points at the first lesson', () => {
    const summary = summarizeProgress(outline, new Set());
    expect(summary).toMatchObject({ completed: 0, total: 4, percent: 0, nextLessonId: 'a' });
    expect(summary.modules.map((m) => m.percent)).toEqual([0, 0]);
  });

  it('counts per module and overall, and skips completed lessons for the next one', () => {
    const summary = summarizeProgress(outline, new Set(['a', 'c']));
    expect(summary).toMatchObject({ completed: 2, total: 4, fraction: 0.5, percent: 50 });
    expect(summary.nextLessonId).toBe('b');
    expect(summary.modules).toEqual([
      { id: 'm1', completed: 2, total: 3, fraction: 2 / 3, percent: 66 },
      { id: 'm2', completed: 0, total: 1, fraction: 0, percent: 0 },
    ]);
  });

  it('reaches exactly 100% with no next lesson when everything is done', () => {
    const summary = summarizeProgress(outline, new Set(['a', 'b', 'c', 'd']));
    expect(summary).toMatchObject({ percent: 100, fraction: 1, nextLessonId: null });
  });

  it('ignores completed ids that are not in the outline', () => {
    const summary = summarizeProgress(outline, new Set(['a', 'retired-lesson']));
    expect(summary.completed).toBe(1);
  });

  it('treats an empty outline as 0 of 0', () => {
    expect(summarizeProgress({ modules: [] }, new Set(['a']))).toMatchObject({
      completed: 0,
      total: 0,
      percent: 0,
      nextLessonId: null,
    });
  });

  it('never leaves [0, 100] and never shows 100% before the last lesson', () => {
    const lessonIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 30 });
    fc.assert(
      fc.property(lessonIds, fc.array(fc.nat(40)), fc.nat(5), (ids, picks, cut) => {
        const half = Math.min(cut, ids.length);
        const generated = {
          modules: [
            { id: 'x', lessons: ids.slice(0, half).map((id) => ({ id })) },
            { id: 'y', lessons: ids.slice(half).map((id) => ({ id })) },
          ],
        };
        const done = new Set(picks.map((p) => ids[p % Math.max(ids.length, 1)] ?? 'none'));
        const summary = summarizeProgress(generated, done);
        expect(summary.percent).toBeGreaterThanOrEqual(0);
        expect(summary.percent).toBeLessThanOrEqual(100);
        expect(summary.percent === 100).toBe(ids.length > 0 && summary.completed === ids.length);
        expect(summary.nextLessonId === null).toBe(summary.completed === summary.total);
      }),
    );
  });
});

describe('progressCount', () => {
  it('rounds down so 99.9% does not read as done', () => {
    expect(progressCount(999, 1000).percent).toBe(99);
  });

  it.each([
    [-1, 3],
    [4, 3],
    [1.5, 3],
    [0, Number.NaN],
  ])('rejects %s of %s', (completed, total) => {
    expect(() => progressCount(completed, total)).toThrow(RangeError);
  });
});

describe('riskReasons', () => {
  const base = {
    lessonsCompleted: 10,
    lessonsTotal: 20,
    lastActive: new Date('2027-02-10'),
    mostFailsOnOneQuiz: 0,
    opensAt: new Date('2027-02-01'),
    dueAt: new Date('2027-03-03'),
    now: new Date('2027-02-11'),
    inactiveDays: 7,
  };

  it('finds nothing wrong with a learner on pace and active', () => {
    expect(riskReasons(base)).toEqual([]);
    expect(riskReasons({ ...base, quizzesBelowPass: 1 })).toEqual([
      'grade below the pass mark on 1 quiz',
    ]);
    expect(riskReasons({ ...base, quizzesBelowPass: 2 })).toEqual([
      'grade below the pass mark on 2 quizzes',
    ]);
  });

  it('names each reason: behind the pace, inactive, failing twice, never started', () => {
    expect(riskReasons({ ...base, lessonsCompleted: 1, now: new Date('2027-02-21') })).toEqual([
      'behind the pace: 5% of lessons done, 67% of the time gone',
      'inactive for 11 days',
    ]);
    expect(riskReasons({ ...base, mostFailsOnOneQuiz: 2 })).toEqual(['failed a quiz 2 times']);
    expect(riskReasons({ ...base, lastActive: null })).toEqual(['has not started']);
  });

  it('has no pace without both dates, before the opening, or for an empty course', () => {
    const behind = { ...base, lessonsCompleted: 0 };
    expect(riskReasons({ ...behind, dueAt: null })).toEqual([]);
    expect(riskReasons({ ...behind, now: new Date('2027-01-01') })).toEqual([]);
    expect(riskReasons({ ...behind, lessonsTotal: 0 })).toEqual([]);
  });
});

describe('shiftDays', () => {
  it('moves a due date later by whole days, and leaves no date alone', () => {
    const due = new Date('2027-03-01T00:00:00Z');
    expect(shiftDays(due, 7)?.toISOString()).toBe('2027-03-08T00:00:00.000Z');
    expect(shiftDays(due, 0)).toEqual(due);
    expect(shiftDays(due, -3)).toEqual(due);
    expect(shiftDays(null, 7)).toBeNull();
  });

  it('takes a learner off the behind-the-pace list when their shift gives them time', () => {
    const opensAt = new Date('2027-01-01T00:00:00Z');
    const dueAt = new Date('2027-01-11T00:00:00Z');
    const standing = {
      lessonsCompleted: 4,
      lessonsTotal: 10,
      lastActive: new Date('2027-01-08T00:00:00Z'),
      mostFailsOnOneQuiz: 0,
      opensAt,
      now: new Date('2027-01-09T00:00:00Z'),
      inactiveDays: 7,
    };
    expect(riskReasons({ ...standing, dueAt }).join()).toMatch(/behind the pace/);
    expect(riskReasons({ ...standing, dueAt: shiftDays(dueAt, 10) })).toEqual([]);
  });
});
