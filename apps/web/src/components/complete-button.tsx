'use client';

import { useTRPC } from '@alliance/api/react';
import { Alert } from '@alliance/ui';
import { useMutation } from '@tanstack/react-query';
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
  const trpc = useTRPC();
  const router = useRouter();
  const [completed, setCompleted] = useState(initial);
  const mutation = useMutation(
    trpc.progress.setCompleted.mutationOptions({
      onSuccess: (row) => {
        setCompleted(row.completedAt !== null);
        router.refresh();
      },
    }),
  );
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
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ lessonId, completed: false })}
          >
            Mark as not done
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={mutation.isPending}
          aria-busy={mutation.isPending}
          onClick={() => mutation.mutate({ lessonId, completed: true })}
        >
          {mutation.isPending ? 'Saving…' : 'Mark lesson complete'}
        </button>
      )}
      {mutation.error && <Alert>Could not save your progress: {mutation.error.message}</Alert>}
    </>
  );
}
