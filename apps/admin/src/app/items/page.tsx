import { course } from '@alliance/content';
import { ITEM_TYPES } from '@alliance/quiz-engine';
import { Badge, Card, DataTable, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { FilterForm, SelectFilter } from '~/components/filters';
import { PagedList, pageOf } from '~/components/pager';
import { moduleOptions } from '~/server/modules';
import { one, type SearchParams } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { NewItemForm } from './new-item-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Item bank' };

const STATUSES = ['draft', 'published', 'retired'] as const;
const STATUS_TONE: Record<string, 'success' | 'accent' | 'neutral'> = {
  published: 'success',
  draft: 'accent',
  retired: 'neutral',
};

/** A statistic already in % (quiz-engine's `statisticsFromSums`), as people read it. */
const percent = (value: number | null) => (value === null ? '–' : `${value.toFixed(0)}%`);

export default async function ItemBankPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireStaff('/items');
  const search = await searchParams;
  const filter = {
    q: one(search.q),
    type: ITEM_TYPES.find((t) => t === one(search.type)),
    status: STATUSES.find((s) => s === one(search.status)),
    moduleId: one(search.module),
    lessonId: one(search.lesson),
    tag: one(search.tag),
    objective: one(search.objective),
    page: pageOf(search),
  };
  const api = await serverApi();
  const result = await api.authoring.items(filter);
  const lessons = course.modules.flatMap((m) => m.lessons.map((l) => ({ ...l, module: m.title })));

  return (
    <Page>
      <h1>Item bank</h1>
      <p className="lead">
        Every question of the course. Edit a draft, check it against the engine, then publish it as
        a new version; quizzes that hold it pick the new version for new attempts.
      </p>
      <FilterForm action="/items" label="Filter items" submit="Filter" clear>
        <div className="field">
          <label htmlFor="f-q">Text or id</label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q} />
        </div>
        <SelectFilter id="f-type" label="Type" name="type" value={filter.type} any="Any type">
          {ITEM_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </SelectFilter>
        <SelectFilter
          id="f-status"
          label="Status"
          name="status"
          value={filter.status}
          any="Any status"
        >
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </SelectFilter>
        <SelectFilter
          id="f-module"
          label="Module"
          name="module"
          value={filter.moduleId}
          any="Any module"
        >
          {course.modules.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.title}
            </option>
          ))}
        </SelectFilter>
        <SelectFilter
          id="f-lesson"
          label="Lesson"
          name="lesson"
          value={filter.lessonId}
          any="Any lesson"
        >
          {lessons.map((l) => (
            <option key={l.slug} value={l.slug}>
              {l.title}
            </option>
          ))}
        </SelectFilter>
        <div className="field">
          <label htmlFor="f-tag">Tag</label>
          <input id="f-tag" name="tag" defaultValue={filter.tag} />
        </div>
        <div className="field">
          <label htmlFor="f-objective">Objective id</label>
          <input id="f-objective" name="objective" defaultValue={filter.objective} />
        </div>
      </FilterForm>

      <NewItemForm modules={moduleOptions} />

      <Card>
        {result.items.length === 0 ? (
          <EmptyState title="No item matches these filters.">
            <p>Clear a filter, or create a new item above.</p>
          </EmptyState>
        ) : (
          <PagedList path="/items" search={search} paging={result} noun="item">
            <DataTable
              caption="Items"
              rows={result.items}
              rowKey={(item) => item.id}
              columns={[
                {
                  header: 'Item',
                  cell: (item) => (
                    <>
                      <Link href={`/items/${encodeURIComponent(item.id)}`}>
                        <code>{item.id}</code>
                      </Link>
                      <span className="data-table__sub">{item.prompt}</span>
                    </>
                  ),
                },
                { header: 'Type', cell: (item) => item.type },
                {
                  header: 'Status',
                  cell: (item) => (
                    <>
                      <Badge tone={STATUS_TONE[item.status] ?? 'neutral'}>{item.status}</Badge>
                      {item.hasDraft && item.status !== 'draft' && (
                        <span className="data-table__sub">unpublished edits</span>
                      )}
                    </>
                  ),
                },
                { header: 'Quizzes', num: true, cell: (item) => item.quizzes },
                { header: 'Answered', num: true, cell: (item) => item.answered },
                {
                  header: <abbr title="Facility: the mean score, 0–100%">Facility</abbr>,
                  num: true,
                  cell: (item) => percent(item.facility),
                },
                {
                  header: (
                    <abbr title="Discrimination index: the correlation, in %, of the item’s score with the rest of the test (−100% to 100%); shown from 10 graded answers">
                      Discr.
                    </abbr>
                  ),
                  num: true,
                  cell: (item) => (
                    <span title={item.statisticsReason ?? undefined}>
                      {percent(item.discrimination)}
                    </span>
                  ),
                },
              ]}
            />
          </PagedList>
        )}
      </Card>
    </Page>
  );
}
