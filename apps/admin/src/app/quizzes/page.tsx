import { course } from '@alliance/content';
import { Badge, Card, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { NewDraftForm } from '~/components/new-draft-form';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Quizzes' };

export default async function QuizzesPage() {
  await requireStaff('/quizzes');
  const api = await serverApi();
  const quizzes = await api.quizzes.list();
  const moduleTitle = new Map(course.modules.map((m) => [m.slug, m.title]));
  return (
    <Page>
      <h1>Quizzes</h1>
      <p className="lead">
        Build a quiz from the bank: fixed items and cases, draws by tag or objective, and its
        attempt settings. Each publish is a new version; attempts keep the version they began on.
      </p>
      <NewDraftForm
        noun="quiz"
        basePath="/quizzes"
        placeholder="e.g. trust-check"
        modules={course.modules.map((m) => ({ id: m.slug, title: m.title }))}
      />
      <Card>
        {quizzes.length === 0 ? (
          <EmptyState title="No quizzes yet." />
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Quizzes</caption>
              <thead>
                <tr>
                  <th scope="col">Quiz</th>
                  <th scope="col">Module</th>
                  <th scope="col">Kind</th>
                  <th scope="col" className="num">
                    Version
                  </th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                </tr>
              </thead>
              <tbody>
                {quizzes.map((q) => (
                  <tr key={q.quizId}>
                    <td>
                      <Link href={`/quizzes/${encodeURIComponent(q.quizId)}`}>{q.title}</Link>{' '}
                      <Link
                        className="data-table__action"
                        href={`/quizzes/${encodeURIComponent(q.quizId)}/analysis`}
                      >
                        item analysis
                      </Link>
                      <div className="data-table__sub">
                        <code>{q.quizId}</code>
                      </div>
                    </td>
                    <td>{q.moduleId ? (moduleTitle.get(q.moduleId) ?? q.moduleId) : '–'}</td>
                    <td>
                      <Badge tone={q.kind === 'final' ? 'accent' : 'neutral'}>{q.kind}</Badge>
                    </td>
                    <td className="num">{q.version}</td>
                    <td className="num">{q.attempts}</td>
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
