import { isTrpcError } from '@alliance/api';
import { Alert, Card, DataTable, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { FilterForm, SelectFilter } from '~/components/filters';
import { one, type SearchParams } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Grading' };

export default async function GradingQueuePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireStaff('/grading');
  const search = await searchParams;
  const quizId = one(search.quiz);
  const itemId = one(search.item);
  const api = await serverApi();
  const queue = await api.grading.queue({ quizId, itemId }).catch((error: unknown) => {
    if (isTrpcError(error, 'BAD_REQUEST')) return null;
    throw error;
  });
  if (!queue)
    return (
      <Page>
        <h1>Grading</h1>
        <Alert>
          That filter is not a quiz or item id. <Link href="/grading">Show every essay</Link>
        </Alert>
      </Page>
    );
  const query = new URLSearchParams();
  if (quizId) query.set('quiz', quizId);
  if (itemId) query.set('item', itemId);
  const suffix = query.size ? `?${query}` : '';
  return (
    <Page>
      <h1>Grading</h1>
      <p className="lead">
        Essays waiting for a grader, oldest first. A learner’s score stays provisional until each of
        their essays is graded.
      </p>
      <FilterForm action="/grading" label="Filter essays" submit="Filter">
        <SelectFilter id="g-quiz" label="Quiz" name="quiz" value={quizId} any="Every quiz">
          {queue.quizzes.map((q) => (
            <option key={q.quizId} value={q.quizId}>
              {q.quizTitle} ({q.pending})
            </option>
          ))}
        </SelectFilter>
        <div className="field">
          <label htmlFor="g-item">Item id</label>
          <input id="g-item" name="item" defaultValue={itemId} />
        </div>
      </FilterForm>
      <Card>
        {queue.essays.length === 0 ? (
          <EmptyState title="Nothing to grade.">
            <p>Essays appear here as soon as learners submit them.</p>
          </EmptyState>
        ) : (
          <DataTable
            caption="Essays waiting for a grade"
            rows={queue.essays}
            rowKey={(e) => `${e.attemptId}:${e.slot}`}
            columns={[
              {
                header: 'Learner',
                cell: (e) => (
                  <Link
                    href={`/grading/${encodeURIComponent(e.attemptId)}/${encodeURIComponent(e.slot)}${suffix}`}
                  >
                    {e.learnerName}
                  </Link>
                ),
              },
              { header: 'Quiz', cell: (e) => e.quizTitle },
              { header: 'Item', cell: (e) => <code>{e.itemId}</code> },
              {
                header: 'Submitted',
                cell: (e) =>
                  e.submittedAt?.toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
