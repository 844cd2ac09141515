import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client';
import { type CourseInput, syncCourse } from '../node/seed';
import { lessonProgress, lessons, user } from '../schema';
import { createTestDatabase } from '../testing';
import { getCourseOutline } from './course';
import {
  lessonCompletionCounts,
  listLessonProgress,
  setLessonCompleted,
  startLesson,
} from './progress';

const lesson = (slug: string) => ({
  slug,
  title: `Lesson ${slug}`,
  summary: `About ${slug}, briefly.`,
  minutes: 5,
  objectives: [{ id: `test.${slug}.explain`, text: `Explain ${slug}.` }],
});
const course: CourseInput = {
  slug: 'test-course',
  title: 'Test course',
  description: 'A course for the database tests.',
  modules: [
    {
      slug: 'one',
      title: 'Module one',
      summary: 'The first module.',
      lessons: [lesson('a'), lesson('b')],
    },
    { slug: 'two', title: 'Module two', summary: 'The second module.', lessons: [lesson('c')] },
  ],
};

let db: Database;

async function addUser(id: string, role = 'learner') {
  await db.insert(user).values({ id, name: id, email: `${id}@example.test`, role });
}

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  await syncCourse(db, course);
  await addUser('ann');
  await addUser('bob');
  await addUser('ivy', 'instructor');
});

describe('syncCourse and getCourseOutline', () => {
  it('returns modules and lessons in content order', async () => {
    const outline = await getCourseOutline(db, { courseId: 'test-course' });
    expect(outline?.modules.map((m) => [m.id, m.lessons.map((l) => l.id)])).toEqual([
      ['one', ['a', 'b']],
      ['two', ['c']],
    ]);
  });

  it('returns null for an unknown course', async () => {
    expect(await getCourseOutline(db, { courseId: 'nope' })).toBeNull();
  });

  it('is idempotent and retires (not deletes) lessons the content dropped', async () => {
    await setLessonCompleted(db, { userId: 'bob', lessonId: 'c', completed: true });
    const shorter: CourseInput = { ...course, modules: course.modules.slice(0, 1) };
    const result = await syncCourse(db, shorter);
    expect(result).toEqual({ modules: 1, lessons: 2, objectives: 2, retiredLessons: 1 });
    const outline = await getCourseOutline(db, { courseId: 'test-course' });
    expect(outline?.modules.map((m) => m.id)).toEqual(['one']);
    // The progress row survives; bringing the lesson back restores it.
    expect(
      await db.select().from(lessonProgress).where(eq(lessonProgress.lessonId, 'c')),
    ).toHaveLength(1);
    await syncCourse(db, course);
    const again = await getCourseOutline(db, { courseId: 'test-course' });
    expect(again?.modules.map((m) => m.id)).toEqual(['one', 'two']);
    await setLessonCompleted(db, { userId: 'bob', lessonId: 'c', completed: false });
  });
});

describe('lesson progress', () => {
  it('records a start once and refuses unknown lessons', async () => {
    expect(await startLesson(db, { userId: 'ann', lessonId: 'a' })).toBe(true);
    expect(await startLesson(db, { userId: 'ann', lessonId: 'a' })).toBe(true);
    expect(await startLesson(db, { userId: 'ann', lessonId: 'missing' })).toBe(false);
    const rows = await listLessonProgress(db, { userId: 'ann', courseId: 'test-course' });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.completedAt).toBeNull();
  });

  it('keeps the first completion time when completing twice', async () => {
    const first = await setLessonCompleted(db, { userId: 'ann', lessonId: 'a', completed: true });
    expect(first?.completedAt).toBeInstanceOf(Date);
    const second = await setLessonCompleted(db, { userId: 'ann', lessonId: 'a', completed: true });
    expect(second?.completedAt?.getTime()).toBe(first?.completedAt?.getTime());
  });

  it('can be undone, and returns null for a lesson that does not exist', async () => {
    await setLessonCompleted(db, { userId: 'ann', lessonId: 'b', completed: true });
    const undone = await setLessonCompleted(db, { userId: 'ann', lessonId: 'b', completed: false });
    expect(undone?.completedAt).toBeNull();
    expect(
      await setLessonCompleted(db, { userId: 'ann', lessonId: 'zz', completed: true }),
    ).toBeNull();
  });

  it("lists only the caller's rows", async () => {
    await setLessonCompleted(db, { userId: 'bob', lessonId: 'b', completed: true });
    const ann = await listLessonProgress(db, { userId: 'ann', courseId: 'test-course' });
    expect(ann.map((r) => r.lessonId).sort()).toEqual(['a', 'b']);
  });
});

describe('lessonCompletionCounts', () => {
  it('counts learners who completed each lesson, ignoring staff and unfinished rows', async () => {
    await setLessonCompleted(db, { userId: 'ivy', lessonId: 'a', completed: true });
    const stats = await lessonCompletionCounts(db, { courseId: 'test-course' });
    expect(stats.learners).toBe(2);
    expect(stats.lessons.map((l) => [l.lessonId, l.completed])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 0],
    ]);
  });

  it('leaves out retired lessons', async () => {
    await db.update(lessons).set({ retiredAt: new Date() }).where(eq(lessons.id, 'c'));
    const stats = await lessonCompletionCounts(db, { courseId: 'test-course' });
    expect(stats.lessons.map((l) => l.lessonId)).toEqual(['a', 'b']);
  });
});
