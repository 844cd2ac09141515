import { Alert, Page } from '@alliance/ui';
import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { QuizRunner } from '~/components/quiz-runner';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props) {
  const { quizId } = await params;
  if (!(await currentUser())) return { title: 'Quiz' };
  const quiz = await (await serverApi()).course.quiz({ quizId }).catch(() => null);
  return { title: quiz?.title ?? 'Quiz' };
}

export default async function QuizPage({ params }: Props) {
  const { quizId } = await params;
  if (!(await currentUser())) redirect(`/sign-in?next=${encodeURIComponent(`/quizzes/${quizId}`)}`);
  const api = await serverApi();
  // Title and settings come from the quiz's current version, as instructors last published it.
  const quiz = await api.course.quiz({ quizId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      notFound();
    throw error;
  });
  const { settings } = quiz;
  // Started (or resumed) on the server, so the paper arrives in the page itself.
  const started = await api.attempt.start({ quizId: quiz.quizId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND'))
      return error.message;
    throw error;
  });
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/">Course</Link> › {quiz.kind === 'final' ? 'Final assessment' : 'Practice'}
      </p>
      <h1>{quiz.title}</h1>
      <p className="muted">
        {settings.maxAttempts ? `${settings.maxAttempts} attempts` : 'Unlimited attempts'} · grade:{' '}
        {settings.grading} attempt
        {settings.passMark !== null && ` · pass mark ${Math.round(settings.passMark * 100)}%`}
        {settings.timeLimitSeconds !== null &&
          ` · ${Math.round(settings.timeLimitSeconds / 60)} minutes`}
      </p>
      {typeof started === 'string' ? (
        <Alert title="This quiz cannot start.">{started}</Alert>
      ) : (
        <QuizRunner initial={started} title={quiz.title} />
      )}
    </Page>
  );
}
