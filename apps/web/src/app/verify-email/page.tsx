import { Card, Page } from '@alliance/ui';
import { ConfirmEmail } from '@alliance/ui/account';

export const metadata = { title: 'Confirm your email' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** Where a confirmation link lands: the address is confirmed when the button is pressed. */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <Page narrow>
      <Card>
        <h1>Confirm your email</h1>
        {typeof token === 'string' && token.length > 0 && token.length <= 4096 ? (
          <ConfirmEmail token={token} />
        ) : (
          <p>
            This link is incomplete. Open the whole link from the message, or sign in to have a new
            one sent.
          </p>
        )}
      </Card>
    </Page>
  );
}
