import { course as courseData } from './course';
import { type Course, courseSchema } from './schema';

export { type Course, courseSchema, type Lesson, type Module } from './schema';

/** The course, validated: a malformed edit fails at import with the path of the bad field. */
export const course: Course = courseSchema.parse(courseData);

export const COURSE_ID = course.slug;

/** A lesson with its module and neighbours, or null for an unknown slug. */
export function findLesson(slug: string) {
  const flat = course.modules.flatMap((mod) =>
    mod.lessons.map((lesson) => ({ lesson, module: mod })),
  );
  const index = flat.findIndex((entry) => entry.lesson.slug === slug);
  if (index === -1) return null;
  const entry = flat[index];
  if (!entry) return null;
  return {
    ...entry,
    previous: flat[index - 1]?.lesson ?? null,
    next: flat[index + 1]?.lesson ?? null,
  };
}
