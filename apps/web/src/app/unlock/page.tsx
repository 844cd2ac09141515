import { Card, Page } from '@alliance/ui';
import { UnlockDevice } from '@alliance/ui/account';

export const metadata = { title: 'Let this browser sign in' };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/** Where a paused account's unlock link lands: the browser is let in when the button is pressed. */
export default async function UnlockPage({ searchParams }: Props) {
  const token = (await searchParams).token;
  return (
    <Page narrow>
      <Card>
        <h1>Let this browser sign in</h1>
        {typeof token === 'string' && token.length >= 10 && token.length <= 1024 ? (
          <UnlockDevice token={token} />
        ) : (
          <p>This link is incomplete. Open the whole link from the message.</p>
        )}
      </Card>
    </Page>
  );
}
