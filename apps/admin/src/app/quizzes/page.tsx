import { Badge, Card, DataTable, EmptyState, NamedLink, Page } from '@alliance/ui';
import Link from 'next/link';
import { NewDraftForm } from '~/components/new-draft-form';
import { moduleName, moduleOptions } from '~/server/modules';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Quizzes' };

export default async function QuizzesPage() {
  await requireStaff('/quizzes');
  const api = await serverApi();
  const quizzes = await api.quizzes.list();
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
        modules={moduleOptions}
      />
      <Card>
        {quizzes.length === 0 ? (
          <EmptyState title="No quizzes yet." />
        ) : (
          <DataTable
            caption="Quizzes"
            rows={quizzes}
            rowKey={(q) => q.quizId}
            columns={[
              {
                header: 'Quiz',
                cell: (q) => (
                  <NamedLink
                    href={`/quizzes/${encodeURIComponent(q.quizId)}`}
                    name={q.title}
                    id={q.quizId}
                  >
                    {' '}
                    <Link
                      className="data-table__action"
                      href={`/quizzes/${encodeURIComponent(q.quizId)}/analysis`}
                    >
                      item analysis
                    </Link>
                  </NamedLink>
                ),
              },
              { header: 'Module', cell: (q) => moduleName(q.moduleId) },
              {
                header: 'Kind',
                cell: (q) => (
                  <Badge tone={q.kind === 'final' ? 'accent' : 'neutral'}>{q.kind}</Badge>
                ),
              },
              { header: 'Version', num: true, cell: (q) => q.version },
              { header: 'Attempts', num: true, cell: (q) => q.attempts },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
