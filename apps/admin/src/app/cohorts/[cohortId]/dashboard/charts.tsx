'use client';

import { DataTable } from '@alliance/ui';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const BRAND = '#1f5f8b';
const ACCENT = '#c7792b';

type Cells = Array<string | number>;

/** Every chart has its figures as a table too: for screen readers, and for reading exact values. */
function AsTable({ caption, head, rows }: { caption: string; head: string[]; rows: Cells[] }) {
  return (
    <details className="chart-table">
      <summary>Show as a table</summary>
      <DataTable
        caption={caption}
        captionVisible
        rows={rows}
        rowKey={(row) => String(row[0])}
        columns={head.map((h, i) => ({
          header: h,
          cell: (row: Cells) => row[i],
          // A number is set as one, under a heading set as the others are.
          className: (row: Cells) => (typeof row[i] === 'number' ? 'num' : undefined),
        }))}
      />
    </details>
  );
}

export function FunnelChart({
  funnel,
  learners,
}: {
  funnel: Array<{ lessonId: string; lessonTitle: string; moduleTitle: string; completed: number }>;
  learners: number;
}) {
  const data = funnel.map((l, i) => ({
    name: `${i + 1}`,
    title: l.lessonTitle,
    completed: l.completed,
  }));
  return (
    <>
      <figure
        className="chart"
        role="img"
        aria-label={`Learners who completed each of ${funnel.length} lessons, out of ${learners}`}
      >
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tickLine={false} />
            <YAxis allowDecimals={false} domain={[0, Math.max(1, learners)]} width={40} />
            <Tooltip labelFormatter={(_, payload) => payload?.[0]?.payload?.title ?? ''} />
            <Bar dataKey="completed" name="Completed" fill={BRAND} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <AsTable
        caption="Learners who completed each lesson"
        head={['#', 'Lesson', 'Module', 'Completed']}
        rows={funnel.map((l, i) => [i + 1, l.lessonTitle, l.moduleTitle, l.completed])}
      />
    </>
  );
}

/** "0–10%", … for band i of n equal bands (how many is the database's `score_band_count()`). */
const bandLabel = (i: number, n: number) =>
  `${Math.round((i * 100) / n)}–${Math.round(((i + 1) * 100) / n)}%`;

export function ScoreBands({
  quiz,
}: {
  quiz: { quizId: string; title: string; learners: number; mean: number; bands: number[] };
}) {
  const data = quiz.bands.map((n, i) => ({ band: bandLabel(i, quiz.bands.length), learners: n }));
  return (
    <section className="score-bands">
      <h3>
        {quiz.title}{' '}
        <span className="muted">
          · {quiz.learners} learner{quiz.learners === 1 ? '' : 's'} with a grade · mean grade{' '}
          {Math.round(quiz.mean * 100)}%
        </span>
      </h3>
      <figure
        className="chart"
        role="img"
        aria-label={`Grades on ${quiz.title}, in ${quiz.bands.length} bands`}
      >
        <ResponsiveContainer width="100%" height={160}>
          <BarChart data={data} margin={{ top: 4, right: 8, left: 0, bottom: 4 }}>
            <XAxis dataKey="band" tickLine={false} fontSize={11} interval={0} />
            <YAxis allowDecimals={false} width={32} />
            <Tooltip />
            <Bar dataKey="learners" name="Learners" fill={ACCENT} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <AsTable
        caption={`Grades on ${quiz.title}`}
        head={['Grade', 'Learners']}
        rows={data.map((d) => [d.band ?? '', d.learners])}
      />
    </section>
  );
}

export function ActivityChart({
  activity,
}: {
  activity: Array<{ day: string; lessons: number; attempts: number }>;
}) {
  return (
    <>
      <figure
        className="chart"
        role="img"
        aria-label="Lessons completed and quizzes submitted per day"
      >
        <ResponsiveContainer width="100%" height={220}>
          <AreaChart data={activity} margin={{ top: 8, right: 8, left: 0, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickLine={false} minTickGap={24} fontSize={11} />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip />
            <Legend />
            <Area
              type="monotone"
              dataKey="lessons"
              name="Lessons completed"
              stroke={BRAND}
              fill={BRAND}
              fillOpacity={0.2}
            />
            <Area
              type="monotone"
              dataKey="attempts"
              name="Quizzes submitted"
              stroke={ACCENT}
              fill={ACCENT}
              fillOpacity={0.2}
            />
          </AreaChart>
        </ResponsiveContainer>
      </figure>
      <AsTable
        caption="Activity per day"
        head={['Day', 'Lessons completed', 'Quizzes submitted']}
        rows={activity.map((d) => [d.day, d.lessons, d.attempts])}
      />
    </>
  );
}
