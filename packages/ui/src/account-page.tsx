import type { ReactNode } from 'react';
import {
  type AccountProfile,
  DeleteAccount,
  EmailForm,
  NameForm,
  PasswordForm,
  YourData,
} from './account';
import { Card, Page } from './layout';
import { SessionList, type SessionRow } from './sessions';

/**
 * The account page of either app: name, email and password, where you are signed in, what
 * is kept about you, and deleting the account. `children` holds what only one app has (the
 * learner's notices).
 */
export function AccountPage({
  profile,
  sessions,
  sessionNote,
  children,
}: {
  profile: AccountProfile;
  sessions: SessionRow[];
  /** How long sessions last on this app. */
  sessionNote: string;
  children?: ReactNode;
}) {
  return (
    <Page narrow>
      <h1>Your account</h1>
      <p className="lead">
        {profile.name}, {profile.email}; here since{' '}
        {profile.createdAt.toLocaleDateString('en-GB', { dateStyle: 'long' })}.
      </p>
      <NameForm name={profile.name} />
      <EmailForm email={profile.email} verified={profile.emailVerified} />
      <PasswordForm />
      <Card>
        <h2>Your sessions</h2>
        <p className="muted">
          The browsers where you are signed in; sign out of any you do not recognise. {sessionNote}
        </p>
        <SessionList sessions={sessions} />
      </Card>
      {children}
      <YourData />
      <DeleteAccount staff={profile.role !== 'learner'} />
    </Page>
  );
}
