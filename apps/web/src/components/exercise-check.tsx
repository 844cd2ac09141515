'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, useCall } from '@alliance/api/react';
import { type ItemPresentation, presentedResponseIssue } from '@alliance/quiz-engine';
import { Alert, BusyButton } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import { useId, useState } from 'react';
import { CheckFeedback } from './check-feedback';

type Result = RouterOutputs['practice']['check'];
export type SavedExercise = RouterOutputs['practice']['saved'][string];

/**
 * A check-your-understanding item: answer, check on the server, read why. The last checked
 * answer and what the check said are kept on the server, so they are here again after a reload.
 */
export function ExerciseCheck({
  itemId,
  presentation,
  saved,
}: {
  itemId: string;
  presentation: ItemPresentation;
  saved?: SavedExercise;
}) {
  const id = useId();
  const [response, setResponse] = useState<unknown>(saved?.response);
  const [earlier, setEarlier] = useState<Result | null>(saved?.result ?? null);
  const issue = response === undefined ? null : presentedResponseIssue(presentation, response);
  // On an assessment the learner has open, this check waits until that is submitted.
  const locked = saved?.locked === true;
  // The lesson completes itself once an exercise is checked and the end is reached.
  const check = useCall(api.practice.check.mutate, () =>
    window.dispatchEvent(new Event('alliance:exercise-checked')),
  );
  const result = check.data ?? earlier;
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
          setEarlier(null);
          if (check.data || check.error) check.reset();
        }}
        parts={result?.parts}
        idPrefix={id}
        error={issue}
      />
      <div className="exercise__actions">
        <BusyButton
          variant="primary"
          busy={check.pending}
          busyLabel="Checking…"
          disabled={locked || response === undefined || Boolean(issue)}
          onClick={() => check.fire({ itemId, response })}
        >
          Check
        </BusyButton>
        {locked ? (
          <span className="muted">
            This question is on an assessment you have open. Its check opens again once you submit
            that assessment.
          </span>
        ) : (
          response === undefined && <span className="muted">Answer first, then check.</span>
        )}
        {earlier && !check.data && <span className="muted">Your last checked answer.</span>}
      </div>
      {check.error && <Alert>{check.error.message}</Alert>}
      {result && verdict && (
        <CheckFeedback
          verdict={verdict}
          points={result.pending ? null : result}
          feedback={result.feedback}
          breakdown={result.breakdown}
          explanation={result.explanation}
        />
      )}
    </section>
  );
}
