import { safeNextPath } from '@alliance/auth/client';
import { signInNotice } from '@alliance/ui';
import { AuthCard } from '@alliance/ui/session';
import { redirect } from 'next/navigation';
import { currentUser, runtime } from '~/server/runtime';

export const metadata = { title: 'Sign in' };

type Props = {
  searchParams: Promise<{
    next?: string | string[];
    reset?: string | string[];
    deleted?: string | string[];
    confirmed?: string | string[];
  }>;
};

export default async function SignInPage({ searchParams }: Props) {
  const search = await searchParams;
  const next = safeNextPath(search.next);
  if (await currentUser()) redirect(next);
  return (
    <AuthCard
      mode="sign-in"
      next={next}
      title="Staff sign-in"
      intro={signInNotice(search) ?? 'For instructors and administrators.'}
      footer={
        <>
          Here to learn? Go to the <a href={runtime().env.WEB_URL}>learner site</a>.{' '}
          <a href={`${runtime().env.WEB_URL}/forgot-password`}>Forgot your password?</a>
        </>
      }
    />
  );
}
