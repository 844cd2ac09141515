import { NoticeSettingsForm } from '@alliance/ui/account';
import { AccountPage } from '@alliance/ui/account-page';
import { redirect } from 'next/navigation';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account' };

export default async function Account() {
  if (!(await currentUser())) redirect('/sign-in?next=%2Faccount');
  const api = await serverApi();
  const [profile, sessions, notices] = await Promise.all([
    api.account.profile(),
    api.account.sessions(),
    api.notices.settings(),
  ]);
  return (
    <AccountPage
      profile={profile}
      sessions={sessions}
      sessionNote="A session lasts a week from your last visit."
    >
      <NoticeSettingsForm settings={notices} />
    </AccountPage>
  );
}
