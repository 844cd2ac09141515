import { isTrpcError } from '@alliance/api';
import { Badge, Card, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { decodeSegment } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { AccommodationForm, AddMembersForm, EnrollForm, RemoveMemberButton } from '../cohort-forms';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cohort' };

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortPage({ params }: Props) {
  const raw = (await params).cohortId;
  const me = await requireStaff(`/cohorts/${raw}`);
  const cohortId = decodeSegment(raw);
  if (cohortId === null) notFound();
  const api = await serverApi();
  const cohort = await api.cohorts.get({ cohortId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  const admin = me.role === 'admin';
  const learners = cohort.members.filter((m) => m.role === 'learner');
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/cohorts">Cohorts</Link> › {cohort.name}
      </p>
      <h1>{cohort.name}</h1>
      <p className="lead">
        {learners.length} learner{learners.length === 1 ? '' : 's'},{' '}
        {cohort.members.length - learners.length} instructor
        {cohort.members.length - learners.length === 1 ? '' : 's'} ·{' '}
        {cohort.courseId ? 'enrolled in the course' : 'not enrolled yet'} ·{' '}
        <Link href={`/cohorts/${encodeURIComponent(cohort.id)}/dashboard`}>Dashboard</Link>
      </p>
      {admin && (
        <>
          <EnrollForm
            cohortId={cohort.id}
            enrolled={cohort.courseId !== null}
            opensAt={cohort.opensAt}
            dueAt={cohort.dueAt}
          />
          <AddMembersForm cohortId={cohort.id} />
          <AccommodationForm
            target={{ cohortId: cohort.id }}
            label={`Accommodation for everyone in ${cohort.name}`}
            current={cohort.accommodation}
          />
        </>
      )}
      <Card>
        <h2>Members</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Members of {cohort.name}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">In the cohort as</th>
                <th scope="col">Accommodation</th>
                {admin && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {cohort.members.map((m) => (
                <tr key={m.userId}>
                  <td>
                    {m.role === 'learner' ? (
                      <Link
                        href={`/cohorts/${encodeURIComponent(cohort.id)}/learners/${encodeURIComponent(m.userId)}`}
                      >
                        {m.name}
                      </Link>
                    ) : (
                      m.name
                    )}
                    <span className="data-table__sub">{m.email}</span>
                  </td>
                  <td>
                    <Badge tone={m.role === 'instructor' ? 'accent' : 'neutral'}>{m.role}</Badge>
                  </td>
                  <td>
                    {m.timeMultiplier
                      ? `×${m.timeMultiplier} time, +${m.extraAttempts} attempts, +${m.dueShiftDays} days`
                      : '–'}
                  </td>
                  {admin && (
                    <td>
                      {m.role === 'learner' && (
                        <AccommodationForm
                          target={{ userId: m.userId }}
                          label={`Accommodation for ${m.name}`}
                          current={
                            m.timeMultiplier
                              ? {
                                  timeMultiplier: m.timeMultiplier,
                                  extraAttempts: m.extraAttempts ?? 0,
                                  dueShiftDays: m.dueShiftDays ?? 0,
                                  note: null,
                                }
                              : null
                          }
                          compact
                        />
                      )}
                      <RemoveMemberButton cohortId={cohort.id} userId={m.userId} name={m.name} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </Page>
  );
}
