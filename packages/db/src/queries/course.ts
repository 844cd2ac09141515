import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { courses, lessons, modules } from '../schema';

export interface OutlineLesson {
  id: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
}

export interface OutlineModule {
  id: string;
  title: string;
  summary: string;
  lessons: OutlineLesson[];
}

export interface CourseOutline {
  id: string;
  title: string;
  description: string;
  modules: OutlineModule[];
}

/** The live (not retired) modules and lessons of a course, in order; null if no such course. */
export async function getCourseOutline(
  db: Database,
  { courseId }: { courseId: string },
): Promise<CourseOutline | null> {
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
  if (!course) return null;
  const rows = await db
    .select({
      moduleId: modules.id,
      moduleTitle: modules.title,
      moduleSummary: modules.summary,
      lessonId: lessons.id,
      lessonTitle: lessons.title,
      lessonSummary: lessons.summary,
      estimatedMinutes: lessons.estimatedMinutes,
    })
    .from(modules)
    .innerJoin(lessons, and(eq(lessons.moduleId, modules.id), isNull(lessons.retiredAt)))
    .where(and(eq(modules.courseId, courseId), isNull(modules.retiredAt)))
    .orderBy(asc(modules.position), asc(lessons.position));

  const byId = new Map<string, OutlineModule>();
  for (const row of rows) {
    let mod = byId.get(row.moduleId);
    if (!mod) {
      mod = { id: row.moduleId, title: row.moduleTitle, summary: row.moduleSummary, lessons: [] };
      byId.set(row.moduleId, mod);
    }
    mod.lessons.push({
      id: row.lessonId,
      title: row.lessonTitle,
      summary: row.lessonSummary,
      estimatedMinutes: row.estimatedMinutes,
    });
  }
  return {
    id: course.id,
    title: course.title,
    description: course.description,
    modules: [...byId.values()],
  };
}
