import { assemblePaper, paperSlots, quizContents } from '@alliance/quiz-engine';
import { describe, expect, it } from 'vitest';
import { checkCourse } from './checks';
import {
  allItems,
  cases,
  course,
  FINAL_BLUEPRINT,
  glossary,
  MODULES,
  quizzes,
  summativeCases,
  summativeItems,
} from './index';

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

  it('draws its final assessment from a bank of its own, at least 60 items and 8 cases', () => {
    const final = quizzes.find((q) => q.kind === 'final');
    expect(final?.settings).toMatchObject({
      behaviour: 'deferred',
      maxAttempts: 2,
      grading: 'highest',
      passMark: 0.7,
      reviewShowsKey: false,
      reviewShowsFeedback: false,
    });
    expect(final?.definition.pool.items.length).toBeGreaterThanOrEqual(60);
    expect(final?.definition.pool.cases.length).toBeGreaterThanOrEqual(8);
    // Its bank is the summative bank, and nothing else of the course holds any of it.
    const summative = new Set(summativeItems.map((i) => i.item.id));
    for (const c of summativeCases) for (const item of c.case.items) summative.add(item.id);
    const shown = new Set([
      ...lessons.flatMap((l) => l.exercises),
      ...quizzes
        .filter((q) => q.kind === 'practice')
        .flatMap((q) => [...quizContents(q.definition).items]),
    ]);
    expect([...summative].filter((id) => shown.has(id))).toEqual([]);
    expect(new Set(final?.definition.pool.items.map((i) => i.id))).toEqual(
      new Set(summativeItems.map((i) => i.item.id)),
    );
  });

  it('puts every module and every part of the course on each final paper', () => {
    const final = quizzes.find((q) => q.kind === 'final');
    if (!final) throw new Error('no final');
    for (const seed of ['a', 'b', 'c', 'd']) {
      const slots = paperSlots(assemblePaper(final.definition, seed));
      const standalone = slots.filter((s) => s.caseId === null);
      for (const mod of MODULES)
        expect(
          standalone.filter((s) => s.item.tags.includes(mod.key)),
          mod.key,
        ).toHaveLength(FINAL_BLUEPRINT.itemsPerModule);
      const drawnCases = new Set(slots.flatMap((s) => (s.caseId ? [s.caseId] : [])));
      expect(drawnCases.size).toBe(FINAL_BLUEPRINT.parts.length);
    }
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

describe('the final’s bank stays summative', () => {
  const base = { modules: MODULES, lessons, items: allItems, cases, glossary, quizzes };
  const finalItem = summativeItems[0]?.item;
  const practice = quizzes.find((q) => q.kind === 'practice');
  if (!finalItem || !practice) throw new Error('no final item or practice quiz');

  it('a final item put on a practice quiz', () => {
    const problems = checkCourse({
      ...base,
      quizzes: quizzes.map((q) =>
        q.id === practice.id
          ? { ...q, definition: { ...q.definition, pool: { items: [finalItem], cases: [] } } }
          : q,
      ),
    });
    expect(problems).toContain(
      `summative: item ${finalItem.id} of summative final-assessment is also on practice quiz ${practice.id}, whose review shows its key`,
    );
  });

  it('a final item used as a lesson check', () => {
    const first = lessons[0];
    if (!first) throw new Error('no lessons');
    const problems = checkCourse({
      ...base,
      lessons: [{ ...first, exercises: [...first.exercises, finalItem.id] }, ...lessons.slice(1)],
    });
    expect(problems).toContain(
      `summative: item ${finalItem.id} of summative final-assessment is a lesson check, which explains it`,
    );
  });

  it('a final whose review shows the key, or a module with too small a bank', () => {
    const problems = checkCourse({
      ...base,
      quizzes: quizzes.map((q) => {
        if (q.kind !== 'final') return q;
        const pool = q.definition.pool;
        return {
          ...q,
          settings: { ...q.settings, reviewShowsKey: true },
          definition: {
            ...q.definition,
            pool: { ...pool, items: pool.items.filter((i) => !i.tags.includes('forms')) },
          },
        };
      }),
    });
    expect(problems).toContain(
      'summative: final-assessment is summative: its review must not show the key (a second attempt, or a classmate, would read it)',
    );
    expect(problems).toContain(
      'quiz final-assessment: its bank has 0 auto-scored items for module forms, needs 8',
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
