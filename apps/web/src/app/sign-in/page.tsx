import { safeNextPath } from '@alliance/auth/client';
import { Card, Page } from '@alliance/ui';
import { EmailAuthForm } from '@alliance/ui/session';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <Page narrow>
      <Card>
        <h1>Sign in</h1>
        <EmailAuthForm mode="sign-in" next={next} />
        <p className="muted">
          New here?{' '}
          <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>.
        </p>
      </Card>
    </Page>
  );
}
