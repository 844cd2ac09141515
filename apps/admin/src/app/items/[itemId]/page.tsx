import { isTrpcError } from '@alliance/api';
import { Alert, Badge, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ItemEditor } from '~/components/item-editor';
import { one } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ itemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  return { title: `Item ${decodeURIComponent((await params).itemId)}` };
}

export default async function ItemPage({ params, searchParams }: Props) {
  const itemId = decodeURIComponent((await params).itemId);
  const search = await searchParams;
  const published = Number(one(search.published)) || null;
  const requizzed = (one(search.quizzes) ?? '').split(',').filter(Boolean);
  await requireStaff(`/items/${encodeURIComponent(itemId)}`);
  const api = await serverApi();
  const item = await api.authoring.item({ itemId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  const usage = await api.authoring.usage({ itemId });
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/items">Item bank</Link> › {item.id}
      </p>
      <h1>
        <code>{item.id}</code>{' '}
        <Badge
          tone={
            item.status === 'published' ? 'success' : item.status === 'draft' ? 'accent' : 'neutral'
          }
        >
          {item.status}
        </Badge>
      </h1>
      <p className="lead">
        A {item.type} item
        {item.currentVersion !== null
          ? `, version ${item.currentVersion} is current`
          : ', never published'}
        {usage.length > 0
          ? `. Held by ${usage.map((q) => q.title).join(', ')}.`
          : '. No quiz holds it yet.'}{' '}
        {item.currentVersion !== null && (
          <Link href={`/items/${encodeURIComponent(item.id)}/regrade`}>
            Regrade earlier attempts
          </Link>
        )}
      </p>
      {published !== null && (
        <Alert tone="success">
          {one(search.unchanged)
            ? `Nothing had changed: version ${published} stays current.`
            : `Published version ${published}.`}{' '}
          {requizzed.length > 0 &&
            `${requizzed.length} quiz${requizzed.length === 1 ? '' : 'zes'} holding it got a new version for new attempts (${requizzed.join(', ')}). `}
          {!one(search.unchanged) && (
            <Link href={`/items/${encodeURIComponent(item.id)}/regrade`}>
              Preview a regrade of earlier attempts
            </Link>
          )}
        </Alert>
      )}
      {/* A publish or discard reloads the item: the editor starts again from what was stored. */}
      <ItemEditor
        key={`${item.currentVersion}:${item.draft === null ? 'none' : 'draft'}:${item.status}`}
        item={item}
      />
    </Page>
  );
}
