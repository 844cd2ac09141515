import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { Badge, Card, DataTable, EmptyState, Page, ProgressBar } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { decodeSegment } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Learner' };

type Props = { params: Promise<{ cohortId: string; userId: string }> };

const LEVEL_TONE = { mastered: 'success', proficient: 'success' } as const;

export default async function LearnerPage({ params }: Props) {
  const raw = await params;
  await requireStaff(`/cohorts/${raw.cohortId}/learners/${raw.userId}`);
  const cohortId = decodeSegment(raw.cohortId);
  const userId = decodeSegment(raw.userId);
  if (cohortId === null || userId === null) notFound();
  const api = await serverApi();
  const view = await api.cohorts.learner({ cohortId, userId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  const moduleTitle = new Map(course.modules.map((m) => [m.slug, m.title]));
  const cohortHref = `/cohorts/${encodeURIComponent(view.cohort.id)}`;
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/cohorts">Cohorts</Link> › <Link href={cohortHref}>{view.cohort.name}</Link> ›{' '}
        {view.learner.name}
      </p>
      <h1>{view.learner.name}</h1>
      <p className="lead">{view.learner.email}</p>
      <Card>
        <h2>Lessons</h2>
        <ProgressBar
          value={view.progress.completed}
          max={view.progress.total}
          label="Lessons completed"
          unit="lessons"
        />
        <ul className="module-progress">
          {view.progress.modules.map((m) => (
            <li key={m.id}>
              {moduleTitle.get(m.id) ?? m.id}: {m.completed} of {m.total}
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2>Attempts</h2>
        {view.attempts.length === 0 ? (
          <EmptyState title="No quiz submitted yet." />
        ) : (
          <DataTable
            caption="Submitted attempts, newest first"
            rows={view.attempts}
            rowKey={(a) => a.attemptId}
            columns={[
              { header: 'Quiz', cell: (a) => a.title },
              {
                header: 'Submitted',
                cell: (a) =>
                  a.submittedAt?.toLocaleString('en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
              },
              {
                header: 'Score',
                num: true,
                cell: (a) => (
                  <>
                    {a.points ?? '–'} / {a.maxPoints ?? '–'}
                    {a.fraction !== null && ` (${Math.round(a.fraction * 100)}%)`}
                    {a.pending && <Badge tone="accent">provisional</Badge>}
                  </>
                ),
              },
              {
                header: 'How it was scored',
                cell: (a) =>
                  a.breakdown.length > 0 ? (
                    <details>
                      <summary>{a.breakdown.at(-1)}</summary>
                      <ul>
                        {a.breakdown.slice(0, -1).map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    </details>
                  ) : (
                    '–'
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card>
        <h2>Mastery</h2>
        <DataTable
          caption="Mastery per objective"
          rows={view.mastery}
          rowKey={(o) => o.id}
          columns={[
            { header: 'Objective', cell: (o) => o.text },
            {
              header: 'Level',
              cell: (o) => (
                <Badge tone={LEVEL_TONE[o.level as keyof typeof LEVEL_TONE] ?? 'neutral'}>
                  {o.level}
                </Badge>
              ),
            },
            {
              header: 'Recall today',
              num: true,
              cell: (o) => (o.recall === null ? '–' : `${Math.round(o.recall * 100)}%`),
            },
          ]}
        />
      </Card>
    </Page>
  );
}
