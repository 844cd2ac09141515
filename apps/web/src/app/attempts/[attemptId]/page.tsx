import { isTrpcError } from '@alliance/api';
import { Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { QuizRunner } from '~/components/quiz/runner';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Attempt' };

type Props = { params: Promise<{ attemptId: string }> };

/** An attempt in progress (resumed after a reload, or on another device); reading it changes nothing. */
export default async function AttemptPage({ params }: Props) {
  const { attemptId } = await params;
  if (!(await currentUser()))
    redirect(`/sign-in?next=${encodeURIComponent(`/attempts/${attemptId}`)}`);
  const api = await serverApi();
  const attempt = await api.attempt.get({ attemptId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  if (attempt.state !== 'in-progress') redirect(`/attempts/${attemptId}/review`);
  const quiz = await api.course.quiz({ quizId: attempt.quizId }).catch(() => null);
  const title = quiz?.title ?? 'Quiz';
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/">Course</Link> › <Link href={`/quizzes/${attempt.quizId}`}>{title}</Link> ›
        Attempt
      </p>
      <h1>{title}</h1>
      <QuizRunner initial={attempt} title={title} />
    </Page>
  );
}
