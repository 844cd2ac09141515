'use client';

import { Alert, Page } from '@alliance/ui';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <Page narrow>
      <Alert title="Something went wrong on our side.">
        <p>Your progress is saved. Try again in a moment.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </Alert>
    </Page>
  );
}
