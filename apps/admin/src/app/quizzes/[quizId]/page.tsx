import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { quizSpecSchema } from '@alliance/quiz-engine';
import { Alert, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { QuizBuilder } from '~/components/quiz-builder';
import { one } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Quiz builder' };

type Props = {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export default async function QuizBuilderPage({ params, searchParams }: Props) {
  const quizId = decodeURIComponent((await params).quizId);
  await requireStaff(`/quizzes/${encodeURIComponent(quizId)}`);
  if (!ID.test(quizId)) notFound();
  const search = await searchParams;
  const api = await serverApi();
  const existing = await api.quizzes.get({ quizId }).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND')) return null;
    throw error;
  });
  if (!existing && !one(search.new)) notFound();
  const moduleSlug = one(search.module);
  const moduleId = existing
    ? existing.moduleId
    : course.modules.some((m) => m.slug === moduleSlug)
      ? (moduleSlug ?? null)
      : null;
  const published = Number(one(search.published)) || null;
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/quizzes">Quizzes</Link> › {quizId}
      </p>
      <h1>{existing ? existing.spec.title : 'New quiz'}</h1>
      {existing && one(search.new) && (
        <Alert tone="info">A quiz with this id exists already; this is it.</Alert>
      )}
      {published !== null && (
        <Alert tone="success">
          Published version {published}. New attempts use it; learners find it on{' '}
          {moduleId ? 'its module' : 'the course page'}.
        </Alert>
      )}
      <QuizBuilder
        key={existing?.version ?? 'new'}
        quizId={quizId}
        moduleId={moduleId}
        version={existing?.version ?? null}
        initial={
          existing?.spec ??
          quizSpecSchema.parse({
            title: one(search.title)?.trim() || quizId,
            kind: 'practice',
            sections: [
              {
                id: 'main',
                title: '',
                shuffle: false,
                entries: [{ kind: 'draw', from: 'items', count: 5, tags: [], objectives: [] }],
              },
            ],
            pool: { mode: 'bank' },
          })
        }
      />
    </Page>
  );
}
