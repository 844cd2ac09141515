import { Card, Page } from '@alliance/ui';
import { ForgotPasswordForm } from '@alliance/ui/session';
import Link from 'next/link';

export const metadata = { title: 'Forgot password' };

export default function ForgotPasswordPage() {
  return (
    <Page narrow>
      <Card>
        <h1>Forgot your password?</h1>
        <p className="muted">
          Give the email you sign in with. We send a link to choose a new password; using it signs
          you out everywhere else.
        </p>
        <ForgotPasswordForm />
        <p className="muted">
          Remembered it? <Link href="/sign-in">Sign in</Link>.
        </p>
      </Card>
    </Page>
  );
}
