import { lessons as compiled } from '../generated/lessons';
import type { LessonManifest } from './manifest-types';
import { COURSE, MODULES, type ModuleInfo } from './modules';

export {
  allItems,
  type BankItem,
  cases,
  findItem,
  type GlossaryTerm,
  glossary,
  standaloneItems,
  summativeCases,
  summativeItems,
} from './bank';
export type { GlossaryTermInput } from './glossary-types';
export * from './manifest-types';
export { COURSE, MODULES, type ModuleInfo } from './modules';
export { bankRecords, type CourseQuiz, FINAL_BLUEPRINT, quizzes } from './quizzes';
export { REFERENCES, type Reference } from './references';

/** A lesson without its compiled code: what outlines, search and the seed need. */
export type LessonInfo = Omit<LessonManifest, 'code'>;

export interface CourseModule extends ModuleInfo {
  order: number;
  lessons: LessonInfo[];
}

export interface Course {
  slug: string;
  title: string;
  description: string;
  modules: CourseModule[];
}

const withoutCode = ({ code: _code, ...info }: LessonManifest): LessonInfo => info;

/** The course: modules in order, each with its lessons in order. */
export const course: Course = {
  ...COURSE,
  modules: MODULES.map((mod, i) => ({
    ...mod,
    order: i + 1,
    lessons: compiled
      .filter((l) => l.module === mod.slug)
      .sort((a, b) => a.order - b.order)
      .map(withoutCode),
  })),
};

export const COURSE_ID = course.slug;

const flat = course.modules.flatMap((mod) =>
  mod.lessons.map((lesson) => ({ lesson, module: mod })),
);
const codeBySlug = new Map(compiled.map((l) => [l.slug, l.code]));

/** A lesson with its module and neighbours, or null for an unknown slug. */
export function findLesson(slug: string) {
  const index = flat.findIndex((entry) => entry.lesson.slug === slug);
  const entry = flat[index];
  if (!entry) return null;
  return {
    ...entry,
    previous: flat[index - 1]?.lesson ?? null,
    next: flat[index + 1]?.lesson ?? null,
  };
}

/** The compiled MDX of a lesson (render with getMDXComponent), or null. */
export const lessonCode = (slug: string): string | null => codeBySlug.get(slug) ?? null;

/** Every objective, with the lesson that states it. */
export const objectives = flat.flatMap(({ lesson, module }) =>
  lesson.objectives.map((o) => ({ ...o, lesson: lesson.slug, module: module.slug })),
);
export { type SearchHit, searchCourse } from './search';
