'use client';

import { api, useCall } from '@alliance/api/react';
import { Alert, BusyButton } from '@alliance/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** Marks the lesson complete (or takes it back), then re-renders the page from the server. */
export function CompleteButton({
  lessonId,
  completed: initial,
}: {
  lessonId: string;
  completed: boolean;
}) {
  const router = useRouter();
  const [completed, setCompleted] = useState(initial);
  const mutation = useCall(api.progress.setCompleted.mutate, (row) => {
    setCompleted(row.completedAt !== null);
    router.refresh();
  });
  return (
    <>
      {completed ? (
        <>
          <span className="badge badge--success" role="status">
            ✓ Completed
          </span>
          <button
            type="button"
            className="button button--link"
            disabled={mutation.pending}
            onClick={() => mutation.fire({ lessonId, completed: false })}
          >
            Mark as not done
          </button>
        </>
      ) : (
        <BusyButton
          variant="primary"
          busy={mutation.pending}
          busyLabel="Saving…"
          onClick={() => mutation.fire({ lessonId, completed: true })}
        >
          Mark lesson complete
        </BusyButton>
      )}
      {mutation.error && <Alert>Could not save your progress: {mutation.error.message}</Alert>}
    </>
  );
}
