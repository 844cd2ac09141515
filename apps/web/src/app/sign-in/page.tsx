import { safeNextPath } from '@alliance/auth/client';
import { AuthCard } from '@alliance/ui/session';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const signUp = `/sign-up?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard
      mode="sign-in"
      next={next}
      title="Sign in"
      footer={
        <>
          New here? <Link href={signUp}>Create an account</Link>.
        </>
      }
    />
  );
}
