import { BarChart, Card, EmptyState, Page } from '@alliance/ui';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Course progress' };

export default async function DashboardPage() {
  await requireStaff('/');
  const api = await serverApi();
  const stats = await api.analytics.lessonCompletions();
  const completions = stats.lessons.reduce((sum, lesson) => sum + lesson.completed, 0);
  const possible = stats.learners * stats.lessons.length;
  const average = possible > 0 ? Math.round((completions / possible) * 100) : 0;

  return (
    <Page>
      <h1>Course progress</h1>
      <p className="lead">How many learners have completed each lesson of the course.</p>
      <div className="stats">
        <div className="stat">
          <div className="stat__value">{stats.learners}</div>
          <div className="stat__label">learners</div>
        </div>
        <div className="stat">
          <div className="stat__value">{stats.lessons.length}</div>
          <div className="stat__label">lessons</div>
        </div>
        <div className="stat">
          <div className="stat__value">{average}%</div>
          <div className="stat__label">of all lessons completed, on average</div>
        </div>
      </div>
      <Card>
        {stats.lessons.length === 0 ? (
          <EmptyState title="No lessons yet.">
            <p>Seed the course with `pnpm db:seed`.</p>
          </EmptyState>
        ) : stats.learners === 0 ? (
          <EmptyState title="No learners have signed up yet.">
            <p>Completions will appear here as soon as learners finish lessons.</p>
          </EmptyState>
        ) : (
          <BarChart
            caption={`Learners who completed each lesson (of ${stats.learners})`}
            valueLabel="Completed"
            max={stats.learners}
            data={stats.lessons.map((lesson) => ({
              key: lesson.lessonId,
              label: lesson.lessonTitle,
              group: lesson.moduleTitle,
              value: lesson.completed,
            }))}
          />
        )}
      </Card>
    </Page>
  );
}
