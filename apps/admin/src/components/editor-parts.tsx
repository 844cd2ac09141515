import { Alert, BusyButton } from '@alliance/ui';
import type { ReactNode } from 'react';

/** An editor's heading, with where the work stands beside it, said to screen readers as it changes. */
export function EditorHead({
  title,
  state,
  children,
}: {
  title: string;
  /** A modifier of the state's look (`saved`, `error`, …), if it has one. */
  state?: string;
  children: ReactNode;
}) {
  return (
    <div className="editor__head">
      <h2>{title}</h2>
      <output
        className={state ? `save-state save-state--${state}` : 'save-state'}
        aria-live="polite"
      >
        {children}
      </output>
    </div>
  );
}

/**
 * The button that publishes a quiz or case as its next version (1 for a new one), off until the
 * work is `ready`, and what went wrong under it.
 */
export function PublishVersion({
  version,
  ready,
  publish,
  onPublish,
}: {
  /** The version the editor started from; null for one never published. */
  version: number | null;
  ready: boolean;
  publish: { pending: boolean; error: { message: string } | null };
  onPublish: () => void;
}) {
  return (
    <>
      <div className="editor__actions">
        <BusyButton
          variant="primary"
          busy={publish.pending}
          busyLabel="Publishing…"
          disabled={!ready}
          onClick={onPublish}
        >
          {`Publish version ${version === null ? 1 : version + 1}`}
        </BusyButton>
      </div>
      {publish.error && <Alert>{publish.error.message}</Alert>}
    </>
  );
}

/** Says that `useLocalDraft` brought an earlier visit's edits back, with a way to drop them. */
export function RestoredDraft({
  draft,
  version,
}: {
  draft: { restored: boolean; reset: () => void };
  /** The published version the editor started from, if any. */
  version: number | null;
}) {
  if (!draft.restored) return null;
  return (
    <Alert tone="info">
      Your unpublished edits from last time are back.{' '}
      <button type="button" className="button button--link" onClick={draft.reset}>
        Start again from {version ? `version ${version}` : 'scratch'}
      </button>
    </Alert>
  );
}
