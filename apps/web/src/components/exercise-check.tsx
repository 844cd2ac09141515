'use client';

import { api, useCall } from '@alliance/api/react';
import type { ItemPresentation } from '@alliance/quiz-engine';
import { Alert, inline } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import { useId, useState } from 'react';

/** A check-your-understanding item: answer, check on the server, read why. */
export function ExerciseCheck({
  itemId,
  presentation,
}: {
  itemId: string;
  presentation: ItemPresentation;
}) {
  const id = useId();
  const [response, setResponse] = useState<unknown>(undefined);
  // The lesson completes itself once an exercise is checked and the end is reached.
  const check = useCall(api.practice.check.mutate, () =>
    window.dispatchEvent(new Event('alliance:exercise-checked')),
  );
  const result = check.data;
  const verdict = result
    ? result.pending
      ? 'Saved: an essay is read by your instructor.'
      : result.fraction >= 1
        ? 'Right.'
        : result.fraction > 0
          ? 'Partly right.'
          : 'Not quite.'
    : null;
  return (
    <section className="exercise" aria-labelledby={`${id}-title`}>
      <p className="exercise__label" id={`${id}-title`}>
        Check your understanding
      </p>
      <ItemView
        item={presentation}
        response={response}
        onChange={(next) => {
          setResponse(next);
          if (check.data || check.error) check.reset();
        }}
        parts={result?.parts}
        idPrefix={id}
      />
      <div className="exercise__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={response === undefined || check.pending}
          aria-busy={check.pending}
          onClick={() => check.fire({ itemId, response })}
        >
          {check.pending ? 'Checking…' : 'Check'}
        </button>
        {response === undefined && <span className="muted">Answer first, then check.</span>}
      </div>
      {check.error && <Alert>{check.error.message}</Alert>}
      {result && (
        <div className="exercise__result" role="status">
          <p className="exercise__verdict">
            <strong>{verdict}</strong>{' '}
            {!result.pending &&
              `${result.points} of ${result.maxPoints} point${result.maxPoints === 1 ? '' : 's'}.`}
          </p>
          {result.feedback.map((text) => (
            <p key={text}>{inline(text)}</p>
          ))}
          <details>
            <summary>How this was scored</summary>
            <p>{result.breakdown}</p>
          </details>
          {result.explanation && (
            <div className="exercise__explanation">
              <strong>Worked explanation.</strong> {inline(result.explanation)}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
