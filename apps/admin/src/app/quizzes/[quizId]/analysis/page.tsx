import { Card, EmptyState, Page } from '@alliance/ui';
import { TRPCError } from '@trpc/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { decodeSegment } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { ItemMap } from './item-map';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Item analysis' };

type Props = { params: Promise<{ quizId: string }> };
const two = (n: number | null) => (n === null ? '–' : n.toFixed(2));

export default async function ItemAnalysisPage({ params }: Props) {
  const raw = (await params).quizId;
  await requireStaff(`/quizzes/${raw}/analysis`);
  const quizId = decodeSegment(raw);
  if (quizId === null) notFound();
  const api = await serverApi();
  const [quiz, items] = await Promise.all([
    api.quizzes.get({ quizId }),
    api.analytics.itemAnalysis({ quizId }),
  ]).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST'))
      notFound();
    throw error;
  });
  const flagged = items.filter((i) => i.flags.length > 0).length;
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/quizzes">Quizzes</Link> ›{' '}
        <Link href={`/quizzes/${encodeURIComponent(quizId)}`}>{quiz.spec.title}</Link> › Item
        analysis
      </p>
      <h1>Item analysis: {quiz.spec.title}</h1>
      <p className="lead">
        Live: every submission, regrade and grade moves these figures in the same transaction.
        Facility is the mean score; discrimination is how well an item tells strong attempts from
        weak ones (the correlation of its score with the attempt's total).
      </p>
      {items.length === 0 ? (
        <Card>
          <EmptyState title="No answers yet.">
            <p>The figures appear with the first submitted attempt.</p>
          </EmptyState>
        </Card>
      ) : (
        <>
          <Card>
            <h2>
              {flagged} of {items.length} item{items.length === 1 ? '' : 's'} need attention
            </h2>
            <ItemMap
              items={items.map((i) => ({
                itemId: i.itemId,
                facility: i.facility,
                discrimination: i.discrimination,
                flagged: i.flags.length > 0,
              }))}
            />
          </Card>
          <Card>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Statistics per item, flagged first</caption>
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col" className="num">
                      Answers
                    </th>
                    <th scope="col" className="num">
                      Facility
                    </th>
                    <th scope="col" className="num">
                      SD
                    </th>
                    <th scope="col" className="num">
                      Discrimination
                    </th>
                    <th scope="col">Flags</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((i) => (
                    <tr key={i.itemId}>
                      <td>
                        <Link href={`/items/${encodeURIComponent(i.itemId)}`}>
                          <code>{i.itemId}</code>
                        </Link>
                        <span className="data-table__sub">
                          {i.type} · {i.prompt}
                        </span>
                      </td>
                      <td className="num">{i.n}</td>
                      <td className="num">{two(i.facility)}</td>
                      <td className="num">{two(i.sd)}</td>
                      <td className="num">{two(i.discrimination)}</td>
                      <td>{i.flags.join('; ') || '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      )}
    </Page>
  );
}
