import { quizzes } from '@alliance/content';
import { Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { QuizRunner } from '~/components/quiz-runner';
import { currentUser } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ quizId: string }> };

export async function generateMetadata({ params }: Props) {
  const { quizId } = await params;
  const quiz = quizzes.find((q) => q.id === quizId);
  return { title: quiz?.title ?? 'Quiz' };
}

export default async function QuizPage({ params }: Props) {
  const { quizId } = await params;
  const quiz = quizzes.find((q) => q.id === quizId);
  if (!quiz) notFound();
  if (!(await currentUser())) redirect(`/sign-in?next=${encodeURIComponent(`/quizzes/${quizId}`)}`);
  const { settings } = quiz;
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
      <QuizRunner quizId={quiz.id} title={quiz.title} />
    </Page>
  );
}
