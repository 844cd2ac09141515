import { Card, Page } from '@alliance/ui';
import { SessionList } from '@alliance/ui/sessions';
import { redirect } from 'next/navigation';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your sessions' };

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect('/sign-in?next=%2Faccount');
  const sessions = await (await serverApi()).account.sessions();
  return (
    <Page>
      <h1>Your sessions</h1>
      <p className="lead">
        Signed in as {user.email}. These are the browsers where you are signed in; sign out of any
        you do not recognise.
      </p>
      <Card>
        <SessionList sessions={sessions} />
      </Card>
    </Page>
  );
}
