import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { exerciseAnswers, lessonProgress, lessons, modules, user } from '../schema';

export interface LessonProgressRow {
  lessonId: string;
  startedAt: Date;
  completedAt: Date | null;
  position: number;
  lastViewedAt: Date;
}

/** The caller's progress rows in one course. */
export async function listLessonProgress(
  db: Database,
  { userId, courseId }: { userId: string; courseId: string },
): Promise<LessonProgressRow[]> {
  return db
    .select({
      lessonId: lessonProgress.lessonId,
      startedAt: lessonProgress.startedAt,
      completedAt: lessonProgress.completedAt,
      position: lessonProgress.position,
      lastViewedAt: lessonProgress.lastViewedAt,
    })
    .from(lessonProgress)
    .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .where(and(eq(lessonProgress.userId, userId), eq(modules.courseId, courseId)));
}

/** A live lesson by id, or null. Guards writes so progress only lands on lessons that exist. */
function liveLesson(db: Database, lessonId: string) {
  return db
    .select({ id: lessons.id })
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), isNull(lessons.retiredAt)));
}

/** Records that the learner opened a lesson (first time only). False if no such lesson. */
export async function startLesson(
  db: Database,
  { userId, lessonId }: { userId: string; lessonId: string },
): Promise<boolean> {
  const [lesson] = await liveLesson(db, lessonId);
  if (!lesson) return false;
  await db
    .insert(lessonProgress)
    .values({ userId, lessonId })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.lessonId],
      set: { lastViewedAt: sql`now()` },
    });
  return true;
}

/** Remembers how far down a lesson the learner is (0–1). False if no such lesson. */
export async function setLessonPosition(
  db: Database,
  { userId, lessonId, position }: { userId: string; lessonId: string; position: number },
): Promise<boolean> {
  const [lesson] = await liveLesson(db, lessonId);
  if (!lesson) return false;
  const clamped = Math.min(1, Math.max(0, position));
  await db
    .insert(lessonProgress)
    .values({ userId, lessonId, position: clamped })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.lessonId],
      set: { position: clamped, lastViewedAt: sql`now()` },
    });
  return true;
}

/**
 * Marks a lesson complete (or not). Completing twice keeps the first completion time.
 * Returns the row, or null when the lesson does not exist.
 */
export async function setLessonCompleted(
  db: Database,
  { userId, lessonId, completed }: { userId: string; lessonId: string; completed: boolean },
): Promise<LessonProgressRow | null> {
  const [lesson] = await liveLesson(db, lessonId);
  if (!lesson) return null;
  const completedAt = completed ? sql`coalesce(${lessonProgress.completedAt}, now())` : sql`null`;
  const [row] = await db
    .insert(lessonProgress)
    .values({ userId, lessonId, completedAt: completed ? sql`now()` : null })
    .onConflictDoUpdate({
      target: [lessonProgress.userId, lessonProgress.lessonId],
      set: { completedAt },
    })
    .returning({
      lessonId: lessonProgress.lessonId,
      startedAt: lessonProgress.startedAt,
      completedAt: lessonProgress.completedAt,
      position: lessonProgress.position,
      lastViewedAt: lessonProgress.lastViewedAt,
    });
  return row ?? null;
}

export interface LessonCompletionStat {
  lessonId: string;
  lessonTitle: string;
  moduleId: string;
  moduleTitle: string;
  completed: number;
}

/**
 * How many learners completed each live lesson of a course, in course order, plus how many
 * learners there are. One grouped query over the partial index on completed rows.
 */
export async function lessonCompletionCounts(
  db: Database,
  { courseId }: { courseId: string },
): Promise<{ learners: number; lessons: LessonCompletionStat[] }> {
  const completedCount = db
    .select({ lessonId: lessonProgress.lessonId, n: count().as('n') })
    .from(lessonProgress)
    .innerJoin(user, eq(user.id, lessonProgress.userId))
    .where(and(isNotNull(lessonProgress.completedAt), eq(user.role, 'learner')))
    .groupBy(lessonProgress.lessonId)
    .as('completed_count');
  const rows = await db
    .select({
      lessonId: lessons.id,
      lessonTitle: lessons.title,
      moduleId: modules.id,
      moduleTitle: modules.title,
      completed: sql<number>`coalesce(${completedCount.n}, 0)::int`,
    })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .leftJoin(completedCount, eq(completedCount.lessonId, lessons.id))
    .where(
      and(eq(modules.courseId, courseId), isNull(modules.retiredAt), isNull(lessons.retiredAt)),
    )
    .orderBy(asc(modules.position), asc(lessons.position));
  const [learners] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(user)
    .where(eq(user.role, 'learner'));
  return { learners: learners?.n ?? 0, lessons: rows };
}

/** Keeps a learner's checked answer to a lesson's check of understanding (the last one wins). */
export async function saveExerciseAnswer(
  db: Database,
  input: {
    userId: string;
    itemId: string;
    itemVersion: number;
    response: unknown;
    result: unknown;
  },
) {
  const values = { ...input, checkedAt: sql`now()` };
  await db
    .insert(exerciseAnswers)
    .values(values)
    .onConflictDoUpdate({
      target: [exerciseAnswers.userId, exerciseAnswers.itemId],
      set: {
        itemVersion: input.itemVersion,
        response: input.response,
        result: input.result,
        checkedAt: sql`now()`,
      },
    });
}

/** A learner's checked answers to the given exercises: item id → the answer and its check. */
export async function listExerciseAnswers(
  db: Database,
  { userId, itemIds }: { userId: string; itemIds: readonly string[] },
) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: exerciseAnswers.itemId,
      itemVersion: exerciseAnswers.itemVersion,
      response: exerciseAnswers.response,
      result: exerciseAnswers.result,
      checkedAt: exerciseAnswers.checkedAt,
    })
    .from(exerciseAnswers)
    .where(and(eq(exerciseAnswers.userId, userId), inArray(exerciseAnswers.itemId, [...itemIds])));
}
