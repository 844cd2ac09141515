import { Card, DataTable, EmptyState, NamedLink, Page } from '@alliance/ui';
import { requireStaff, serverApi } from '~/server/runtime';
import { NewCohortForm } from './cohort-forms';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cohorts' };

const day = (d: Date | null) => (d ? d.toLocaleDateString('en-GB', { dateStyle: 'medium' }) : '–');

export default async function CohortsPage() {
  const me = await requireStaff('/cohorts');
  const api = await serverApi();
  const cohorts = await api.cohorts.list();
  return (
    <Page>
      <h1>Cohorts</h1>
      <p className="lead">
        {me.role === 'admin'
          ? 'Groups of learners taught together: their members, enrollment dates and accommodations.'
          : 'The cohorts you teach.'}
      </p>
      {me.role === 'admin' && <NewCohortForm />}
      <Card>
        {cohorts.length === 0 ? (
          <EmptyState
            title={me.role === 'admin' ? 'No cohorts yet.' : 'You teach no cohort yet.'}
          />
        ) : (
          <DataTable
            caption="Cohorts"
            rows={cohorts}
            rowKey={(c) => c.id}
            columns={[
              {
                header: 'Cohort',
                cell: (c) => (
                  <NamedLink
                    href={`/cohorts/${encodeURIComponent(c.id)}`}
                    name={c.name}
                    id={c.id}
                  />
                ),
              },
              { header: 'Learners', num: true, cell: (c) => c.learners },
              { header: 'Instructors', num: true, cell: (c) => c.instructors },
              {
                header: 'Enrolled',
                cell: (c) => (c.courseId ? `${day(c.opensAt)} → ${day(c.dueAt)}` : 'not enrolled'),
              },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
