import { describe, expect, it } from 'vitest';
import { COURSE_ID, course, courseSchema, findLesson } from './index';

const lessons = course.modules.flatMap((mod) => mod.lessons);

describe('the course outline', () => {
  it('has the eight modules and 16–24 lessons the course plan asks for', () => {
    expect(course.modules).toHaveLength(8);
    expect(lessons.length).toBeGreaterThanOrEqual(16);
    expect(lessons.length).toBeLessThanOrEqual(24);
    expect(COURSE_ID).toBe('strategic-alliances');
  });

  it('covers each topic of the course plan', () => {
    const titles = lessons.map((lesson) => lesson.title.toLowerCase()).join(' | ');
    for (const topic of [
      'path dependence',
      'uncooperative',
      'mistiming',
      'value chain',
      'integration',
      'countermeasures',
      'capstone',
    ]) {
      expect(titles).toContain(topic);
    }
  });

  it('finds a lesson with its module and neighbours across module boundaries', () => {
    const firstOfSecond = course.modules[1]?.lessons[0];
    const lastOfFirst = course.modules[0]?.lessons.at(-1);
    const found = findLesson(firstOfSecond?.slug ?? '');
    expect(found?.module.slug).toBe(course.modules[1]?.slug);
    expect(found?.previous?.slug).toBe(lastOfFirst?.slug);
    expect(findLesson(lessons[0]?.slug ?? '')?.previous).toBeNull();
    expect(findLesson(lessons.at(-1)?.slug ?? '')?.next).toBeNull();
    expect(findLesson('no-such-lesson')).toBeNull();
  });
});

describe('courseSchema', () => {
  const lesson = {
    slug: 'a',
    title: 'Lesson',
    summary: 'A summary line.',
    estimatedMinutes: 5,
    body: ['A paragraph of some length.'],
  };
  const base = { slug: 'c', title: 'Course', description: 'A description.' };

  it('rejects a lesson slug used twice, naming where', () => {
    const result = courseSchema.safeParse({
      ...base,
      modules: [
        { slug: 'm1', title: 'One', summary: 'First module.', lessons: [lesson] },
        { slug: 'm2', title: 'Two', summary: 'Second module.', lessons: [lesson] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"a" is used twice');
    expect(result.error?.issues[0]?.path).toEqual(['modules', 1, 'lessons', 0, 'slug']);
  });

  it('rejects slugs that are not URL-safe', () => {
    const result = courseSchema.safeParse({
      ...base,
      modules: [{ slug: 'Module One', title: 'One', summary: 'First module.', lessons: [lesson] }],
    });
    expect(result.success).toBe(false);
  });
});
