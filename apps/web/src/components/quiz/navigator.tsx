'use client';

import type { NumberedQuestion } from '@alliance/quiz-engine';
import { useEffect, useRef } from 'react';

export interface QuestionStatus {
  answered: boolean;
  flagged: boolean;
  /** The answer cannot be saved as typed. */
  invalid: boolean;
  /** Checked and finished (interactive and immediate quizzes). */
  finished: boolean;
}

/** "answered, flagged" — a question's state in words, for its button's accessible name. */
function statusWords(status: QuestionStatus): string {
  return [
    status.invalid ? 'answer to fix' : status.answered ? 'answered' : 'not answered',
    status.finished ? 'finished' : null,
    status.flagged ? 'flagged' : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Every question of the attempt as a button: answered, unanswered, flagged or to fix at a glance
 * (and in words for screen readers), with counts; a button goes to its question (its page, on a
 * paged quiz). Collapsible on phones.
 */
export function QuestionNavigator({
  questions,
  status,
  current,
  onGo,
}: {
  questions: NumberedQuestion[];
  status: (slot: string) => QuestionStatus;
  /** The page shown on a paged quiz, else null. */
  current: number | null;
  onGo: (question: NumberedQuestion) => void;
}) {
  const states = questions.map((q) => ({ question: q, status: status(q.slot) }));
  // Open beside the paper on wide screens; folded on phones, where it would push the questions
  // below the fold (the learner opens it when they want it).
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && !window.matchMedia('(min-width: 1100px)').matches)
      details.current.open = false;
  }, []);
  const answered = states.filter((s) => s.status.answered && !s.status.invalid).length;
  const flagged = states.filter((s) => s.status.flagged).length;
  return (
    <nav className="navigator" aria-label="Questions">
      <details open ref={details} className="navigator__details">
        <summary className="navigator__summary">
          Questions{' '}
          <span className="muted">
            · {answered} of {questions.length} answered
          </span>
          {flagged > 0 && <span className="muted"> · {flagged} flagged</span>}
        </summary>
        <ol className="navigator__list">
          {states.map(({ question, status: s }) => {
            const here = current !== null && question.page === current;
            return (
              <li key={question.slot}>
                <button
                  type="button"
                  className={[
                    'navigator__button',
                    s.answered && !s.invalid ? 'navigator__button--answered' : '',
                    s.flagged ? 'navigator__button--flagged' : '',
                    s.invalid ? 'navigator__button--invalid' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  aria-label={`Question ${question.number}: ${statusWords(s)}`}
                  aria-current={here ? 'step' : undefined}
                  onClick={() => onGo(question)}
                >
                  {question.number}
                  {s.flagged && (
                    <span className="navigator__flag" aria-hidden="true">
                      ⚑
                    </span>
                  )}
                  {s.invalid && (
                    <span className="navigator__fix" aria-hidden="true">
                      !
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
        <p className="navigator__legend muted" aria-hidden="true">
          <span className="navigator__key navigator__key--answered" /> answered{' '}
          <span className="navigator__key" /> not yet <span className="navigator__flag">⚑</span>{' '}
          flagged
        </p>
      </details>
    </nav>
  );
}
