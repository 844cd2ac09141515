import { AccountPage } from '@alliance/ui/account-page';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account' };

export default async function Account() {
  await requireStaff('/account');
  const api = await serverApi();
  const [profile, sessions] = await Promise.all([api.account.profile(), api.account.sessions()]);
  return (
    <AccountPage
      profile={profile}
      sessions={sessions}
      sessionNote="Admin sessions end after 30 minutes without activity, and 12 hours after signing in."
    />
  );
}
