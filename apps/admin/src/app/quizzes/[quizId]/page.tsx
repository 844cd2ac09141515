import { quizSpecSchema } from '@alliance/quiz-engine';
import { Alert, Page } from '@alliance/ui';
import Link from 'next/link';
import { QuizBuilder } from '~/components/quiz-builder';
import { openEditor } from '~/server/editor';
import { one } from '~/server/params';
import { serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Quiz builder' };

type Props = {
  params: Promise<{ quizId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
export default async function QuizBuilderPage({ params, searchParams }: Props) {
  const search = await searchParams;
  const api = await serverApi();
  const {
    id: quizId,
    existing,
    moduleId,
    published,
  } = await openEditor({
    segment: (await params).quizId,
    path: (id) => `/quizzes/${encodeURIComponent(id)}`,
    search,
    load: (id) => api.quizzes.get({ quizId: id }),
  });
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
