import { isTrpcError } from '@alliance/api';
import { Alert, Card, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
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
      <Card>
        <form className="filters" action="/grading" aria-label="Filter essays">
          <div className="field">
            <label htmlFor="g-quiz">Quiz</label>
            <select id="g-quiz" name="quiz" defaultValue={quizId ?? ''}>
              <option value="">Every quiz</option>
              {queue.quizzes.map((q) => (
                <option key={q.quizId} value={q.quizId}>
                  {q.quizTitle} ({q.pending})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="g-item">Item id</label>
            <input id="g-item" name="item" defaultValue={itemId} />
          </div>
          <div className="filters__actions">
            <button type="submit" className="button button--primary">
              Filter
            </button>
          </div>
        </form>
      </Card>
      <Card>
        {queue.essays.length === 0 ? (
          <EmptyState title="Nothing to grade.">
            <p>Essays appear here as soon as learners submit them.</p>
          </EmptyState>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Essays waiting for a grade</caption>
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  <th scope="col">Quiz</th>
                  <th scope="col">Item</th>
                  <th scope="col">Submitted</th>
                </tr>
              </thead>
              <tbody>
                {queue.essays.map((e) => (
                  <tr key={`${e.attemptId}:${e.slot}`}>
                    <td>
                      <Link
                        href={`/grading/${encodeURIComponent(e.attemptId)}/${encodeURIComponent(e.slot)}${suffix}`}
                      >
                        {e.learnerName}
                      </Link>
                    </td>
                    <td>{e.quizTitle}</td>
                    <td>
                      <code>{e.itemId}</code>
                    </td>
                    <td>
                      {e.submittedAt?.toLocaleString('en-GB', {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </Page>
  );
}
