import { isTrpcError } from '@alliance/api';
import { course } from '@alliance/content';
import { idSchema } from '@alliance/quiz-engine';
import { notFound } from 'next/navigation';
import { decodeSegment, one, type SearchParams } from './params';
import { requireStaff } from './runtime';

/**
 * What an editor page (a case, a quiz) opens, the same way for each: the id from the path, for
 * staff only (404 unless it is a valid id); the stored one, or null for a new one asked for with
 * `?new=1` (404 otherwise); its module — the stored one's, or `?module=` when that names one of
 * the course's; and the version `?published=` says was just published.
 */
export async function openEditor<T extends { moduleId: string | null }>({
  segment,
  path,
  search,
  load,
}: {
  segment: string;
  /** The page's own path for an id, to come back to after signing in. */
  path: (id: string) => string;
  search: SearchParams;
  load: (id: string) => Promise<T>;
}) {
  const id = decodeSegment(segment) ?? '';
  await requireStaff(path(id));
  if (!idSchema.safeParse(id).success) notFound();
  const existing = await load(id).catch((error: unknown) => {
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
  return { id, existing, moduleId, published };
}
