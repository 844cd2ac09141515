import { COURSE_ID } from '@alliance/content';
import { type Database, getCourseOutline, listLessonProgress } from '@alliance/db';
import { summarizeProgress } from '@alliance/quiz-engine';

/** A learner's progress through the course: overall, per module, per lesson, and where they stopped. */
export async function progressOf(db: Database, userId: string) {
  const [outline, rows] = await Promise.all([
    getCourseOutline(db, { courseId: COURSE_ID }),
    listLessonProgress(db, { userId: userId, courseId: COURSE_ID }),
  ]);
  const completed = new Set(rows.filter((row) => row.completedAt).map((row) => row.lessonId));
  const summary = summarizeProgress(outline ?? { modules: [] }, completed);
  const lessonsInOrder = outline?.modules.flatMap((m) => m.lessons) ?? [];
  const minutesLeft = lessonsInOrder
    .filter((l) => !completed.has(l.id))
    .reduce((sum, l) => sum + l.estimatedMinutes, 0);
  const live = new Set(lessonsInOrder.map((l) => l.id));
  const last = rows
    .filter((r) => live.has(r.lessonId))
    .sort((a, b) => b.lastViewedAt.getTime() - a.lastViewedAt.getTime())[0];
  return {
    ...summary,
    minutesLeft,
    /** The lesson last opened and how far down it the learner was: "continue where you left off". */
    lastViewed: last
      ? { lessonId: last.lessonId, position: last.position, completed: last.completedAt !== null }
      : null,
    lessons: Object.fromEntries(
      rows.map((row) => [
        row.lessonId,
        { startedAt: row.startedAt, completedAt: row.completedAt, position: row.position },
      ]),
    ),
  };
}
