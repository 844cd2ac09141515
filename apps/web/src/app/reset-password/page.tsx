import { Card, Page } from '@alliance/ui';
import { ResetPasswordForm } from '@alliance/ui/session';
import Link from 'next/link';

export const metadata = { title: 'Choose a new password' };

type Props = { searchParams: Promise<{ token?: string | string[]; error?: string | string[] }> };

/** Where the emailed link lands (better-auth checked the token and put it in the URL). */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token, error } = await searchParams;
  const value = Array.isArray(token) ? token[0] : token;
  const usable = value && /^[A-Za-z0-9_-]{8,200}$/.test(value) && !error;
  return (
    <Page narrow>
      <Card>
        <h1>Choose a new password</h1>
        {usable ? (
          <ResetPasswordForm token={value} />
        ) : (
          <p role="alert">
            This link does not work any more: it was used, or it is older than an hour.{' '}
            <Link href="/forgot-password">Ask for a new one</Link>.
          </p>
        )}
      </Card>
    </Page>
  );
}
