import { course } from '@alliance/content';
import { formatPercent } from '@alliance/quiz-engine';
import {
  Badge,
  Card,
  capitalized,
  EmptyState,
  gradingText,
  Page,
  ProgressBar,
  ScoreChart,
} from '@alliance/ui';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'My progress' };

const LEVEL_TEXT: Record<string, string> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

const dateText = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });

export default async function ProgressPage() {
  if (!(await currentUser())) redirect('/sign-in?next=%2Fprogress');
  const api = await serverApi();
  const [progress, history, mastery, grades, quizzes] = await Promise.all([
    api.progress.mine(),
    api.progress.quizHistory(),
    api.mastery.mine(),
    api.progress.grades(),
    api.course.quizzes(),
  ]);
  const graded = quizzes.flatMap((q) => {
    const grade = grades.find((g) => g.quizId === q.quizId);
    return grade ? [{ ...q, grade }] : [];
  });
  const scored = history.filter((h) => h.fraction !== null && h.submittedAt);
  const proficient = mastery.filter(
    (o) => o.level === 'proficient' || o.level === 'mastered',
  ).length;
  return (
    <Page>
      <h1>My progress</h1>
      <div className="stats">
        <div className="stat">
          <div className="stat__value">
            {progress.completed}/{progress.total}
          </div>
          <div className="stat__label">lessons completed</div>
        </div>
        <div className="stat">
          <div className="stat__value">{scored.length}</div>
          <div className="stat__label">quiz attempts submitted</div>
        </div>
        <div className="stat">
          <div className="stat__value">{proficient}</div>
          <div className="stat__label">of {mastery.length} objectives proficient or mastered</div>
        </div>
      </div>
      <Card>
        <h2>Lessons</h2>
        <ProgressBar
          value={progress.completed}
          max={progress.total}
          label="Course progress"
          unit="lessons completed"
        />
      </Card>
      <Card>
        <h2>Quiz results over time</h2>
        {scored.length === 0 ? (
          <EmptyState title="No quiz submitted yet.">
            <p>Each module has a practice quiz; your results will be charted here.</p>
          </EmptyState>
        ) : (
          <ScoreChart
            caption="Score of each submitted attempt, oldest first; the dashed line is the 70% pass mark."
            points={scored.map((h) => ({
              key: h.attemptId,
              label: `${h.title}, ${dateText(new Date(h.submittedAt ?? 0))}`,
              value: (h.fraction ?? 0) * 100,
            }))}
          />
        )}
      </Card>
      <Card>
        <h2>Your grades</h2>
        {graded.length === 0 ? (
          <EmptyState title="No grade yet.">
            <p>A quiz’s grade appears here once you submit it.</p>
          </EmptyState>
        ) : (
          <ul className="attempt-list" aria-label="Your grades">
            {graded.map((q) => (
              <li key={q.quizId} className="attempt-list__row">
                <Link className="attempt-list__name" href={`/quizzes/${q.quizId}`}>
                  {q.title}
                </Link>
                <span className="muted">{capitalized(gradingText(q.grade.method))}</span>
                <span className="attempt-list__score">
                  {q.grade.fraction === null
                    ? 'waiting for grading'
                    : formatPercent(q.grade.fraction)}
                  {q.grade.waiting > 0 &&
                    q.grade.fraction !== null &&
                    ' (an attempt waits for grading)'}
                </span>
                {q.grade.passed === true && <Badge tone="success">Passed</Badge>}
                {q.grade.passed === false && <Badge tone="neutral">Below the pass mark</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2>Mastery by objective</h2>
        <p className="muted">
          Levels follow your answers. A lesson check can raise an objective up to Proficient. In a
          practice quiz or the final, getting an objective’s questions all right moves it one level
          up (Not started → Familiar → Proficient; to Mastered only in the final), and missing one
          moves it down. Recall is the chance you would still answer right today; it fades until you
          review. <Link href="/review">Review what is due</Link>.
        </p>
        {course.modules.map((mod) => {
          const rows = mastery.filter((o) => o.module === mod.slug);
          return (
            <table key={mod.slug} className="mastery">
              <caption className="module__number" style={{ textAlign: 'left', paddingTop: '1rem' }}>
                {mod.title}
              </caption>
              <thead className="visually-hidden">
                <tr>
                  <th scope="col">Objective</th>
                  <th scope="col">Level</th>
                  <th scope="col">Recall today</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((o) => (
                  <tr key={o.id}>
                    <td>{o.text}</td>
                    <td>
                      <span className={`badge level--${o.level}`}>
                        {LEVEL_TEXT[o.level] ?? o.level}
                      </span>
                    </td>
                    <td>{o.recall === null ? '—' : `${Math.round(o.recall * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </Card>
      {progress.nextLessonId && (
        <p>
          <Link className="button button--primary" href={`/lessons/${progress.nextLessonId}`}>
            Continue the course
          </Link>{' '}
          <Badge>{progress.percent}% done</Badge>
        </p>
      )}
    </Page>
  );
}
