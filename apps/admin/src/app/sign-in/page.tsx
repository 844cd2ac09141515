import { safeNextPath } from '@alliance/auth/client';
import { AuthCard } from '@alliance/ui/session';
import { redirect } from 'next/navigation';
import { currentUser, runtime } from '~/server/runtime';

export const metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <AuthCard
      mode="sign-in"
      next={next}
      title="Staff sign-in"
      intro="For instructors and administrators."
      footer={
        <>
          Here to learn? Go to the <a href={runtime().env.WEB_URL}>learner site</a>.{' '}
          <a href={`${runtime().env.WEB_URL}/forgot-password`}>Forgot your password?</a>
        </>
      }
    />
  );
}
