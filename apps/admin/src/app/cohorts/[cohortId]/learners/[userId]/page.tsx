import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { Badge, Card, EmptyState, Page, ProgressBar } from '@alliance/ui';
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
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Submitted attempts, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Quiz</th>
                  <th scope="col">Submitted</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  <th scope="col">How it was scored</th>
                </tr>
              </thead>
              <tbody>
                {view.attempts.map((a) => (
                  <tr key={a.attemptId}>
                    <td>{a.title}</td>
                    <td>
                      {a.submittedAt?.toLocaleString('en-GB', {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      })}
                    </td>
                    <td className="num">
                      {a.points ?? '–'} / {a.maxPoints ?? '–'}
                      {a.fraction !== null && ` (${Math.round(a.fraction * 100)}%)`}
                      {a.pending && <Badge tone="accent">provisional</Badge>}
                    </td>
                    <td>
                      {a.breakdown.length > 0 ? (
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
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2>Mastery</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Mastery per objective</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Level</th>
                <th scope="col" className="num">
                  Recall today
                </th>
              </tr>
            </thead>
            <tbody>
              {view.mastery.map((o) => (
                <tr key={o.id}>
                  <td>{o.text}</td>
                  <td>
                    <Badge tone={LEVEL_TONE[o.level as keyof typeof LEVEL_TONE] ?? 'neutral'}>
                      {o.level}
                    </Badge>
                  </td>
                  <td className="num">
                    {o.recall === null ? '–' : `${Math.round(o.recall * 100)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </Page>
  );
}
