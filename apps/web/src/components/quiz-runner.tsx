'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, errorCode, errorMessage, useCall } from '@alliance/api/react';
import type { ItemPresentation } from '@alliance/quiz-engine';
import { Alert, inline, Markdown } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';

type Attempt = RouterOutputs['attempt']['start'];
type Certainty = 'low' | 'medium' | 'high';
type Answers = Record<string, { response: unknown; certainty?: Certainty; triesUsed?: number }>;
type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';
type CheckResult = RouterOutputs['attempt']['check'];
const CERTAINTY_TEXT: Record<Certainty, string> = {
  low: 'Not sure',
  medium: 'Fairly sure',
  high: 'Sure',
};

const SAVE_DELAY_MS = 1500;

/** Unsent answers are also kept in the browser, so a reload while offline loses nothing. */
const pendingKey = (attemptId: string) => `alliance:attempt:${attemptId}:unsent`;
/**
 * Answers kept in the browser until a page load shows the server has them: everything not yet
 * saved, and what was saved since (with the sequence it was saved at), because a reload can be
 * rendered from before that save committed.
 */
interface Unconfirmed {
  answers: Answers;
  /** Set once all of `answers` are saved: the save's sequence number. */
  savedAs?: number;
}
function keepUnsent(attemptId: string, unsent: Unconfirmed) {
  try {
    if (Object.keys(unsent.answers).length)
      localStorage.setItem(pendingKey(attemptId), JSON.stringify(unsent));
    else localStorage.removeItem(pendingKey(attemptId));
  } catch {
    // Private mode or a full quota: the answers still live in memory until they are sent.
  }
}
function readUnsent(attemptId: string): Unconfirmed {
  try {
    const stored = JSON.parse(localStorage.getItem(pendingKey(attemptId)) ?? '{}') as
      | Unconfirmed
      | Answers;
    return 'answers' in stored && typeof stored.answers === 'object'
      ? (stored as Unconfirmed)
      : { answers: stored as Answers };
  } catch {
    return { answers: {} };
  }
}
/** Adds answers not yet saved to what the browser keeps for the attempt. */
function keepUnsaved(attemptId: string, unsaved: Answers) {
  keepUnsent(attemptId, { answers: { ...readUnsent(attemptId).answers, ...unsaved } });
}
const SAVE_EVERY_MS = 30_000;
/** After a failed save, the next try comes this soon (and again, while it keeps failing). */
const RETRY_MS = 4_000;

function remaining(deadline: Date | null, now: number) {
  if (!deadline) return null;
  return Math.max(0, Math.floor((new Date(deadline).getTime() - now) / 1000));
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/**
 * Takes a quiz: starts (or resumes) the attempt, autosaves every change within 2 s and every
 * 30 s with a rising sequence number, shows saved / saving / offline, refuses to overwrite what
 * another tab saved, counts down a time limit, and submits once.
 */
export function QuizRunner({ initial, title }: { initial: Attempt; title: string }) {
  const router = useRouter();
  // The server started (or resumed) the attempt and rendered the paper; this takes over.
  const attempt = initial;
  const [answers, setAnswers] = useState<Answers>(initial.responses);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [now, setNow] = useState(() => Date.now());
  const dirty = useRef<Answers>({});
  const sequence = useRef(initial.sequence);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Answers this browser could not send last time (offline, closed tab) come back first.
  useEffect(() => {
    const stored = readUnsent(initial.attemptId);
    // Saved, and this page was rendered after that save: the server has them all.
    if (stored.savedAs !== undefined && initial.sequence >= stored.savedAs) {
      keepUnsent(initial.attemptId, { answers: {} });
      return;
    }
    const unsent = stored.answers;
    if (Object.keys(unsent).length) {
      dirty.current = unsent;
      setAnswers((current) => ({ ...current, ...unsent }));
      setSaveState('saving');
    }
  }, [initial.attemptId]);
  const checkMutation = useCall(api.attempt.check.mutate);
  const [checks, setChecks] = useState<Record<string, CheckResult>>({});
  const [checkErrors, setCheckErrors] = useState<Record<string, string>>({});
  const submit = useCall(api.attempt.submit.mutate, (result) =>
    router.push(`/attempts/${result.attemptId}/review`),
  );
  const flush = useCallback(async () => {
    if (!attempt || Object.keys(dirty.current).length === 0 || saveState === 'conflict') return;
    const batch = dirty.current;
    dirty.current = {};
    const next = sequence.current + 1;
    setSaveState('saving');
    try {
      // While offline this fails at once (the answers wait in the browser), so the learner
      // sees "Offline" and the save goes out when the connection is back.
      const result = await api.attempt.save.mutate({
        attemptId: attempt.attemptId,
        sequence: next,
        responses: batch,
      });
      sequence.current = result.sequence;
      const pending = Object.keys(dirty.current).length > 0;
      keepUnsent(attempt.attemptId, {
        answers: { ...readUnsent(attempt.attemptId).answers, ...batch, ...dirty.current },
        ...(pending ? {} : { savedAs: result.sequence }),
      });
      setSaveState(Object.keys(dirty.current).length ? 'saving' : 'saved');
    } catch (error) {
      dirty.current = { ...batch, ...dirty.current };
      keepUnsaved(attempt.attemptId, dirty.current);
      if (errorCode(error) === 'CONFLICT') setSaveState('conflict');
      else if (typeof navigator !== 'undefined' && !navigator.onLine) setSaveState('offline');
      else setSaveState('error');
    }
  }, [attempt, saveState]);

  // Answers left unsent by a previous visit go out once, as soon as the attempt is back.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  const attemptId = attempt?.attemptId;
  useEffect(() => {
    if (attemptId && Object.keys(dirty.current).length) void flushRef.current();
  }, [attemptId]);

  // Save at least every 30 s, and when the connection comes back.
  useEffect(() => {
    const every = setInterval(() => void flush(), SAVE_EVERY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(every);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  // A save the server refused or never answered is tried again soon, not only at the next 30 s
  // or when the browser says it is back online (it does not always notice).
  useEffect(() => {
    if (saveState !== 'error') return;
    const again = setTimeout(() => void flush(), RETRY_MS);
    return () => clearTimeout(again);
  }, [saveState, flush]);

  // The countdown, and submitting what was saved when time runs out.
  useEffect(() => {
    if (!attempt?.deadline) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [attempt?.deadline]);
  const secondsLeft = remaining(attempt?.deadline ?? null, now);
  useEffect(() => {
    if (secondsLeft === 0 && attempt && !submit.pending && !submit.data) {
      void flush().finally(() => submit.fire({ attemptId: attempt.attemptId }));
    }
  }, [secondsLeft === 0]);

  function change(slot: string, response: unknown) {
    const answer = { ...answers[slot], response };
    setAnswers((current) => ({ ...current, [slot]: answer }));
    dirty.current = {
      ...dirty.current,
      [slot]: { response, ...(answer.certainty ? { certainty: answer.certainty } : {}) },
    };
    // Kept in the browser at once: a reload or a lost connection before the save loses nothing.
    keepUnsaved(initial.attemptId, dirty.current);
    setSaveState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  function setCertainty(slot: string, certainty: Certainty) {
    const answer = {
      response: answers[slot]?.response ?? null,
      triesUsed: answers[slot]?.triesUsed,
      certainty,
    };
    setAnswers((current) => ({ ...current, [slot]: answer }));
    dirty.current = { ...dirty.current, [slot]: { response: answer.response, certainty } };
    keepUnsaved(initial.attemptId, dirty.current);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  async function check(slot: string) {
    if (!attempt) return;
    await flush();
    const answer = answers[slot];
    const { [slot]: _pending, ...rest } = dirty.current;
    dirty.current = rest;
    try {
      const result = await checkMutation.run({
        attemptId: attempt.attemptId,
        slot,
        sequence: sequence.current + 1,
        answer: {
          response: answer?.response ?? null,
          ...(answer?.certainty ? { certainty: answer.certainty } : {}),
        },
      });
      sequence.current = result.sequence;
      setChecks((current) => ({ ...current, [slot]: result }));
      setCheckErrors(({ [slot]: _old, ...others }) => others);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT' && /another tab/.test((error as Error).message))
        setSaveState('conflict');
      setCheckErrors((current) => ({ ...current, [slot]: errorMessage(error) }));
    }
  }

  function renderItem(slot: string, item: ItemPresentation) {
    const result = checks[slot];
    const finished = result?.finished ?? false;
    const settings = attempt?.settings;
    const answer = answers[slot];
    const hasAnswer = answer?.response !== undefined && answer?.response !== null;
    return (
      <div key={slot} className="quiz__item">
        <ItemView
          item={item}
          response={answer?.response}
          onChange={(response) => change(slot, response)}
          disabled={saveState === 'conflict' || submit.pending || finished}
          parts={result?.parts}
          idPrefix={slot}
        />
        {settings?.certaintyBased && (
          <fieldset className="certainty" disabled={finished}>
            <legend>How sure are you?</legend>
            {(['low', 'medium', 'high'] as const).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name={`${slot}-certainty`}
                  checked={answer?.certainty === c}
                  onChange={() => setCertainty(slot, c)}
                />{' '}
                {CERTAINTY_TEXT[c]}
              </label>
            ))}
          </fieldset>
        )}
        {settings && settings.behaviour !== 'deferred' && (
          <div className="exercise__actions">
            <button
              type="button"
              className="button"
              disabled={
                !hasAnswer ||
                finished ||
                checkMutation.pending ||
                (settings.certaintyBased && !answer?.certainty)
              }
              onClick={() => void check(slot)}
            >
              Check
            </button>
            {settings.behaviour === 'interactive' && !finished && (
              <span className="muted">
                {settings.tries -
                  (result ? settings.tries - result.triesLeft : (answer?.triesUsed ?? 0))}{' '}
                of {settings.tries} tries left
                {settings.penaltyPerTry > 0 &&
                  ` · each wrong try costs ${Math.round(settings.penaltyPerTry * 100)}% of the marks`}
              </span>
            )}
          </div>
        )}
        {checkErrors[slot] && <Alert>{checkErrors[slot]}</Alert>}
        {result && (
          <div className="exercise__result" role="status">
            <p className="exercise__verdict">
              <strong>
                {result.right ? 'Right.' : result.finished ? 'Not right.' : 'Not yet.'}
              </strong>{' '}
              {result.finished &&
                `${result.points} of ${result.maxPoints} point${result.maxPoints === 1 ? '' : 's'}.`}
            </p>
            {result.feedback.map((text) => (
              <p key={text}>{inline(text)}</p>
            ))}
            {result.hint && (
              <p>
                <strong>Hint:</strong> {inline(result.hint)}
              </p>
            )}
            {result.breakdown && (
              <details>
                <summary>How this was scored</summary>
                <p>{result.breakdown}</p>
              </details>
            )}
            {result.explanation && (
              <div className="exercise__explanation">
                <strong>Worked explanation.</strong> {inline(result.explanation)}
              </div>
            )}
          </div>
        )}
      </div>
    );
  }

  const status: Record<SaveState, string> = {
    idle: 'All answers saved',
    saving: 'Saving…',
    saved: 'All answers saved',
    offline: 'Offline: your answers are kept here and sent when you are back online',
    conflict:
      'This attempt changed in another tab or device. Reload to continue with the latest answers.',
    error: 'Could not save. We will keep trying.',
  };

  return (
    <div className="quiz">
      <div className="quiz__bar" role="status" aria-live="polite">
        <span className={`quiz__save quiz__save--${saveState}`}>{status[saveState]}</span>
        {secondsLeft !== null && (
          <span className="quiz__clock">
            <span className="visually-hidden">Time left: </span>
            {clock(secondsLeft)}
          </span>
        )}
      </div>
      {saveState === 'conflict' && (
        <Alert title="This attempt changed in another tab.">
          <p>To avoid overwriting newer answers, this tab has stopped saving.</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </Alert>
      )}
      {attempt.presentation.sections.map((section) => (
        <section key={section.id} className="quiz__section" aria-label={section.title || title}>
          {section.title && <h2>{section.title}</h2>}
          {section.entries.map((entry) =>
            entry.kind === 'item' ? (
              renderItem(entry.slot, entry.item)
            ) : (
              <div key={entry.id} className="case">
                <div className="case__stimulus">
                  <h3>{entry.title}</h3>
                  <Markdown text={entry.stimulus} />
                  {entry.figures.map((figure) => (
                    <table key={figure.caption} className="case__figure">
                      <caption>{figure.caption}</caption>
                      <thead>
                        <tr>
                          {figure.columns.map((c) => (
                            <th key={c} scope="col">
                              {c}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {figure.rows.map((row) => (
                          <tr key={row.join('|')}>
                            {row.map((cell, i) => (
                              <td key={i}>{cell}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ))}
                </div>
                <div className="case__items">
                  {entry.items.map((slot) => renderItem(slot.slot, slot.item))}
                </div>
              </div>
            ),
          )}
        </section>
      ))}
      {submit.error && <Alert>{submit.error.message}</Alert>}
      <div className="quiz__submit">
        <button
          type="button"
          className="button button--primary"
          disabled={submit.pending || saveState === 'conflict'}
          aria-busy={submit.pending}
          onClick={async () => {
            await flush();
            submit.fire({ attemptId: attempt.attemptId });
          }}
        >
          {submit.pending ? 'Submitting…' : 'Submit answers'}
        </button>
        <span className="muted">Your answers are saved as you go; submit when you are done.</span>
      </div>
    </div>
  );
}
