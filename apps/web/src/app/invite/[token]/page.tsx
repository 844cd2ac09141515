import { trpcErrorCode } from '@alliance/api';
import { Alert, Card, Page } from '@alliance/ui';
import Link from 'next/link';
import { currentUser, runtime, serverApi } from '~/server/runtime';
import { AcceptInvitation } from './accept-invitation';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your invitation' };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const api = await serverApi();
  const invitation = await api.invitation.get({ token }).catch((error: unknown) => {
    const code = trpcErrorCode(error);
    if (code === 'NOT_FOUND' || code === 'BAD_REQUEST')
      return {
        unusable:
          code === 'NOT_FOUND' ? (error as Error).message : 'This is not an invitation link.',
      };
    throw error;
  });
  const user = await currentUser();
  return (
    <Page narrow>
      <Card>
        {'unusable' in invitation ? (
          <>
            <h1>This invitation cannot be used</h1>
            <Alert>{invitation.unusable}</Alert>
            <p>
              Already have an account? <Link href="/sign-in">Sign in</Link>.
            </p>
          </>
        ) : user ? (
          <>
            <h1>You are signed in already</h1>
            <p>
              You are signed in as {user.email}. To accept the invitation for {invitation.email},{' '}
              <Link href="/sign-out">sign out</Link> first, then open the link again.
            </p>
          </>
        ) : (
          <>
            <h1>Welcome to Alliance Academy</h1>
            <p className="muted">
              You are invited as{' '}
              {invitation.role === 'learner' ? 'a learner' : `an ${invitation.role}`} with{' '}
              {invitation.email}. Choose your name and a password to make your account.
            </p>
            <AcceptInvitation
              token={token}
              email={invitation.email}
              name={invitation.name}
              role={invitation.role}
              adminUrl={runtime().env.ADMIN_URL}
            />
          </>
        )}
      </Card>
    </Page>
  );
}
