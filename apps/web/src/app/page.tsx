import { formatPercent } from '@alliance/quiz-engine';
import { Alert, Badge, Card, EmptyState, gradingText, Page, ProgressBar } from '@alliance/ui';
import Link from 'next/link';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

const day = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export default async function CoursePage() {
  const api = await serverApi();
  const user = await currentUser();
  const outline = await api.course.outline().catch(() => null);
  if (!outline) {
    return (
      <Page>
        <EmptyState title="The course is not available yet.">
          <p>
            Its lessons have not been loaded into the database. An administrator can run `pnpm
            db:seed`.
          </p>
        </EmptyState>
      </Page>
    );
  }
  const progress = user ? await api.progress.mine() : null;
  const quizzes = user ? await api.course.quizzes() : [];
  const grades = new Map(
    (user ? await api.progress.grades() : []).map((g) => [g.quizId, g] as const),
  );
  const schedule = user ? await api.progress.schedule() : [];
  const final = user
    ? await api.attempt.overview({ quizId: 'final-assessment' }).catch(() => null)
    : null;
  const totalLessons = outline.modules.reduce((n, m) => n + m.lessons.length, 0);
  const allLessons = outline.modules.flatMap((m) => m.lessons);
  const nextLesson = progress?.nextLessonId
    ? allLessons.find((l) => l.id === progress.nextLessonId)
    : null;
  // Continue where the learner left off: the lesson last opened, if not finished; else the next.
  const resume =
    progress?.lastViewed && !progress.lastViewed.completed
      ? (allLessons.find((l) => l.id === progress.lastViewed?.lessonId) ?? nextLesson)
      : nextLesson;
  const hours = progress ? Math.floor(progress.minutesLeft / 60) : 0;
  const minutes = progress ? progress.minutesLeft % 60 : 0;

  return (
    <Page>
      <section className="stack" aria-labelledby="course-title">
        <h1 id="course-title">{outline.title}</h1>
        <p className="lead">{outline.description}</p>
        {progress ? (
          <Card>
            <h2>Your progress</h2>
            {schedule.map((s) => (
              <p key={s.cohort} className="muted">
                {s.cohort}
                {s.opensAt ? ` · opens ${day(s.opensAt)}` : ''}
                {s.dueAt ? ` · due ${day(s.dueAt)}` : ''}
                {s.dueAt && s.extraDays > 0
                  ? ` (with ${s.extraDays} extra day${s.extraDays === 1 ? '' : 's'})`
                  : ''}
                {s.dueAt && s.dueAt < new Date() ? ' · the due date has passed' : ''}
              </p>
            ))}
            <ProgressBar
              value={progress.completed}
              max={progress.total}
              label="Course progress"
              unit="lessons completed"
            />
            {resume ? (
              <p>
                <Link className="button button--primary" href={`/lessons/${resume.id}`}>
                  {progress.completed === 0 && !progress.lastViewed ? 'Start' : 'Continue'}:{' '}
                  {resume.title}
                </Link>{' '}
                <span className="muted">
                  About {hours > 0 ? `${hours} h ` : ''}
                  {minutes} min of reading left
                </span>
              </p>
            ) : (
              <Alert tone="success">You have completed every lesson. Well done!</Alert>
            )}
          </Card>
        ) : (
          <Alert tone="info">
            {totalLessons} lessons in {outline.modules.length} modules.{' '}
            <Link href="/sign-up">Create a free account</Link> or{' '}
            <Link href="/sign-in">sign in</Link> to read them and keep track of your progress.
          </Alert>
        )}
      </section>

      <ol className="outline" aria-label="Modules">
        {outline.modules.map((mod, index) => {
          const moduleProgress = progress?.modules.find((m) => m.id === mod.id);
          return (
            <li key={mod.id}>
              <Card>
                <div className="module__head">
                  <div>
                    <div className="module__number">Module {index + 1}</div>
                    <h2>{mod.title}</h2>
                  </div>
                  {moduleProgress && (
                    <Badge tone={moduleProgress.percent === 100 ? 'success' : 'neutral'}>
                      {moduleProgress.completed}/{moduleProgress.total} done
                    </Badge>
                  )}
                </div>
                <p className="muted">{mod.summary}</p>
                {moduleProgress && (
                  <ProgressBar
                    value={moduleProgress.completed}
                    max={moduleProgress.total}
                    label={`Progress in ${mod.title}`}
                    size="small"
                  />
                )}
                <ul className="lessons">
                  {mod.lessons.map((lesson) => {
                    const done = Boolean(progress?.lessons[lesson.id]?.completedAt);
                    return (
                      <li key={lesson.id} className="lesson-row">
                        <span
                          className={`lesson-row__status${done ? ' lesson-row__status--done' : ''}`}
                          aria-hidden="true"
                        >
                          {done ? '✓' : ''}
                        </span>
                        <span className="lesson-row__body">
                          <Link className="lesson-row__title" href={`/lessons/${lesson.id}`}>
                            {lesson.title}
                          </Link>
                          {done && <span className="visually-hidden"> (completed)</span>}
                          <span className="lesson-row__summary">{lesson.summary}</span>
                        </span>
                        <span className="muted">{lesson.estimatedMinutes} min</span>
                      </li>
                    );
                  })}
                </ul>
                {quizzes.some((q) => q.moduleId === mod.id) && (
                  <p className="quiz-links">
                    {quizzes
                      .filter((q) => q.moduleId === mod.id)
                      .map((q) => {
                        const grade = grades.get(q.quizId);
                        return (
                          <Link key={q.quizId} className="button" href={`/quizzes/${q.quizId}`}>
                            {q.kind === 'practice' && q.title.endsWith('practice quiz')
                              ? 'Practice quiz'
                              : q.title}
                            {grade?.fraction !== null && grade?.fraction !== undefined && (
                              <span className="muted"> · {formatPercent(grade.fraction)}</span>
                            )}
                          </Link>
                        );
                      })}
                  </p>
                )}
              </Card>
            </li>
          );
        })}
      </ol>
      {user && final && (
        <Card>
          <h2>Final assessment</h2>
          <p className="muted">
            Cases and questions drawn from the whole course ({final.questions.min}
            {final.questions.max > final.questions.min ? `–${final.questions.max}` : ''} questions),
            so no two papers are alike.{' '}
            {final.settings.timeLimitSeconds !== null &&
              `${Math.round(final.settings.timeLimitSeconds / 60)} minutes. `}
            {final.settings.maxAttempts !== null && `${final.settings.maxAttempts} attempts; `}
            {gradingText(final.settings.grading)}
            {final.settings.passMark !== null &&
              `; ${formatPercent(final.settings.passMark)} to pass`}
            .
          </p>
          {final.grade.fraction !== null && (
            <p>
              Your result: <strong>{formatPercent(final.grade.fraction)}</strong>{' '}
              {final.grade.passed ? (
                <Badge tone="success">Passed</Badge>
              ) : (
                <Badge tone="neutral">Not passed yet</Badge>
              )}
            </p>
          )}
          <Link
            className="button button--primary"
            href={final.open ? `/attempts/${final.open.attemptId}` : '/quizzes/final-assessment'}
          >
            {final.open
              ? `Resume attempt ${final.open.number}`
              : final.past.length
                ? 'Your results and attempts'
                : 'About the final assessment'}
          </Link>
        </Card>
      )}
    </Page>
  );
}
