import { EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';

export default function NotFound() {
  return (
    <Page>
      <EmptyState title="We could not find that page.">
        <p>
          <Link href="/">Go to the dashboard</Link>.
        </p>
      </EmptyState>
    </Page>
  );
}
