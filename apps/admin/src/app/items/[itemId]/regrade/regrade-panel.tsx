'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { formatPoints } from '@alliance/quiz-engine';
import { Alert, Card, EmptyState } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

type Preview = RouterOutputs['authoring']['regradePreview'];

const pct = (fraction: number | null) =>
  fraction === null ? '–' : `${Math.round(fraction * 1000) / 10}%`;

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
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Grades before and after the regrade</caption>
                <thead>
                  <tr>
                    <th scope="col">Learner</th>
                    <th scope="col">Quiz</th>
                    <th scope="col" className="num">
                      Old score
                    </th>
                    <th scope="col" className="num">
                      New score
                    </th>
                    <th scope="col" className="num">
                      Change
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => {
                    const delta = (c.newPoints ?? 0) - (c.oldPoints ?? 0);
                    return (
                      <tr key={c.attemptId}>
                        <td>
                          {c.learnerName ?? (
                            <span className="muted">A learner outside your cohorts</span>
                          )}
                          {c.learnerEmail && (
                            <div className="data-table__sub">{c.learnerEmail}</div>
                          )}
                        </td>
                        <td>
                          {c.quizTitle}
                          <div className="data-table__sub">
                            version {c.fromVersion} → {c.toVersion}
                          </div>
                        </td>
                        <td className="num">
                          {c.oldPoints === null ? '–' : formatPoints(c.oldPoints)} /{' '}
                          {formatPoints(c.maxPoints)} ({pct(c.oldFraction)})
                        </td>
                        <td className="num">
                          {formatPoints(c.newPoints)} / {formatPoints(c.maxPoints)} (
                          {pct(c.newFraction)})
                        </td>
                        <td className={`num ${delta >= 0 ? 'delta--up' : 'delta--down'}`}>
                          {delta >= 0 ? '+' : '−'}
                          {Math.abs(Math.round(delta * 100) / 100)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
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
                <button
                  type="submit"
                  className="button button--primary"
                  disabled={apply.pending || reason.trim().length < 3}
                  aria-busy={apply.pending}
                >
                  {apply.pending
                    ? 'Applying…'
                    : `Apply the regrade to ${changes.length} attempt${changes.length === 1 ? '' : 's'}`}
                </button>
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
