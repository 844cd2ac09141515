import { isTrpcError } from '@alliance/api';
import { findLesson } from '@alliance/content';
import { Page } from '@alliance/ui';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { CompleteButton } from '~/components/complete-button';
import { headingId, LessonBody } from '~/components/lesson-body';
import { LessonTracker } from '~/components/lesson-tracker';
import { currentUser, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

async function loadLesson(slug: string) {
  const api = await serverApi();
  try {
    return await api.course.lesson({ slug });
  } catch (error) {
    // A malformed slug fails input validation; to a reader both mean "no such lesson".
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const user = await currentUser();
  if (!user) return { title: 'Sign in' };
  const lesson = await loadLesson(slug);
  return { title: lesson.title };
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/lessons/${slug}`)}`);
  const lesson = await loadLesson(slug);
  const api = await serverApi();
  // Reading the page records nothing: the tracker says the lesson was opened, by a POST.
  const [progress, saved] = await Promise.all([
    api.progress.mine(),
    api.practice.saved({ itemIds: Object.keys(lesson.exercises) }),
  ]);
  const row = progress.lessons[lesson.slug];
  const completed = Boolean(row?.completedAt);
  const headings = findLesson(lesson.slug)?.lesson.headings ?? [];

  return (
    <Page>
      <LessonTracker lessonId={lesson.slug} position={row?.position ?? 0} completed={completed} />
      <div className="lesson-layout">
        <article className="lesson">
          <p className="lesson__crumb">
            <Link href="/">Course</Link> › {lesson.module.title}
          </p>
          <h1>{lesson.title}</h1>
          <p className="muted">About {lesson.minutes} minutes</p>
          <section className="objectives" aria-label="What you will be able to do">
            <p className="objectives__title">After this lesson you can:</p>
            <ul>
              {lesson.objectives.map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
            </ul>
          </section>
          <LessonBody
            slug={lesson.slug}
            code={lesson.code}
            exercises={lesson.exercises}
            saved={saved}
          />
          <div className="lesson__actions">
            <CompleteButton lessonId={lesson.slug} completed={completed} />
            <span className="muted">
              {progress.completed} of {progress.total} lessons completed
            </span>
          </div>
          <nav className="pager" aria-label="Lessons">
            {lesson.previous ? (
              <Link href={`/lessons/${lesson.previous.slug}`}>← {lesson.previous.title}</Link>
            ) : (
              <span />
            )}
            {lesson.next ? (
              <Link href={`/lessons/${lesson.next.slug}`}>{lesson.next.title} →</Link>
            ) : (
              <Link href="/">Back to the course</Link>
            )}
          </nav>
        </article>
        <nav className="toc" aria-label="On this page">
          <strong>On this page</strong>
          <ol>
            {headings.map((heading) => (
              <li key={heading}>
                <a href={`#${headingId(heading)}`}>{heading}</a>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </Page>
  );
}
