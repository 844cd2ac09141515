import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { Alert, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseEditor } from '~/components/case-editor';
import { one } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Case editor' };

type Props = {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
const ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export default async function CasePage({ params, searchParams }: Props) {
  const caseId = decodeURIComponent((await params).caseId);
  await requireStaff(`/cases/${encodeURIComponent(caseId)}`);
  if (!ID.test(caseId)) notFound();
  const search = await searchParams;
  const api = await serverApi();
  const existing = await api.cases.get({ caseId }).catch((error: unknown) => {
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
