import { safeNextPath } from '@alliance/auth/client';
import { Card, Page } from '@alliance/ui';
import { EmailAuthForm } from '@alliance/ui/session';
import { redirect } from 'next/navigation';
import { currentUser, runtime } from '~/server/runtime';

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
        <h1>Staff sign-in</h1>
        <p className="muted">For instructors and administrators.</p>
        <EmailAuthForm mode="sign-in" next={next} />
        <p className="muted">
          Here to learn? Go to the <a href={runtime().env.WEB_URL}>learner site</a>.
        </p>
      </Card>
    </Page>
  );
}
