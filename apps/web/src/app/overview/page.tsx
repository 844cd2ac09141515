import { course } from '@alliance/content';
import { Card, Page } from '@alliance/ui';
import Link from 'next/link';

export const metadata = { title: 'Course overview' };

export default function OverviewPage() {
  const lessons = course.modules.flatMap((m) => m.lessons);
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  return (
    <Page>
      <h1>Course overview</h1>
      <p className="lead">{course.description}</p>
      <p className="muted">
        {course.modules.length} modules · {lessons.length} lessons · about{' '}
        {Math.round(minutes / 60)} hours of reading, plus a practice quiz per module and a final
        assessment.
      </p>
      {course.modules.map((mod) => (
        <Card key={mod.slug}>
          <div className="module__number">Module {mod.order}</div>
          <h2>{mod.title}</h2>
          <p className="muted">{mod.summary}</p>
          <p className="objectives__title">You will be able to:</p>
          <ul>
            {mod.lessons.flatMap((lesson) =>
              lesson.objectives.map((o) => (
                <li key={o.id}>
                  {o.text}{' '}
                  <Link href={`/lessons/${lesson.slug}`} className="muted">
                    ({lesson.title})
                  </Link>
                </li>
              )),
            )}
          </ul>
        </Card>
      ))}
    </Page>
  );
}
