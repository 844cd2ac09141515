import { ConfirmEmail, UnlockDevice } from './account';
import { Card, Page } from './layout';

/**
 * The pages links in messages open, the same on both apps (each app's page file exports one):
 * the token is checked for shape here, and for what it means by the button's request.
 */

type TokenProps = { searchParams: Promise<{ token?: string | string[] }> };

function LinkPage({
  title,
  token,
  max,
  children,
}: {
  title: string;
  token: string | string[] | undefined;
  max: number;
  children: (token: string) => React.ReactNode;
}) {
  return (
    <Page narrow>
      <Card>
        <h1>{title}</h1>
        {typeof token === 'string' && token.length >= 10 && token.length <= max ? (
          children(token)
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

/** /verify-email: a confirmation link. */
export async function VerifyEmailPage({ searchParams }: TokenProps) {
  return (
    <LinkPage title="Confirm your email" token={(await searchParams).token} max={4096}>
      {(token) => <ConfirmEmail token={token} />}
    </LinkPage>
  );
}

/** /unlock: a paused account's unlock link. */
export async function UnlockPage({ searchParams }: TokenProps) {
  return (
    <LinkPage title="Let this browser sign in" token={(await searchParams).token} max={1024}>
      {(token) => <UnlockDevice token={token} />}
    </LinkPage>
  );
}
