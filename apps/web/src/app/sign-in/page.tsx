import { safeNextPath } from '@alliance/auth/client';
import { signInNotice } from '@alliance/ui';
import { AuthCard } from '@alliance/ui/session';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '~/server/runtime';

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
  const signUp = `/sign-up?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard
      mode="sign-in"
      next={next}
      title="Sign in"
      intro={signInNotice(search)}
      footer={
        <>
          New here? <Link href={signUp}>Create an account</Link>.{' '}
          <Link href="/forgot-password">Forgot your password?</Link>
        </>
      }
    />
  );
}
