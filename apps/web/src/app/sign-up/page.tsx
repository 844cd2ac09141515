import { safeNextPath } from '@alliance/auth/client';
import { Card, Page } from '@alliance/ui';
import { EmailAuthForm } from '@alliance/ui/session';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  return (
    <Page narrow>
      <Card>
        <h1>Create your account</h1>
        <p className="muted">Free, and your progress is saved as you go.</p>
        <EmailAuthForm mode="sign-up" next={next} />
        <p className="muted">
          Already have an account?{' '}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>.
        </p>
      </Card>
    </Page>
  );
}
