import { Card, Page } from '@alliance/ui';
import Link from 'next/link';
import { SignOutButton } from '~/components/sign-out-button';
import { currentUser } from '~/server/runtime';

export const metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  const user = await currentUser();
  return (
    <Page narrow>
      <Card>
        {user ? (
          <>
            <h1>Sign out</h1>
            <p>
              You are signed in as {user.name} ({user.email}).
            </p>
            <SignOutButton />
          </>
        ) : (
          <>
            <h1>You are signed out</h1>
            <p>
              <Link href="/sign-in">Sign in again</Link> whenever you are ready.
            </p>
          </>
        )}
      </Card>
    </Page>
  );
}
