import type { Course } from '@alliance/content';
import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { courses, lessons, modules } from '../schema';

export interface SyncResult {
  modules: number;
  lessons: number;
  retiredLessons: number;
}

/**
 * Makes the database's course structure match the content package, in one transaction.
 * Idempotent: run it on every start. Lessons the content dropped are retired, not deleted.
 */
export async function syncCourse(db: Database, course: Course): Promise<SyncResult> {
  return db.transaction(async (tx) => {
    await tx
      .insert(courses)
      .values({ id: course.slug, title: course.title, description: course.description })
      .onConflictDoUpdate({
        target: courses.id,
        set: { title: course.title, description: course.description, updatedAt: sql`now()` },
      });

    const moduleRows = course.modules.map((mod, index) => ({
      id: mod.slug,
      courseId: course.slug,
      position: index + 1,
      title: mod.title,
      summary: mod.summary,
      retiredAt: null,
    }));
    await tx
      .insert(modules)
      .values(moduleRows)
      .onConflictDoUpdate({
        target: modules.id,
        set: {
          courseId: sql`excluded.course_id`,
          position: sql`excluded.position`,
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          retiredAt: sql`null`,
        },
      });

    const lessonRows = course.modules.flatMap((mod) =>
      mod.lessons.map((lesson, index) => ({
        id: lesson.slug,
        moduleId: mod.slug,
        position: index + 1,
        title: lesson.title,
        summary: lesson.summary,
        estimatedMinutes: lesson.estimatedMinutes,
        retiredAt: null,
      })),
    );
    await tx
      .insert(lessons)
      .values(lessonRows)
      .onConflictDoUpdate({
        target: lessons.id,
        set: {
          moduleId: sql`excluded.module_id`,
          position: sql`excluded.position`,
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          estimatedMinutes: sql`excluded.estimated_minutes`,
          retiredAt: sql`null`,
        },
      });

    const moduleIds = moduleRows.map((row) => row.id);
    const courseModuleIds = tx
      .select({ id: modules.id })
      .from(modules)
      .where(eq(modules.courseId, course.slug));
    const retired = await tx
      .update(lessons)
      .set({ retiredAt: sql`now()` })
      .where(
        and(
          inArray(lessons.moduleId, courseModuleIds),
          notInArray(
            lessons.id,
            lessonRows.map((row) => row.id),
          ),
          isNull(lessons.retiredAt),
        ),
      )
      .returning({ id: lessons.id });
    await tx
      .update(modules)
      .set({ retiredAt: sql`now()` })
      .where(
        and(
          eq(modules.courseId, course.slug),
          notInArray(modules.id, moduleIds),
          isNull(modules.retiredAt),
        ),
      );

    return {
      modules: moduleRows.length,
      lessons: lessonRows.length,
      retiredLessons: retired.length,
    };
  });
}
