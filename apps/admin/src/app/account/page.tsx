import { Card, Page } from '@alliance/ui';
import { SessionList } from '@alliance/ui/sessions';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your sessions' };

export default async function AccountPage() {
  const user = await requireStaff('/account');
  const sessions = await (await serverApi()).account.sessions();
  return (
    <Page>
      <h1>Your sessions</h1>
      <p className="lead">
        Signed in as {user.email}. These are the browsers where you are signed in; sign out of any
        you do not recognise. Admin sessions end after 30 minutes without activity, and 12 hours
        after signing in.
      </p>
      <Card>
        <SessionList sessions={sessions} />
      </Card>
    </Page>
  );
}
