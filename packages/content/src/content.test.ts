import { describe, expect, it } from 'vitest';
import { checkCourse } from './checks';
import { allItems, cases, course, glossary, MODULES, quizzes } from './index';

const lessons = course.modules.flatMap((m) => m.lessons);

describe('the course as written', () => {
  it('passes every cross-reference and coverage check', () => {
    expect(
      checkCourse({ modules: MODULES, lessons, items: allItems, cases, glossary, quizzes }),
    ).toEqual([]);
  });

  it('has eight modules and 16–24 lessons, each in its word range', () => {
    expect(course.modules).toHaveLength(8);
    expect(lessons.length).toBeGreaterThanOrEqual(16);
    expect(lessons.length).toBeLessThanOrEqual(24);
    for (const lesson of lessons) {
      expect(lesson.words, lesson.slug).toBeGreaterThanOrEqual(600);
      expect(lesson.words, lesson.slug).toBeLessThanOrEqual(1500);
    }
  });

  it('draws its final assessment from at least 60 items and 8 cases', () => {
    const final = quizzes.find((q) => q.kind === 'final');
    expect(final?.settings).toMatchObject({
      behaviour: 'deferred',
      maxAttempts: 2,
      grading: 'highest',
      passMark: 0.7,
    });
    expect(final?.definition.pool.items.length).toBeGreaterThanOrEqual(60);
    expect(final?.definition.pool.cases.length).toBeGreaterThanOrEqual(8);
  });

  it('has a practice quiz per module, interactive with tries', () => {
    const practice = quizzes.filter((q) => q.kind === 'practice');
    expect(practice.map((q) => q.module)).toEqual(MODULES.map((m) => m.slug));
    for (const q of practice)
      expect(q.settings).toMatchObject({ behaviour: 'interactive', tries: 3 });
  });

  it('uses every item type somewhere', () => {
    expect(new Set(allItems.map((i) => i.item.type)).size).toBe(9);
  });
});

describe('checkCourse finds what is broken', () => {
  const base = { modules: MODULES, lessons, items: allItems, cases, glossary, quizzes };
  const first = lessons[0];
  if (!first) throw new Error('no lessons');

  it('an objective assessed by fewer than 3 items', () => {
    const extra = {
      ...first,
      slug: 'extra-lesson',
      objectives: [{ id: `${MODULES[0]?.key}.lonely.explain`, text: 'An objective nobody tests.' }],
    };
    expect(checkCourse({ ...base, lessons: [...lessons, extra] })).toContain(
      `objective ${MODULES[0]?.key}.lonely.explain (lesson extra-lesson): assessed by 0 items, needs 3`,
    );
  });

  it('an item pointing to an unknown objective, a broken exercise and glossary link', () => {
    const sample = allItems[0];
    if (!sample) throw new Error('no items');
    const broken = {
      ...sample,
      item: { ...sample.item, id: 'broken-item', objectives: ['nowhere.at.all'] },
    };
    const lesson = { ...first, exercises: ['no-such-item'], terms: ['no-such-term'] };
    const problems = checkCourse({
      ...base,
      items: [...allItems, broken],
      lessons: [lesson, ...lessons.slice(1)],
    });
    expect(problems).toContain('item broken-item: unknown objective "nowhere.at.all"');
    expect(problems).toContain(
      `lesson ${first.slug}: <Exercise id="no-such-item"> is not in the bank`,
    );
    expect(problems).toContain(
      `lesson ${first.slug}: <Term slug="no-such-term"> has no glossary entry`,
    );
  });

  it('an item whose key does not score full marks', () => {
    const choice = allItems.find((i) => i.item.type === 'choice');
    if (choice?.item.type !== 'choice') throw new Error('no choice item');
    const item = {
      ...choice.item,
      id: 'keyless',
      options: choice.item.options.map((o) => ({ ...o, fraction: 0 })),
    };
    expect(checkCourse({ ...base, items: [...allItems, { ...choice, item }] })).toContain(
      'item keyless: options: no option is worth full marks (fraction 1)',
    );
  });
});

describe('hints', () => {
  const base = { modules: MODULES, lessons, items: allItems, cases, glossary, quizzes };
  const practice = quizzes.find((q) => q.kind === 'practice');
  if (!practice) throw new Error('no practice quiz');
  const entry = practice.definition.sections[0]?.entries.find(
    (e) => e.kind === 'item' && e.item.type === 'choice',
  );
  if (entry?.kind !== 'item' || entry.item.type !== 'choice') throw new Error('no choice item');
  const item = entry.item;
  const withItem = (changed: typeof item) => ({
    ...base,
    quizzes: quizzes.map((q) =>
      q.id === practice.id
        ? {
            ...q,
            definition: {
              ...q.definition,
              sections: q.definition.sections.map((s) => ({
                ...s,
                entries: s.entries.map((e) =>
                  e.kind === 'item' && e.item.id === item.id ? { ...e, item: changed } : e,
                ),
              })),
            },
          }
        : q,
    ),
  });

  it('every checkable item of a quiz with several tries has one', () => {
    expect(checkCourse(withItem({ ...item, hints: [] }))).toContain(
      `quiz ${practice.id}: item ${item.id} has no hint (a learner gets one after a wrong try)`,
    );
  });

  it('a hint never names the key or copies the explanation', () => {
    const key = item.options.find((o) => o.fraction === 1);
    const problems = checkCourse(
      withItem({
        ...item,
        hints: [`It is ${key?.text}.`, item.explanation.split(/\s+/).slice(0, 8).join(' ')],
      }),
    );
    expect(problems).toContain(`item ${item.id}: a hint names the correct option "${key?.text}"`);
    expect(
      problems.some((p) => p.startsWith(`item ${item.id}: a hint copies the explanation`)),
    ).toBe(true);
  });
});
