import { isTrpcError } from '@alliance/api';
import { formatPercent, formatPoints } from '@alliance/quiz-engine';
import { Alert, Badge, Card, gradingText, inline, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { AnsweredItem } from '~/components/review-item';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review' };

type Props = { params: Promise<{ attemptId: string }> };

export default async function ReviewPage({ params }: Props) {
  const { attemptId } = await params;
  if (!(await currentUser()))
    redirect(`/sign-in?next=${encodeURIComponent(`/attempts/${attemptId}/review`)}`);
  const api = await serverApi();
  const review = await api.attempt.review({ attemptId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    if (isTrpcError(error, 'PRECONDITION_FAILED')) return null;
    throw error;
  });
  if (!review) {
    return (
      <Page narrow>
        <Alert title="Not submitted yet.">
          <p>The review opens once the attempt is submitted.</p>
        </Alert>
      </Page>
    );
  }
  const quiz = await api.course.quiz({ quizId: review.quizId }).catch(() => null);
  const presented = new Map(
    review.presentation.sections.flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item'
          ? [[e.slot, e.item] as const]
          : e.items.map((i) => [i.slot, i.item] as const),
      ),
    ),
  );
  const points = (value: number | null) => (value === null ? '–' : formatPoints(value));
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/">Course</Link> ›{' '}
        <Link href={`/quizzes/${review.quizId}`}>{quiz?.title ?? 'Quiz'}</Link> › Review
      </p>
      <h1>Your results</h1>
      <Card>
        <p className="stat__value">
          {points(review.total.points)} / {points(review.total.maxPoints)}
          {review.total.fraction !== null && ` · ${formatPercent(review.total.fraction)}`}
        </p>
        {review.total.pending && (
          <Badge tone="accent">Provisional: an answer waits for grading</Badge>
        )}
        {review.grade && review.grade.fraction !== null && (
          <p>
            Your grade on this quiz: <strong>{formatPercent(review.grade.fraction)}</strong>{' '}
            <span className="muted">({gradingText(review.grade.method)})</span>{' '}
            {review.grade.passed === true && <Badge tone="success">Passed</Badge>}
            {review.grade.passed === false && <Badge tone="neutral">Below the pass mark</Badge>}
          </p>
        )}
        {review.regrades.map((regrade) => (
          <p key={regrade.at.toISOString()} className="regrade-note" role="note">
            <strong>
              Regraded on {regrade.at.toLocaleDateString('en-GB', { dateStyle: 'long' })}
            </strong>
            {': '}
            {points(regrade.oldPoints)} → {points(regrade.newPoints)} of {points(regrade.maxPoints)}{' '}
            points. {regrade.reason && <>Why: {regrade.reason}</>}
          </p>
        ))}
        {review.reason === 'time-up' && (
          <p className="muted">
            Time ran out; the answers saved before the deadline were submitted.
          </p>
        )}
        <details>
          <summary>How the total was computed</summary>
          <ul>
            {review.total.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      </Card>
      {review.items.map((item, index) => {
        const presentation = presented.get(item.slot);
        if (!presentation) return null;
        return (
          <Card key={item.slot}>
            <p className="module__number">
              Question {index + 1} · {formatPoints(item.points)} of {formatPoints(item.maxPoints)}{' '}
              point
              {item.maxPoints === 1 ? '' : 's'}
              {item.pending && ' · waiting for grading'}
            </p>
            <AnsweredItem
              item={presentation}
              response={item.response}
              parts={item.parts}
              idPrefix={`r-${item.slot}`}
            />
            {item.feedback.map((text) => (
              <p key={text}>{inline(text)}</p>
            ))}
            <p className="muted">
              <strong>Score:</strong> {item.breakdown}
            </p>
            {item.key !== null && (
              <details>
                <summary>Show the answer key</summary>
                <AnsweredItem item={presentation} response={item.key} idPrefix={`k-${item.slot}`} />
              </details>
            )}
            {item.explanation && (
              <div className="exercise__explanation">
                <strong>Worked explanation.</strong> {inline(item.explanation)}
              </div>
            )}
          </Card>
        );
      })}
    </Page>
  );
}
