import { course, glossary, searchCourse } from '@alliance/content';
import { EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';

export const metadata = { title: 'Search' };

const lessons = course.modules.flatMap((m) => m.lessons);

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? '';
  const hits = searchCourse(query, lessons, glossary);
  return (
    <Page>
      <h1>Search</h1>
      <search>
        <form action="/search" className="search-form">
          <label htmlFor="search-page-q" className="visually-hidden">
            Search lessons and glossary
          </label>
          <input
            id="search-page-q"
            name="q"
            type="search"
            defaultValue={query}
            placeholder="e.g. path dependence"
          />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </search>
      {query.trim() === '' ? (
        <p className="muted">Search the lessons and the glossary by keyword.</p>
      ) : hits.length === 0 ? (
        <EmptyState title={`Nothing matches “${query}”.`}>
          <p>
            Try fewer or other words, or browse the <Link href="/glossary">glossary</Link>.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {hits.length} result{hits.length === 1 ? '' : 's'} for “{query}”
          </p>
          <ul className="hits">
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.slug}`}>
                <Link
                  href={hit.kind === 'lesson' ? `/lessons/${hit.slug}` : `/glossary#${hit.slug}`}
                >
                  <strong>{hit.title}</strong>
                </Link>{' '}
                <span className="badge">{hit.kind === 'lesson' ? 'Lesson' : 'Glossary'}</span>
                <p className="muted">{hit.snippet}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
