import { course } from '@alliance/content';
import { Card, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { NewDraftForm } from '~/components/new-draft-form';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cases' };

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('/cases');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const api = await serverApi();
  const cases = await api.cases.list({ q });
  const moduleTitle = new Map(course.modules.map((m) => [m.slug, m.title]));
  return (
    <Page>
      <h1>Cases</h1>
      <p className="lead">
        Business scenarios with several questions hanging on them. Edit the scenario and its
        figures, attach items from the bank, put them in order, and weigh the case.
      </p>
      <NewDraftForm
        noun="case"
        basePath="/cases"
        placeholder="e.g. velora-brannock"
        modules={course.modules.map((m) => ({ id: m.slug, title: m.title }))}
      />
      <Card>
        <form className="filters" action="/cases" aria-label="Search cases">
          <div className="field">
            <label htmlFor="c-q">Text or id</label>
            <input id="c-q" name="q" type="search" defaultValue={q} />
          </div>
          <div className="filters__actions">
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
        </form>
      </Card>
      <Card>
        {cases.length === 0 ? (
          <EmptyState title={q ? 'No case matches.' : 'No cases yet.'} />
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Cases</caption>
              <thead>
                <tr>
                  <th scope="col">Case</th>
                  <th scope="col">Module</th>
                  <th scope="col" className="num">
                    Items
                  </th>
                  <th scope="col" className="num">
                    Version
                  </th>
                </tr>
              </thead>
              <tbody>
                {cases.map((c) => (
                  <tr key={c.caseId}>
                    <td>
                      <Link href={`/cases/${encodeURIComponent(c.caseId)}`}>{c.title}</Link>
                      <div className="data-table__sub">
                        <code>{c.caseId}</code>
                      </div>
                    </td>
                    <td>{c.moduleId ? (moduleTitle.get(c.moduleId) ?? c.moduleId) : '–'}</td>
                    <td className="num">{c.items}</td>
                    <td className="num">{c.version}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </Page>
  );
}
