import { Card, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
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
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Cohorts</caption>
              <thead>
                <tr>
                  <th scope="col">Cohort</th>
                  <th scope="col" className="num">
                    Learners
                  </th>
                  <th scope="col" className="num">
                    Instructors
                  </th>
                  <th scope="col">Enrolled</th>
                </tr>
              </thead>
              <tbody>
                {cohorts.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={`/cohorts/${encodeURIComponent(c.id)}`}>{c.name}</Link>
                      <span className="data-table__sub">
                        <code>{c.id}</code>
                      </span>
                    </td>
                    <td className="num">{c.learners}</td>
                    <td className="num">{c.instructors}</td>
                    <td>{c.courseId ? `${day(c.opensAt)} → ${day(c.dueAt)}` : 'not enrolled'}</td>
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
