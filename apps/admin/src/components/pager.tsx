import Link from 'next/link';
import type { ReactNode } from 'react';
import { one, type SearchParams } from '~/server/params';

/** How many pages a list of `total` rows shows, `pageSize` a page (one at least). */
const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/** The page a `?page=` asks for: a whole number from 1 to 10,000, else 1. */
export const pageOf = (search: SearchParams) =>
  Math.max(1, Math.min(10_000, Number(one(search.page)) || 1));

/**
 * Previous and next links of a paged list, keeping the page's other search parameters (or only
 * those named in `keep`); nothing when everything fits on one page.
 */
function Pager({
  path,
  search,
  page,
  total,
  pageSize,
  keep,
}: {
  path: string;
  keep?: string[];
  search: SearchParams;
  page: number;
  total: number;
  pageSize: number;
}) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const link = (n: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      const v = one(value);
      if (v && key !== 'page' && (!keep || keep.includes(key))) params.set(key, v);
    }
    params.set('page', String(n));
    return `${path}?${params}`;
  };
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 && <Link href={link(page - 1)}>← Previous</Link>}
      {page < pages && <Link href={link(page + 1)}>Next →</Link>}
    </nav>
  );
}

/** How many rows a paged list holds, and which page is shown when there are several. */
function PageCount({
  total,
  page,
  pageSize,
  noun,
}: {
  total: number;
  page: number;
  pageSize: number;
  /** The rows' name, singular: "item" (an -s is added for any other count than one). */
  noun: string;
}) {
  const pages = pageCount(total, pageSize);
  return (
    <p className="muted" aria-live="polite">
      {total} {noun}
      {total === 1 ? '' : 's'}
      {pages > 1 && ` · page ${page} of ${pages}`}
    </p>
  );
}

/** A paged list: how many rows it holds above it, and the links to the other pages below it. */
export function PagedList({
  path,
  search,
  keep,
  paging,
  noun,
  children,
}: {
  path: string;
  search: SearchParams;
  keep?: string[];
  /** The list's size and the page shown, as the API gives them. */
  paging: { total: number; page: number; pageSize: number };
  noun: string;
  children: ReactNode;
}) {
  const { total, page, pageSize } = paging;
  return (
    <>
      <PageCount total={total} page={page} pageSize={pageSize} noun={noun} />
      {children}
      <Pager
        path={path}
        search={search}
        keep={keep}
        page={page}
        total={total}
        pageSize={pageSize}
      />
    </>
  );
}
