import { Alert, Page } from '@alliance/ui';
import { SignOutButton } from '@alliance/ui/session';
import { runtime } from '~/server/runtime';

export default function Forbidden() {
  return (
    <Page narrow>
      <Alert title="This area is for instructors and administrators.">
        <p>
          Your account is a learner account, so there is nothing for you here. Your course is on the{' '}
          <a href={runtime().env.WEB_URL}>learner site</a>.
        </p>
        <p>
          Signed in with the wrong account? <SignOutButton />
        </p>
      </Alert>
    </Page>
  );
}
