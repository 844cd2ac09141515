import { EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';

export default function NotFound() {
  return (
    <Page>
      <EmptyState title="We could not find that page.">
        <p>
          It may have moved. <Link href="/">Go to the course outline</Link>.
        </p>
      </EmptyState>
    </Page>
  );
}
