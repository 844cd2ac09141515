import { Badge, Page } from '@alliance/ui';
import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ItemEditor } from '~/components/item-editor';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ itemId: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `Item ${decodeURIComponent((await params).itemId)}` };
}

export default async function ItemPage({ params }: Props) {
  const itemId = decodeURIComponent((await params).itemId);
  await requireStaff(`/items/${encodeURIComponent(itemId)}`);
  const api = await serverApi();
  const item = await api.authoring.item({ itemId }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      notFound();
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
      {/* A publish or discard reloads the item: the editor starts again from what was stored. */}
      <ItemEditor
        key={`${item.currentVersion}:${item.draft === null ? 'none' : 'draft'}:${item.status}`}
        item={item}
      />
    </Page>
  );
}
