import { isTrpcError } from '@alliance/api';
import { Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaff, serverApi } from '~/server/runtime';
import { RegradePanel } from './regrade-panel';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Regrade' };

type Props = { params: Promise<{ itemId: string }> };

export default async function RegradePage({ params }: Props) {
  const itemId = decodeURIComponent((await params).itemId);
  await requireStaff(`/items/${encodeURIComponent(itemId)}/regrade`);
  const api = await serverApi();
  const preview = await api.authoring.regradePreview({ itemId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/items">Item bank</Link> ›{' '}
        <Link href={`/items/${encodeURIComponent(itemId)}`}>{itemId}</Link> › Regrade
      </p>
      <h1>Regrade earlier attempts</h1>
      <p className="lead">
        Submitted attempts still on an older version of a quiz that holds <code>{itemId}</code>,
        scored again on the quiz’s current version. Nothing changes until you apply it.
      </p>
      <RegradePanel itemId={itemId} preview={preview} />
    </Page>
  );
}
