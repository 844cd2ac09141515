import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { courses, lessons, modules, objectives } from '../schema';

/** The course structure the seed needs (packages/content's `course` fits it). */
export interface CourseInput {
  slug: string;
  title: string;
  description: string;
  modules: ReadonlyArray<{
    slug: string;
    title: string;
    summary: string;
    lessons: ReadonlyArray<{
      slug: string;
      title: string;
      summary: string;
      minutes: number;
      objectives: ReadonlyArray<{ id: string; text: string }>;
    }>;
  }>;
}

export interface SyncResult {
  modules: number;
  lessons: number;
  objectives: number;
  retiredLessons: number;
}

/**
 * Makes the database's course structure match the content package, in one transaction.
 * Idempotent: run it on every start. Lessons the content dropped are retired, not deleted.
 */
export async function syncCourse(db: Database, course: CourseInput): Promise<SyncResult> {
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
        estimatedMinutes: lesson.minutes,
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

    // Objectives follow their lessons: upserted, and retired when no lesson states them.
    const objectiveRows = course.modules.flatMap((mod) =>
      mod.lessons.flatMap((lesson) =>
        lesson.objectives.map((o) => ({
          id: o.id,
          lessonId: lesson.slug,
          text: o.text,
          retiredAt: null,
        })),
      ),
    );
    if (objectiveRows.length) {
      await tx
        .insert(objectives)
        .values(objectiveRows)
        .onConflictDoUpdate({
          target: objectives.id,
          set: {
            lessonId: sql`excluded.lesson_id`,
            text: sql`excluded.text`,
            retiredAt: sql`null`,
          },
        });
    }
    const courseLessonIds = tx
      .select({ id: lessons.id })
      .from(lessons)
      .where(inArray(lessons.moduleId, courseModuleIds));
    await tx
      .update(objectives)
      .set({ retiredAt: sql`now()` })
      .where(
        and(
          inArray(objectives.lessonId, courseLessonIds),
          objectiveRows.length
            ? notInArray(
                objectives.id,
                objectiveRows.map((o) => o.id),
              )
            : undefined,
          isNull(objectives.retiredAt),
        ),
      );

    return {
      modules: moduleRows.length,
      lessons: lessonRows.length,
      objectives: objectiveRows.length,
      retiredLessons: retired.length,
    };
  });
}
