import { isTrpcError } from '@alliance/api';
import { MIN_ATTEMPTS_FOR_STATISTICS } from '@alliance/quiz-engine';
import { Card, DataTable, EmptyState, Page } from '@alliance/ui';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { decodeSegment } from '~/server/params';
import { requireStaff, serverApi } from '~/server/runtime';
import { ItemMap } from './item-map';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Item analysis' };

type Props = { params: Promise<{ quizId: string }> };
const two = (n: number | null) => (n === null ? '–' : n.toFixed(2));
/** A figure already in %, as people read it. */
const pct1 = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}%`);

export default async function ItemAnalysisPage({ params }: Props) {
  const raw = (await params).quizId;
  await requireStaff(`/quizzes/${raw}/analysis`);
  const quizId = decodeSegment(raw);
  if (quizId === null) notFound();
  const api = await serverApi();
  const [quiz, analysis] = await Promise.all([
    api.quizzes.get({ quizId }),
    api.analytics.itemAnalysis({ quizId }),
  ]).catch((error: unknown) => {
    if (isTrpcError(error, 'NOT_FOUND', 'BAD_REQUEST')) notFound();
    throw error;
  });
  const { items, cases, test } = analysis;
  const flagged = items.filter((i) => i.flags.length > 0).length;
  const withDistractors = items.filter((i) => i.distractors && i.distractors.answers > 0);
  return (
    <Page>
      <p className="lesson__crumb">
        <Link href="/quizzes">Quizzes</Link> ›{' '}
        <Link href={`/quizzes/${encodeURIComponent(quizId)}`}>{quiz.spec.title}</Link> › Item
        analysis
      </p>
      <h1>Item analysis: {quiz.spec.title}</h1>
      <p className="lead">
        Live: every submission, regrade and grade moves these figures in the same transaction.
        Facility is the mean score, in % of the item's marks; the discrimination index is how well
        an item tells strong attempts from weak ones: the correlation, in %, of its score with the
        rest of the test (the attempt without this item), as in Moodle's quiz statistics. Figures
        appear from {MIN_ATTEMPTS_FOR_STATISTICS} graded answers.
      </p>
      {items.length === 0 ? (
        <Card>
          <EmptyState title="No answers yet.">
            <p>The figures appear with the first submitted attempt.</p>
          </EmptyState>
        </Card>
      ) : (
        <>
          <div className="stats">
            <div className="stat">
              <div className="stat__value">{test.attempts}</div>
              <div className="stat__label">fully graded attempts</div>
            </div>
            <div className="stat">
              <div className="stat__value">{two(test.meanPoints)}</div>
              <div className="stat__label">mean total (points), SD {two(test.sdPoints)}</div>
            </div>
            <div className="stat">
              <div className="stat__value">{two(test.alpha)}</div>
              <div className="stat__label">
                Cronbach's alpha
                {test.alpha === null ? `: ${test.reason}` : `, ${alphaInWords(test.alpha)}`}
              </div>
            </div>
          </div>
          <Card>
            <h2>
              {flagged} of {items.length} item{items.length === 1 ? '' : 's'} need attention
            </h2>
            <ItemMap
              items={items.map((i) => ({
                itemId: i.itemId,
                facility: i.facility,
                discrimination: i.discrimination,
                flagged: i.flags.length > 0,
              }))}
            />
          </Card>
          <Card>
            <StatisticsTable
              caption="Statistics per item, flagged first"
              what="Item"
              count="Answers"
              path="/items"
              rows={items.map((i) => ({
                ...i,
                id: i.itemId,
                sub: `${i.type ?? 'no longer in the bank'}${i.prompt ? ` · ${i.prompt}` : ''}`,
              }))}
            />
          </Card>
          {cases.length > 0 && (
            <Card>
              <h2>Cases</h2>
              <p className="muted">
                A case's score is the share of its items' points earned in one attempt.
              </p>
              <StatisticsTable
                caption="Statistics per case"
                what="Case"
                count="Attempts"
                path="/cases"
                rows={cases.map((c) => ({ ...c, id: c.caseId, sub: c.title }))}
              />
            </Card>
          )}
          {withDistractors.length > 0 && (
            <Card>
              <h2>Distractors</h2>
              <p className="muted">
                How often each option was picked, and the mean total of the learners who picked it:
                a working distractor draws weaker learners than the key (✓).
              </p>
              {withDistractors.map((i) => (
                <DistractorTable key={i.itemId} itemId={i.itemId} analysis={i.distractors} />
              ))}
            </Card>
          )}
        </>
      )}
    </Page>
  );
}

/** Facility, SD, discrimination and flags, one row per item or case (each linking to `path/id`). */
function StatisticsTable({
  caption,
  what,
  count,
  path,
  rows,
}: {
  caption: string;
  what: string;
  count: string;
  path: string;
  rows: Array<{
    id: string;
    sub: string | null;
    n: number;
    facility: number | null;
    sd: number | null;
    discrimination: number | null;
    reason: string | null;
    flags: string[];
  }>;
}) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: what,
          cell: (row) => (
            <>
              <Link href={`${path}/${encodeURIComponent(row.id)}`}>
                <code>{row.id}</code>
              </Link>
              {row.sub && <span className="data-table__sub">{row.sub}</span>}
            </>
          ),
        },
        { header: count, num: true, cell: (row) => row.n },
        { header: 'Facility', num: true, cell: (row) => pct1(row.facility) },
        { header: 'SD', num: true, cell: (row) => pct1(row.sd) },
        { header: 'Discrimination', num: true, cell: (row) => pct1(row.discrimination) },
        { header: 'Flags', cell: (row) => row.reason ?? (row.flags.join('; ') || '–') },
      ]}
    />
  );
}

type Distractors = Awaited<
  ReturnType<Awaited<ReturnType<typeof serverApi>>['analytics']['itemAnalysis']>
>['items'][number]['distractors'];

function DistractorTable({ itemId, analysis }: { itemId: string; analysis: Distractors }) {
  if (!analysis) return null;
  return (
    <table className="bars distractors">
      <caption>
        <code>{itemId}</code>: {analysis.answers} answer{analysis.answers === 1 ? '' : 's'}
        {analysis.none > 0 ? `, ${analysis.none} with no option picked` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Option</th>
          <th scope="col">Picked</th>
          <th scope="col" className="num">
            Pickers' mean total
          </th>
        </tr>
      </thead>
      <tbody>
        {analysis.options.map((o) => (
          <tr key={o.id}>
            <th scope="row" className="bars__label">
              {o.correct ? '✓ ' : ''}
              {o.label}
              {o.correct && <span className="visually-hidden"> (keyed)</span>}
            </th>
            <td className="bars__cell">
              <span
                className={o.correct ? 'bars__bar' : 'bars__bar bars__bar--muted'}
                style={{ width: `${Math.round((o.share ?? 0) * 100)}%` }}
                aria-hidden="true"
              />
              <span className="bars__value">
                {o.count} ({percent(o.share)})
              </span>
            </td>
            <td className="num">{percent(o.meanTotal)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const percent = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);

/** The usual reading of alpha for a classroom test. */
function alphaInWords(alpha: number): string {
  if (alpha >= 0.9) return 'very high consistency';
  if (alpha >= 0.7) return 'good consistency';
  if (alpha >= 0.5) return 'fair consistency';
  return 'low consistency: the items may measure different things';
}
