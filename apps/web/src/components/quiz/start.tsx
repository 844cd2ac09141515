'use client';

import { api, useCall } from '@alliance/api/react';
import { Alert, BusyButton } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Modal } from '../dialog';

/**
 * Starts an attempt only on purpose: a button (a POST, never a page visit) naming the attempt it
 * starts, and — when attempts are limited or the clock will run — a confirmation saying what
 * starting means. The attempt number goes with the request, so a page left open in another tab
 * cannot start an attempt the learner did not mean.
 */
export function StartAttempt({
  quizId,
  attemptNumber,
  label,
  confirm,
}: {
  quizId: string;
  attemptNumber: number;
  label: string;
  /** What starting means, asked before it happens; null starts at once. */
  confirm: string | null;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const start = useCall(api.attempt.start.mutate, (attempt) =>
    router.push(`/attempts/${attempt.attemptId}`),
  );
  const go = () => start.fire({ quizId, attemptNumber });
  const busy = start.pending || Boolean(start.data);
  return (
    <div className="start">
      <BusyButton
        variant="primary"
        busy={busy}
        busyLabel="Starting…"
        onClick={() => (confirm ? setAsking(true) : go())}
      >
        {label}
      </BusyButton>
      {start.error && <Alert>{start.error.message}</Alert>}
      {confirm && (
        <Modal open={asking} onClose={() => setAsking(false)} labelledBy="start-title">
          <h2 id="start-title">{label}?</h2>
          <p>{confirm}</p>
          <div className="dialog__actions">
            <BusyButton
              variant="primary"
              busy={busy}
              busyLabel="Starting…"
              onClick={() => {
                setAsking(false);
                go();
              }}
            >
              Start now
            </BusyButton>
            <button
              type="button"
              className="button"
              data-initial-focus
              onClick={() => setAsking(false)}
            >
              Not now
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
