import { Alert, Page } from '@alliance/ui';
import Link from 'next/link';
import { CaseEditor } from '~/components/case-editor';
import { openEditor } from '~/server/editor';
import { one } from '~/server/params';
import { serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Case editor' };

type Props = {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
export default async function CasePage({ params, searchParams }: Props) {
  const search = await searchParams;
  const api = await serverApi();
  const {
    id: caseId,
    existing,
    moduleId,
    published,
  } = await openEditor({
    segment: (await params).caseId,
    path: (id) => `/cases/${encodeURIComponent(id)}`,
    search,
    load: (id) => api.cases.get({ caseId: id }),
  });
  const title = (existing?.definition as { title?: string } | null)?.title;
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/cases">Cases</Link> › {caseId}
      </p>
      <h1>{title ?? 'New case'}</h1>
      {published !== null && (
        <Alert tone="success">
          Published version {published}. Quizzes holding the case have a new version for new
          attempts.
        </Alert>
      )}
      <CaseEditor
        key={existing?.version ?? 'new'}
        caseId={caseId}
        moduleId={moduleId}
        version={existing?.version ?? null}
        initial={
          existing?.definition ?? {
            id: caseId,
            title: one(search.title)?.trim() || caseId,
            stimulus:
              'Describe the situation here.\n\n| Year | Revenue (€m) |\n|---|---|\n| 2024 | 10 |',
            figures: [],
            tags: [],
            items: [],
          }
        }
      />
    </Page>
  );
}
