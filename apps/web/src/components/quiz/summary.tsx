'use client';

import type { NumberedQuestion } from '@alliance/quiz-engine';
import { Alert, BusyButton } from '@alliance/ui';
import { Modal } from '../dialog';
import type { QuestionStatus } from './navigator';

/** Runs of consecutive questions, so a long list reads "Questions 1–6, 8–38". */
function runsOf(questions: NumberedQuestion[]): NumberedQuestion[][] {
  const runs: NumberedQuestion[][] = [];
  for (const q of questions) {
    const last = runs.at(-1);
    if (last && (last.at(-1)?.number ?? 0) + 1 === q.number) last.push(q);
    else runs.push([q]);
  }
  return runs;
}

function QuestionLinks({
  questions,
  onGo,
}: {
  questions: NumberedQuestion[];
  onGo: (question: NumberedQuestion) => void;
}) {
  return (
    <ul className="summary__links">
      {runsOf(questions).map((run) => {
        const [first] = run;
        const last = run.at(-1);
        if (!first || !last) return null;
        return (
          <li key={first.slot}>
            <button type="button" className="button button--link" onClick={() => onGo(first)}>
              {run.length === 1
                ? `Question ${first.number}`
                : `Questions ${first.number}–${last.number}`}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Before anything is submitted: how many questions are answered, which are not, which are
 * flagged, which answers cannot be read (and what will count for them), and which are not saved
 * yet — each a link back to its question — then Submit or go back. A modal dialog: focus stays
 * in it, Esc closes it.
 */
export function SubmitSummary({
  open,
  onClose,
  questions,
  status,
  invalid,
  unsaved,
  savedInvalid,
  submitting,
  error,
  onGo,
  onRetrySave,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  questions: NumberedQuestion[];
  status: (slot: string) => QuestionStatus;
  invalid: Record<string, string>;
  /** Slots whose latest answer the server does not have yet. */
  unsaved: string[];
  /** Whether an earlier, readable answer to this slot is saved (it counts instead). */
  savedInvalid: (slot: string) => boolean;
  submitting: boolean;
  error: string | null;
  onGo: (question: NumberedQuestion) => void;
  onRetrySave: () => void;
  onSubmit: () => void;
}) {
  const unanswered = questions.filter((q) => !status(q.slot).answered);
  const flagged = questions.filter((q) => status(q.slot).flagged);
  const toFix = questions.filter((q) => invalid[q.slot]);
  const notSaved = questions.filter((q) => unsaved.includes(q.slot) && !invalid[q.slot]);
  const answered = questions.length - unanswered.length - toFix.length;

  return (
    <Modal open={open} onClose={onClose} labelledBy="summary-title" className="summary">
      <h2 id="summary-title">Submit your answers?</h2>
      <p>
        <strong>
          {answered} of {questions.length}
        </strong>{' '}
        questions answered. Once you submit, you cannot change your answers.
      </p>
      {toFix.length > 0 && (
        <Alert title="Answers that cannot be read">
          <ul className="summary__fix">
            {toFix.map((q) => (
              <li key={q.slot}>
                <button type="button" className="button button--link" onClick={() => onGo(q)}>
                  Question {q.number}
                </button>
                : {invalid[q.slot]}.{' '}
                {savedInvalid(q.slot)
                  ? 'If you submit now, your last readable answer counts.'
                  : 'If you submit now, it counts as not answered.'}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {notSaved.length > 0 && (
        <Alert title="Not saved yet">
          <p>
            The server does not have your latest answer to{' '}
            {notSaved.map((q) => `Question ${q.number}`).join(', ')} yet. Submitting now would leave{' '}
            {notSaved.length === 1 ? 'it' : 'them'} out.
          </p>
          <button type="button" className="button" onClick={onRetrySave}>
            Try saving again
          </button>
        </Alert>
      )}
      {unanswered.length > 0 && (
        <div className="summary__group">
          <h3>Not answered ({unanswered.length})</h3>
          <QuestionLinks questions={unanswered} onGo={onGo} />
        </div>
      )}
      {flagged.length > 0 && (
        <div className="summary__group">
          <h3>Flagged for later ({flagged.length})</h3>
          <QuestionLinks questions={flagged} onGo={onGo} />
        </div>
      )}
      {error && <Alert>{error}</Alert>}
      <div className="dialog__actions">
        <BusyButton variant="primary" busy={submitting} busyLabel="Submitting…" onClick={onSubmit}>
          {toFix.length || notSaved.length || unanswered.length ? 'Submit anyway' : 'Submit now'}
        </BusyButton>
        <button type="button" className="button" onClick={onClose} data-initial-focus>
          Back to the questions
        </button>
      </div>
    </Modal>
  );
}
