import { safeNextPath } from '@alliance/auth/client';
import { AuthCard } from '@alliance/ui/session';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Create an account' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  const signIn = `/sign-in?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard
      mode="sign-up"
      next={next}
      title="Create your account"
      intro="Free, and your progress is saved as you go."
      footer={
        <>
          Already have an account? <Link href={signIn}>Sign in</Link>.
        </>
      }
    />
  );
}
