import { isTrpcError } from '@alliance/api';
import { formatPercent, formatPoints } from '@alliance/quiz-engine';
import { Alert, Badge, Card, capitalized, gradingText, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { StartAttempt } from '~/components/quiz/start';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props) {
  const { quizId } = await params;
  if (!(await currentUser())) return { title: 'Quiz' };
  const quiz = await (await serverApi()).course.quiz({ quizId }).catch(() => null);
  return { title: quiz?.title ?? 'Quiz' };
}

const day = (date: Date) =>
  date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const minutes = (seconds: number) => {
  const m = Math.round(seconds / 60);
  return m >= 60 && m % 60 === 0 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${m} minutes`;
};

/**
 * A quiz's start page: how it runs for this learner, the attempt in progress (resume), past
 * attempts with their results and the grade, and a Start button. Visiting it changes nothing.
 */
export default async function QuizPage({ params }: Props) {
  const { quizId } = await params;
  if (!(await currentUser())) redirect(`/sign-in?next=${encodeURIComponent(`/quizzes/${quizId}`)}`);
  const api = await serverApi();
  const missing = (error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  };
  const quiz = await api.course.quiz({ quizId }).catch(missing);
  const overview = await api.attempt.overview({ quizId: quiz.quizId }).catch(missing);
  const { settings } = overview;
  const feedback =
    settings.behaviour === 'deferred'
      ? 'Feedback and the answers come after you submit.'
      : settings.behaviour === 'immediate'
        ? 'Check each answer once, with feedback right away.'
        : `Check each answer as you go: up to ${settings.tries} tries, a hint after a wrong one${settings.penaltyPerTry > 0 ? `, and each wrong try costs ${formatPercent(settings.penaltyPerTry)} of the question’s marks` : ''}.`;
  const limited = settings.maxAttempts !== null;
  const next = overview.nextAttempt;
  const last = limited && overview.attemptsLeft === 1;
  const label = `Start attempt ${next}${limited ? ` of ${settings.maxAttempts}` : ''}`;
  const confirm =
    limited || settings.timeLimitSeconds !== null
      ? [
          last
            ? `This is your last attempt.`
            : limited
              ? `You have ${overview.attemptsLeft} attempts left.`
              : null,
          settings.timeLimitSeconds !== null
            ? `The ${minutes(settings.timeLimitSeconds)} start when you press Start now, and keep running if you leave the page.`
            : null,
          overview.grade.passed ? 'You have already passed; another attempt is optional.' : null,
        ]
          .filter(Boolean)
          .join(' ')
      : null;

  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/">Course</Link> › {quiz.kind === 'final' ? 'Final assessment' : 'Practice'}
      </p>
      <h1>{quiz.title}</h1>

      {overview.past.length > 0 && (
        <Card>
          <h2>Your result</h2>
          <p className="stat__value">
            {overview.grade.fraction === null
              ? 'Waiting for grading'
              : formatPercent(overview.grade.fraction)}{' '}
            {overview.grade.passed === true && <Badge tone="success">Passed</Badge>}
            {overview.grade.passed === false && <Badge tone="neutral">Not passed yet</Badge>}
          </p>
          <p className="muted">
            {capitalized(gradingText(overview.grade.method))}
            {settings.passMark !== null && ` · ${formatPercent(settings.passMark)} to pass`}
          </p>
          <ol className="attempt-list" aria-label="Your attempts">
            {overview.past.map((p) => (
              <li key={p.attemptId} className="attempt-list__row">
                <span className="attempt-list__name">
                  Attempt {p.number}
                  {p.reason === 'time-up' && <span className="muted"> (time ran out)</span>}
                </span>
                <span className="muted">{p.submittedAt ? `${day(p.submittedAt)} UTC` : ''}</span>
                <span className="attempt-list__score">
                  {p.points === null || p.maxPoints === null
                    ? '–'
                    : `${formatPoints(p.points)} / ${formatPoints(p.maxPoints)}`}
                  {p.fraction !== null && ` · ${formatPercent(p.fraction)}`}
                  {p.pending && ' (provisional)'}
                </span>
                <Link href={`/attempts/${p.attemptId}/review`}>Review attempt {p.number}</Link>
              </li>
            ))}
          </ol>
        </Card>
      )}

      {overview.open && (
        <Card>
          <h2>Attempt {overview.open.number} is in progress</h2>
          <p>
            {overview.open.answered} of {overview.open.questions} questions answered
            {overview.open.deadline && ` · time runs out at ${day(overview.open.deadline)} (UTC)`}.
            Your answers are saved.
          </p>
          <Link className="button button--primary" href={`/attempts/${overview.open.attemptId}`}>
            Resume attempt {overview.open.number}
          </Link>
        </Card>
      )}

      <Card>
        <h2>How this quiz works</h2>
        <dl className="facts">
          <dt>Questions</dt>
          <dd>
            {overview.questions.min === overview.questions.max
              ? overview.questions.min
              : `${overview.questions.min} to ${overview.questions.max} (papers are drawn from a pool)`}
            {settings.layout === 'one-per-page'
              ? ', one question or case per page, with a list of all questions to move between them'
              : ', all on one page'}
          </dd>
          <dt>Feedback</dt>
          <dd>{feedback}</dd>
          <dt>Time limit</dt>
          <dd>
            {settings.timeLimitSeconds === null
              ? 'None: take your time.'
              : `${minutes(settings.timeLimitSeconds)}${overview.accommodation.timeMultiplier !== 1 ? ` (with your extra time, ×${formatPoints(overview.accommodation.timeMultiplier)})` : ''}; what is saved when it runs out is submitted.`}
          </dd>
          <dt>Attempts</dt>
          <dd>
            {limited
              ? `${settings.maxAttempts} allowed${overview.accommodation.extraAttempts ? ` (with ${overview.accommodation.extraAttempts} extra for you)` : ''}: ${overview.attemptsUsed} used, ${overview.attemptsLeft} left`
              : `As many as you like (${overview.attemptsUsed} so far)`}
          </dd>
          <dt>Grade</dt>
          <dd>
            {capitalized(gradingText(settings.grading))}
            {settings.passMark !== null ? `; ${formatPercent(settings.passMark)} to pass.` : '.'}
          </dd>
        </dl>
        {!overview.open &&
          (overview.canStart.ok ? (
            <StartAttempt
              quizId={quiz.quizId}
              attemptNumber={next}
              label={label}
              confirm={confirm}
            />
          ) : (
            <Alert tone="info" title="No more attempts.">
              You cannot start another attempt: {overview.canStart.reason}.
            </Alert>
          ))}
      </Card>
    </Page>
  );
}
