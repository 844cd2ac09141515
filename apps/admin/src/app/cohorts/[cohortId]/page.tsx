import { isTrpcError } from '@alliance/api';
import { Badge, Card, type Column, DataTable, Page } from '@alliance/ui';
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
  const actions: Column<(typeof cohort.members)[number]> = {
    header: 'Actions',
    cell: (m) => (
      <>
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
      </>
    ),
  };
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
        <DataTable
          caption={`Members of ${cohort.name}`}
          rows={cohort.members}
          rowKey={(m) => m.userId}
          columns={[
            {
              header: 'Person',
              cell: (m) => (
                <>
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
                </>
              ),
            },
            {
              header: 'In the cohort as',
              cell: (m) => (
                <Badge tone={m.role === 'instructor' ? 'accent' : 'neutral'}>{m.role}</Badge>
              ),
            },
            {
              header: 'Accommodation',
              cell: (m) =>
                m.timeMultiplier
                  ? `×${m.timeMultiplier} time, +${m.extraAttempts} attempts, +${m.dueShiftDays} days`
                  : '–',
            },
            ...(admin ? [actions] : []),
          ]}
        />
      </Card>
    </Page>
  );
}
