import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { Card, DataTable, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { decodeSegment } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { ActivityChart, FunnelChart, ScoreBands } from './charts';
import { MasteryHeatMap } from './heat-map';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cohort dashboard' };

type Props = { params: Promise<{ cohortId: string }> };

export default async function CohortDashboardPage({ params }: Props) {
  const raw = (await params).cohortId;
  await requireStaff(`/cohorts/${raw}/dashboard`);
  const cohortId = decodeSegment(raw);
  if (cohortId === null) notFound();
  const api = await serverApi();
  const board = await api.cohorts.dashboard({ cohortId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  const href = `/cohorts/${encodeURIComponent(board.cohort.id)}`;
  const moduleTitles = Object.fromEntries(course.modules.map((m) => [m.slug, m.title]));
  const completions = board.funnel.reduce((sum, l) => sum + l.completed, 0);
  const possible = board.learners * board.funnel.length;
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/cohorts">Cohorts</Link> › <Link href={href}>{board.cohort.name}</Link> ›
        Dashboard
      </p>
      <h1>{board.cohort.name}: where the cohort stands</h1>
      <div className="stats">
        <div className="stat">
          <div className="stat__value">{board.learners}</div>
          <div className="stat__label">{board.learners === 1 ? 'learner' : 'learners'}</div>
        </div>
        <div className="stat">
          <div className="stat__value">
            {possible > 0 ? Math.round((completions / possible) * 100) : 0}%
          </div>
          <div className="stat__label">of lessons completed</div>
        </div>
        <div className="stat">
          <div className="stat__value">{board.atRisk.length}</div>
          <div className="stat__label">need help</div>
        </div>
      </div>
      <p className="download-links">
        <a className="button" href={`/api/gradebook/${encodeURIComponent(board.cohort.id)}`}>
          Download the gradebook (CSV)
        </a>
        <a className="button" href={`/api/xapi/${encodeURIComponent(board.cohort.id)}`}>
          Download learning records (xAPI JSON)
        </a>
      </p>
      <Card>
        <h2>Who needs help</h2>
        {board.atRisk.length === 0 ? (
          <EmptyState title="Nobody is behind, idle or failing right now." />
        ) : (
          <DataTable
            caption="Learners who need help, and why"
            rows={board.atRisk}
            rowKey={(l) => l.userId}
            columns={[
              {
                header: 'Learner',
                cell: (l) => (
                  <>
                    <Link href={`${href}/learners/${encodeURIComponent(l.userId)}`}>{l.name}</Link>
                    <span className="data-table__sub">{l.email}</span>
                  </>
                ),
              },
              {
                header: 'Lessons done',
                num: true,
                cell: (l) => `${l.lessonsCompleted} / ${board.funnel.length}`,
              },
              { header: 'Why', cell: (l) => l.reasons.join('; ') },
            ]}
          />
        )}
      </Card>
      <Card>
        <h2>Completion by lesson</h2>
        <FunnelChart funnel={board.funnel} learners={board.learners} />
      </Card>
      <Card>
        <h2>Quiz results</h2>
        {board.quizzes.length === 0 ? (
          <EmptyState title="No quiz submitted yet." />
        ) : (
          board.quizzes.map((q) => <ScoreBands key={q.quizId} quiz={q} />)
        )}
      </Card>
      <Card>
        <h2>Mastery by objective</h2>
        <MasteryHeatMap rows={board.heatMap} learners={board.learners} modules={moduleTitles} />
      </Card>
      <Card>
        <h2>Activity, last 60 days</h2>
        <ActivityChart activity={board.activity} />
      </Card>
    </Page>
  );
}
