import { Card, DataTable, EmptyState, NamedLink, Page } from '@alliance/ui';
import { FilterForm } from '~/components/filters';
import { NewDraftForm } from '~/components/new-draft-form';
import { moduleName, moduleOptions } from '~/server/modules';
import { one } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cases' };

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaff('/cases');
  const q = one((await searchParams).q);
  const api = await serverApi();
  const cases = await api.cases.list({ q });
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
        modules={moduleOptions}
      />
      <FilterForm action="/cases" label="Search cases" submit="Search">
        <div className="field">
          <label htmlFor="c-q">Text or id</label>
          <input id="c-q" name="q" type="search" defaultValue={q} />
        </div>
      </FilterForm>
      <Card>
        {cases.length === 0 ? (
          <EmptyState title={q ? 'No case matches.' : 'No cases yet.'} />
        ) : (
          <DataTable
            caption="Cases"
            rows={cases}
            rowKey={(c) => c.caseId}
            columns={[
              {
                header: 'Case',
                cell: (c) => (
                  <NamedLink
                    href={`/cases/${encodeURIComponent(c.caseId)}`}
                    name={c.title}
                    id={c.caseId}
                  />
                ),
              },
              { header: 'Module', cell: (c) => moduleName(c.moduleId) },
              { header: 'Items', num: true, cell: (c) => c.items },
              { header: 'Version', num: true, cell: (c) => c.version },
            ]}
          />
        )}
      </Card>
    </Page>
  );
}
