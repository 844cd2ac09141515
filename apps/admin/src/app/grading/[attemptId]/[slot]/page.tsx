import { isTrpcError } from '@alliance/api';
import { Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { one } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { EssayGrader } from './essay-grader';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Grade an essay' };

type Props = {
  params: Promise<{ attemptId: string; slot: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function GradeEssayPage({ params, searchParams }: Props) {
  const { attemptId, slot } = await params;
  let decoded: { attemptId: string; slot: string };
  try {
    decoded = { attemptId: decodeURIComponent(attemptId), slot: decodeURIComponent(slot) };
  } catch {
    notFound();
  }
  await requireStaff(`/grading/${attemptId}/${slot}`);
  const search = await searchParams;
  const filter = { quizId: one(search.quiz), itemId: one(search.item) };
  const api = await serverApi();
  const essay = await api.grading.essay(decoded).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  // Previous and next in the same filtered queue, so a grader walks it without going back.
  const { essays } = await api.grading.queue(filter).catch((error: unknown) => {
    // A filter that is not an id (edited by hand): walk the whole queue instead.
    if (isTrpcError(error, 'BAD_REQUEST')) return api.grading.queue({});
    throw error;
  });
  const at = essays.findIndex((e) => e.attemptId === decoded.attemptId && e.slot === decoded.slot);
  const query = new URLSearchParams(
    Object.entries({ quiz: filter.quizId, item: filter.itemId }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const suffix = query.size ? `?${query}` : '';
  const link = (e: (typeof essays)[number] | undefined) =>
    e ? `/grading/${encodeURIComponent(e.attemptId)}/${encodeURIComponent(e.slot)}${suffix}` : null;
  const others = essays.filter((_, i) => i !== at);
  const previous = at > 0 ? link(essays[at - 1]) : null;
  const next = at >= 0 ? link(essays[at + 1]) : link(others[0]);
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href={`/grading${suffix}`}>Grading</Link> › {essay.learnerName}
      </p>
      <h1>Grade an essay</h1>
      <EssayGrader
        key={`${essay.attemptId}:${essay.slot}`}
        essay={essay}
        previous={previous}
        next={next}
        queueHref={`/grading${suffix}`}
        waiting={essays.length}
      />
    </Page>
  );
}
