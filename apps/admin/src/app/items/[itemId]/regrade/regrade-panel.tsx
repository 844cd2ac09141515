'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { formatPoints } from '@alliance/quiz-engine';
import { Alert, BusyButton, Card, DataTable, EmptyState } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Preview = RouterOutputs['authoring']['regradePreview'];

const pct = (fraction: number | null) =>
  fraction === null ? '–' : `${Math.round(fraction * 1000) / 10}%`;
/** How many points a regrade gives (or takes). */
const delta = (c: Preview['changes'][number]) => (c.newPoints ?? 0) - (c.oldPoints ?? 0);

/** The grades a regrade would change, side by side, and the one button that applies them. */
export function RegradePanel({ itemId, preview }: { itemId: string; preview: Preview }) {
  const router = useRouter();
  const [reason, setReason] = useState('');
  const apply = useCall(api.authoring.regradeApply.mutate, () => router.refresh());
  const { changes, unchanged, skipped } = preview;
  return (
    <>
      <Card>
        {apply.data && (
          <Alert tone="success">
            Regraded {apply.data.applied} attempt{apply.data.applied === 1 ? '' : 's'}. Learners see
            the new score and your reason on their review page.
          </Alert>
        )}
        {changes.length === 0 ? (
          <EmptyState title="No grade would change.">
            <p>
              {unchanged > 0
                ? `${unchanged} earlier attempt${unchanged === 1 ? '' : 's'} would keep the same score.`
                : 'No submitted attempt is on an older version of a quiz holding this item.'}
            </p>
          </EmptyState>
        ) : (
          <>
            <h2>
              {changes.length} grade{changes.length === 1 ? '' : 's'} would change
            </h2>
            {unchanged > 0 && (
              <p className="muted">
                {unchanged} other attempt{unchanged === 1 ? '' : 's'} would keep the same score.
              </p>
            )}
            <DataTable
              caption="Grades before and after the regrade"
              rows={changes}
              rowKey={(c) => c.attemptId}
              columns={[
                {
                  header: 'Learner',
                  cell: (c) => (
                    <>
                      {c.learnerName ?? (
                        <span className="muted">A learner outside your cohorts</span>
                      )}
                      {c.learnerEmail && <div className="data-table__sub">{c.learnerEmail}</div>}
                    </>
                  ),
                },
                {
                  header: 'Quiz',
                  cell: (c) => (
                    <>
                      {c.quizTitle}
                      <div className="data-table__sub">
                        version {c.fromVersion} → {c.toVersion}
                      </div>
                    </>
                  ),
                },
                {
                  header: 'Old score',
                  num: true,
                  cell: (c) => (
                    <>
                      {c.oldPoints === null ? '–' : formatPoints(c.oldPoints)} /{' '}
                      {formatPoints(c.maxPoints)} ({pct(c.oldFraction)})
                    </>
                  ),
                },
                {
                  header: 'New score',
                  num: true,
                  cell: (c) => (
                    <>
                      {formatPoints(c.newPoints)} / {formatPoints(c.maxPoints)} (
                      {pct(c.newFraction)})
                    </>
                  ),
                },
                {
                  header: 'Change',
                  num: true,
                  className: (c) => (delta(c) >= 0 ? 'delta--up' : 'delta--down'),
                  cell: (c) => (
                    <>
                      {delta(c) >= 0 ? '+' : '−'}
                      {Math.abs(Math.round(delta(c) * 100) / 100)}
                    </>
                  ),
                },
              ]}
            />
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                apply.fire({ itemId, reason, expected: changes.map((c) => c.attemptId) });
              }}
            >
              <div className="field">
                <label htmlFor="regrade-reason">Why (learners see this)</label>
                <input
                  id="regrade-reason"
                  required
                  minLength={3}
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  placeholder="e.g. The key marked the wrong option as correct."
                />
              </div>
              <div>
                <BusyButton
                  type="submit"
                  variant="primary"
                  busy={apply.pending}
                  busyLabel="Applying…"
                  disabled={reason.trim().length < 3}
                >
                  {`Apply the regrade to ${changes.length} attempt${changes.length === 1 ? '' : 's'}`}
                </BusyButton>
              </div>
            </form>
          </>
        )}
        {apply.error && (
          <Alert>
            {apply.error.message}{' '}
            {apply.error.code === 'CONFLICT' && (
              <button
                type="button"
                className="button button--link"
                onClick={() => router.refresh()}
              >
                Preview again
              </button>
            )}
          </Alert>
        )}
      </Card>
      {skipped.length > 0 && (
        <Card>
          <h2>Not regraded</h2>
          <ul>
            {skipped.map((s) => (
              <li key={s.attemptId}>
                Attempt <code>{s.attemptId}</code>: {s.why}.
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
