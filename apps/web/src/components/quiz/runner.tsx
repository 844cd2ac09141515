'use client';

import type { RouterOutputs } from '@alliance/api';
import { api, errorCode, errorMessage, errorReason } from '@alliance/api/react';
import {
  formatPercent,
  formatPoints,
  isCheckable,
  type NumberedQuestion,
  numberQuestions,
  presentedResponseIssue,
} from '@alliance/quiz-engine';
import { Alert, BusyButton, CaseFigures, Markdown } from '@alliance/ui';
import { ItemView } from '@alliance/ui/items';
import {
  type Answer,
  afterSave,
  type Certainty,
  type KeptAnswer,
  readKept,
  reconcile,
  type ServerAnswer,
  writeKept,
} from '@alliance/ui/quiz-answers';
import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CheckFeedback } from '../check-feedback';
import { Countdown } from './countdown';
import { QuestionNavigator, type QuestionStatus } from './navigator';
import { SubmitSummary } from './summary';

type View = RouterOutputs['attempt']['get'];
type CheckResult = View['checks'][string];
type Mode = 'open' | 'conflict' | 'time-up' | 'submitting';
type SaveState = 'saved' | 'saving' | 'offline' | 'retrying';

const CERTAINTY_TEXT: Record<Certainty, string> = {
  low: 'Not sure',
  medium: 'Fairly sure',
  high: 'Sure',
};

/** A change is saved this long after the learner stops changing it. */
const SAVE_DELAY_MS = 1500;
/** …and everything unsaved at least this often. */
const SAVE_EVERY_MS = 30_000;
/** After a failed save, the next try comes after this, doubling up to `RETRY_MAX_MS`. */
const RETRY_MS = 2_000;
const RETRY_MAX_MS = 30_000;

const storageKey = (attemptId: string) => `alliance:attempt:${attemptId}:answers`;

function readStorage(attemptId: string): Record<string, KeptAnswer> {
  try {
    return readKept(localStorage.getItem(storageKey(attemptId)));
  } catch {
    return {};
  }
}
function writeStorage(attemptId: string, kept: Record<string, KeptAnswer>) {
  try {
    const value = writeKept(kept);
    if (value === null) localStorage.removeItem(storageKey(attemptId));
    else localStorage.setItem(storageKey(attemptId), value);
  } catch {
    // Private mode or a full quota: the answers still live in memory until they are sent.
  }
}

const hasResponse = (answer: Answer | undefined) =>
  answer?.response !== undefined && answer?.response !== null && !isEmptyText(answer.response);
function isEmptyText(response: unknown) {
  const text = (response as { text?: unknown } | null)?.text;
  return typeof text === 'string' && text.trim() === '';
}

/**
 * Takes a quiz attempt (started on purpose on its start page): autosaves every change within
 * 2 s and every 30 s, one save at a time with a rising sequence number, and keeps unsent answers
 * in the browser until the server has them. An answer that cannot be read is said at its field
 * and never blocks the others; a second tab that falls behind stops instead of overwriting, and
 * a reload merges by each slot's sequence, so nothing stale is sent. Checks (interactive and
 * immediate quizzes), flags, a question navigator, one question per page when the quiz says so,
 * a countdown that warns at 5 and 1 minutes, and a summary before submitting.
 */
export function QuizRunner({ initial, title }: { initial: View; title: string }) {
  const router = useRouter();
  const attemptId = initial.attemptId;
  const { questions, pages } = useMemo(
    () => numberQuestions(initial.presentation),
    [initial.presentation],
  );
  const bySlot = useMemo(() => new Map(questions.map((q) => [q.slot, q])), [questions]);
  const settings = initial.settings;

  const serverAnswers = useRef<Record<string, ServerAnswer>>(
    Object.fromEntries(
      Object.entries(initial.responses).map(([slot, a]) => [
        slot,
        {
          response: a.response,
          ...(a.certainty ? { certainty: a.certainty } : {}),
          flagged: a.flagged,
          at: a.at,
        },
      ]),
    ),
  );
  const [answers, setAnswers] = useState<Record<string, Answer>>(() => ({
    ...serverAnswers.current,
  }));
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [checks, setChecks] = useState<Record<string, CheckResult>>(initial.checks);
  const [checkErrors, setCheckErrors] = useState<Record<string, string>>({});
  const [checking, setChecking] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('open');
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [notices, setNotices] = useState<string[]>([]);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [page, setPage] = useState(0);

  const sequence = useRef(initial.sequence);
  const kept = useRef<Record<string, KeptAnswer>>({});
  const dirty = useRef(new Set<string>());
  const busy = useRef<Promise<unknown> | null>(null);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const modeRef = useRef<Mode>('open');
  modeRef.current = mode;
  const answersRef = useRef(answers);
  answersRef.current = answers;

  const name = useCallback(
    (slot: string) => `Question ${bySlot.get(slot)?.number ?? '?'}`,
    [bySlot],
  );
  const keep = useCallback(
    (next: Record<string, KeptAnswer>) => {
      kept.current = next;
      writeStorage(attemptId, next);
    },
    [attemptId],
  );

  // What the browser kept from an earlier visit comes back first, where it is still the latest.
  useEffect(() => {
    const merged = reconcile(readStorage(attemptId), serverAnswers.current);
    keep(merged.keep);
    const restored = Object.entries(merged.keep);
    if (restored.length) {
      setAnswers((current) => {
        const next = { ...current };
        for (const [slot, answer] of restored)
          next[slot] = {
            response: answer.response,
            ...(answer.certainty ? { certainty: answer.certainty } : {}),
            flagged: answer.flagged,
          };
        return next;
      });
      setInvalid(
        Object.fromEntries(restored.flatMap(([slot, a]) => (a.invalid ? [[slot, a.invalid]] : []))),
      );
      for (const [slot, answer] of restored) if (!answer.invalid) dirty.current.add(slot);
    }
    if (merged.overridden.length)
      setNotices([
        `${merged.overridden.map(name).join(', ')}: answered later in another tab or device; that answer is shown here, and this tab's older one was not sent.`,
      ]);
    if (dirty.current.size) void flush();
    // Where the learner was on a paged quiz.
    const fromHash = /^#page-(\d+)$/.exec(window.location.hash);
    if (fromHash) setPage(Math.min(pages - 1, Math.max(0, Number(fromHash[1]) - 1)));
  }, [attemptId]);

  /** Runs one save or check at a time, in order: each carries the next sequence number. */
  const exclusive = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const previous = busy.current ?? Promise.resolve();
    const next = previous.then(work, work);
    busy.current = next.catch(() => undefined);
    return next;
  }, []);

  /** What a save sends for a slot: its answer, or with an unreadable one only its flag. */
  const sendable = useCallback((slot: string) => {
    const answer = kept.current[slot];
    if (!answer) return null;
    const base = answer.base;
    if (answer.invalid) {
      const server = serverAnswers.current[slot];
      return {
        response: server?.response ?? null,
        ...(server?.certainty ? { certainty: server.certainty } : {}),
        flagged: answer.flagged === true,
        base,
      };
    }
    return {
      response: answer.response ?? null,
      ...(answer.certainty ? { certainty: answer.certainty } : {}),
      flagged: answer.flagged === true,
      base,
    };
  }, []);

  const refused = useCallback(
    (error: unknown) => {
      const reason = errorReason(error);
      if (reason === 'stale') setMode('conflict');
      else if (reason === 'time-up') setMode('time-up');
      else if (reason === 'submitted') router.push(`/attempts/${attemptId}/review`);
      return reason;
    },
    [attemptId, router],
  );

  const flush = useCallback(
    (): Promise<boolean> =>
      exclusive(async () => {
        if (modeRef.current !== 'open' && modeRef.current !== 'time-up') return false;
        const slots = [...dirty.current];
        if (slots.length === 0) return true;
        const batch = Object.fromEntries(
          slots.flatMap((slot) => {
            const answer = sendable(slot);
            return answer ? [[slot, answer]] : [];
          }),
        );
        dirty.current.clear();
        const next = sequence.current + 1;
        setSaveState('saving');
        try {
          const result = await api.attempt.save.mutate({
            attemptId,
            sequence: next,
            responses: batch,
          });
          failures.current = 0;
          sequence.current = result.sequence;
          const applied: Record<string, Answer> = {};
          const rejected = Object.entries(result.rejected);
          for (const [slot, answer] of Object.entries(batch)) {
            const superseded = result.superseded[slot];
            if (Object.hasOwn(result.rejected, slot)) continue;
            if (superseded) {
              serverAnswers.current[slot] = superseded;
              setAnswers((current) => ({ ...current, [slot]: superseded }));
              const { [slot]: _gone, ...rest } = kept.current;
              kept.current = rest;
            } else {
              applied[slot] = answer;
              serverAnswers.current[slot] = { ...answer, at: result.sequence };
            }
          }
          const nextKept = afterSave(kept.current, applied, result.sequence);
          for (const [slot, message] of rejected) {
            const answer = nextKept[slot];
            if (answer) nextKept[slot] = { ...answer, invalid: message };
          }
          keep(nextKept);
          if (rejected.length)
            setInvalid((current) => ({ ...current, ...Object.fromEntries(rejected) }));
          const supersededSlots = Object.keys(result.superseded);
          if (supersededSlots.length)
            setNotices((current) => [
              ...current,
              `${supersededSlots.map(name).join(', ')}: answered later in another tab or device; that answer is shown here.`,
            ]);
          setSaveState(dirty.current.size ? 'saving' : 'saved');
          return true;
        } catch (error) {
          for (const slot of slots) dirty.current.add(slot);
          const reason = refused(error);
          if (reason) {
            setSaveState('saved');
            return false;
          }
          if (errorCode(error) === 'BAD_REQUEST') {
            // The whole save was refused as malformed: saying so at each field, instead of
            // sending the same thing forever.
            const message = errorMessage(error);
            for (const slot of slots) dirty.current.delete(slot);
            setInvalid((current) => ({
              ...current,
              ...Object.fromEntries(slots.map((slot) => [slot, message])),
            }));
            setSaveState('saved');
            return false;
          }
          failures.current++;
          setSaveState(
            typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'retrying',
          );
          if (retryTimer.current) clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(
            () => void flush(),
            Math.min(RETRY_MAX_MS, RETRY_MS * 2 ** (failures.current - 1)),
          );
          return false;
        }
      }),
    [attemptId, exclusive, keep, name, refused, sendable],
  );
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // Save at least every 30 s, when the connection comes back, and when the page is hidden.
  useEffect(() => {
    const every = setInterval(() => void flushRef.current(), SAVE_EVERY_MS);
    const now = () => void flushRef.current();
    const hidden = () => {
      if (document.visibilityState === 'hidden') void flushRef.current();
    };
    window.addEventListener('online', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      clearInterval(every);
      window.removeEventListener('online', now);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  function schedule() {
    setSaveState('saving');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  /** Records a change to a slot's answer: kept in the browser at once, then saved. */
  function update(slot: string, change: Partial<Answer>) {
    const question = bySlot.get(slot);
    if (!question) return;
    const previous = answersRef.current[slot];
    const answer: Answer = {
      response: previous?.response ?? null,
      ...(previous?.certainty ? { certainty: previous.certainty } : {}),
      flagged: previous?.flagged === true,
      ...change,
    };
    const issue = presentedResponseIssue(question.item, answer.response);
    setAnswers((current) => ({ ...current, [slot]: answer }));
    answersRef.current = { ...answersRef.current, [slot]: answer };
    keep({
      ...kept.current,
      [slot]: {
        response: answer.response,
        ...(answer.certainty ? { certainty: answer.certainty } : {}),
        flagged: answer.flagged === true,
        base: sequence.current,
        ...(issue ? { invalid: issue } : {}),
      },
    });
    setInvalid(({ [slot]: _old, ...rest }) => (issue ? { ...rest, [slot]: issue } : rest));
    // An unreadable answer is not sent; a flag beside it still is.
    if (!issue || 'flagged' in change) dirty.current.add(slot);
    else dirty.current.delete(slot);
    if (dirty.current.size) schedule();
    if (checkErrors[slot]) setCheckErrors(({ [slot]: _e, ...rest }) => rest);
  }

  async function check(slot: string) {
    const answer = answersRef.current[slot];
    if (!answer || invalid[slot]) return;
    setChecking(slot);
    setCheckErrors(({ [slot]: _e, ...rest }) => rest);
    await flush();
    try {
      const result = await exclusive(async () => {
        if (modeRef.current !== 'open') return null;
        const sent = {
          response: answer.response,
          ...(answer.certainty ? { certainty: answer.certainty } : {}),
        };
        const next = sequence.current + 1;
        // A check whose answer is lost is sent again as it was: the server knows it by its
        // sequence and answers without charging another try.
        for (let attempt = 0; ; attempt++) {
          try {
            const checked = await api.attempt.check.mutate({
              attemptId,
              slot,
              sequence: next,
              answer: sent,
            });
            sequence.current = checked.sequence;
            serverAnswers.current[slot] = {
              ...sent,
              flagged: answer.flagged === true,
              at: checked.sequence,
            };
            keep(
              afterSave(
                kept.current,
                { [slot]: { ...sent, flagged: answer.flagged } },
                checked.sequence,
              ),
            );
            dirty.current.delete(slot);
            return checked;
          } catch (error) {
            if (errorCode(error) || attempt >= 4) throw error;
            await new Promise((resolve) => setTimeout(resolve, RETRY_MS * 2 ** attempt));
          }
        }
      });
      if (result) setChecks((current) => ({ ...current, [slot]: result }));
    } catch (error) {
      const reason = refused(error);
      if (reason === 'invalid-answer')
        setInvalid((current) => ({ ...current, [slot]: errorMessage(error) }));
      else setCheckErrors((current) => ({ ...current, [slot]: errorMessage(error) }));
    } finally {
      setChecking(null);
    }
  }

  const submitting = mode === 'submitting';
  const submitNow = useCallback(async () => {
    setSubmitError(null);
    const timeWasUp = modeRef.current === 'time-up';
    await flushRef.current();
    if (modeRef.current === 'conflict') return;
    modeRef.current = 'submitting';
    setMode('submitting');
    try {
      await api.attempt.submit.mutate({ attemptId });
      writeStorage(attemptId, {});
      router.push(`/attempts/${attemptId}/review`);
    } catch (error) {
      if (errorReason(error) === 'submitted') {
        router.push(`/attempts/${attemptId}/review`);
        return;
      }
      setSubmitError(errorMessage(error));
      // When time ran out, submitting is tried again until it goes through.
      if (timeWasUp) setTimeout(() => setMode('time-up'), RETRY_MS * 2);
      setMode('open');
    }
  }, [attemptId, router]);

  // Time is up (on the server's clock, or the server said so): what was saved is submitted.
  const timeUp = useCallback(() => setMode('time-up'), []);
  useEffect(() => {
    if (mode === 'time-up') void submitNow();
  }, [mode]);

  const status = (slot: string): QuestionStatus => ({
    answered: hasResponse(answers[slot]),
    flagged: answers[slot]?.flagged === true,
    invalid: Boolean(invalid[slot]),
    finished: checks[slot]?.finished === true,
  });

  function goTo(question: NumberedQuestion) {
    if (settings.layout === 'one-per-page' && question.page !== page) {
      setPage(question.page);
      window.history.replaceState(null, '', `#page-${question.page + 1}`);
    }
    // After the page is drawn: the question's heading takes focus, so the learner is there.
    requestAnimationFrame(() => {
      const heading = document.getElementById(`q-${question.slot}`);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    });
  }

  function turnPage(to: number) {
    setPage(to);
    window.history.replaceState(null, '', `#page-${to + 1}`);
    requestAnimationFrame(() => {
      const first = questions.find((q) => q.page === to);
      if (first) document.getElementById(`q-${first.slot}`)?.focus();
    });
  }

  const locked = mode !== 'open';

  function renderQuestion(question: NumberedQuestion) {
    const { slot, item } = question;
    const result = checks[slot];
    const finished = result?.finished === true;
    const answer = answers[slot];
    const checkable = isCheckable(item, settings);
    const triesLeft = result
      ? result.triesLeft
      : settings.tries - (initial.responses[slot]?.triesUsed ?? 0);
    return (
      <div key={slot} className="quiz__item" data-slot={slot}>
        <div className="quiz__item-head">
          <h3 id={`q-${slot}`} className="quiz__number" tabIndex={-1}>
            Question {question.number}
            <span className="muted">
              {' '}
              · {formatPoints(item.points)} point{item.points === 1 ? '' : 's'}
            </span>
          </h3>
          <button
            type="button"
            className={`flag${answer?.flagged ? ' flag--on' : ''}`}
            aria-pressed={answer?.flagged === true}
            disabled={locked}
            onClick={() => update(slot, { flagged: !answer?.flagged })}
          >
            <span aria-hidden="true">⚑</span> {answer?.flagged ? 'Flagged' : 'Flag for later'}
          </button>
        </div>
        <ItemView
          item={item}
          response={answer?.response}
          onChange={(response) => update(slot, { response })}
          disabled={locked || submitting || finished}
          parts={result?.parts}
          idPrefix={slot}
          error={invalid[slot]}
        />
        {invalid[slot] && item.type !== 'numeric' && <Alert>{invalid[slot]}</Alert>}
        {settings.certaintyBased && (
          <fieldset className="certainty" disabled={finished || locked}>
            <legend>How sure are you?</legend>
            {(['low', 'medium', 'high'] as const).map((c) => (
              <label key={c}>
                <input
                  type="radio"
                  name={`${slot}-certainty`}
                  checked={answer?.certainty === c}
                  onChange={() => update(slot, { certainty: c })}
                />{' '}
                {CERTAINTY_TEXT[c]}
              </label>
            ))}
          </fieldset>
        )}
        {settings.behaviour !== 'deferred' &&
          (checkable ? (
            <div className="exercise__actions">
              <BusyButton
                busy={checking === slot}
                busyLabel="Checking…"
                disabled={
                  !hasResponse(answer) ||
                  Boolean(invalid[slot]) ||
                  finished ||
                  checking !== null ||
                  locked ||
                  (settings.certaintyBased && !answer?.certainty)
                }
                onClick={() => void check(slot)}
              >
                Check
              </BusyButton>
              {settings.behaviour === 'interactive' && !finished && (
                <span className="muted">
                  {triesLeft} of {settings.tries} tries left
                  {settings.penaltyPerTry > 0 &&
                    ` · each wrong try costs ${formatPercent(settings.penaltyPerTry)} of the marks`}
                </span>
              )}
            </div>
          ) : (
            <p className="muted">Your instructor reads and grades this answer after you submit.</p>
          ))}
        {checkErrors[slot] && <Alert>{checkErrors[slot]}</Alert>}
        {result && <CheckView result={result} />}
      </div>
    );
  }

  const shown =
    settings.layout === 'one-per-page' ? questions.filter((q) => q.page === page) : questions;
  const shownSlots = new Set(shown.map((q) => q.slot));

  const saveText: Record<SaveState, string> = {
    saved: 'All answers saved',
    saving: 'Saving…',
    offline: 'Offline: your answers are kept here and sent when you are back online',
    retrying: 'Could not reach the server: your answers are kept here, and we keep trying',
  };
  const invalidCount = Object.keys(invalid).length;

  return (
    <div className={`quiz quiz--${settings.layout}`}>
      <div className="quiz__bar">
        <span className={`quiz__save quiz__save--${saveState}`} role="status" aria-live="polite">
          {mode === 'conflict'
            ? 'Stopped saving: this attempt changed in another tab'
            : mode === 'time-up'
              ? 'Time is up: submitting your saved answers…'
              : saveText[saveState]}
          {invalidCount > 0 &&
            mode === 'open' &&
            ` · ${invalidCount} answer${invalidCount === 1 ? '' : 's'} to fix`}
        </span>
        {initial.deadline && (
          <Countdown
            deadline={new Date(initial.deadline)}
            serverNow={new Date(initial.now)}
            onTimeUp={timeUp}
          />
        )}
      </div>
      {mode === 'conflict' && (
        <Alert title="This attempt changed in another tab.">
          <p>
            To avoid overwriting newer answers, this tab has stopped saving. Reload to continue with
            the latest answers: your changes here that no other tab overwrote are kept.
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </Alert>
      )}
      {notices.map((notice) => (
        <Alert key={notice} tone="info">
          {notice}
        </Alert>
      ))}
      <div className="quiz__layout">
        <QuestionNavigator
          questions={questions}
          status={status}
          current={settings.layout === 'one-per-page' ? page : null}
          onGo={goTo}
        />
        <div className="quiz__paper">
          {initial.presentation.sections.map((section) => {
            const entries = section.entries.filter((entry) =>
              entry.kind === 'item'
                ? shownSlots.has(entry.slot)
                : entry.items.some((i) => shownSlots.has(i.slot)),
            );
            if (entries.length === 0) return null;
            return (
              <section
                key={section.id}
                className="quiz__section"
                aria-label={section.title || title}
              >
                {section.title && <h2>{section.title}</h2>}
                {entries.map((entry) =>
                  entry.kind === 'item' ? (
                    renderQuestion(bySlot.get(entry.slot) as NumberedQuestion)
                  ) : (
                    <CaseEntry key={entry.id} entry={entry}>
                      {entry.items.map((slot) =>
                        renderQuestion(bySlot.get(slot.slot) as NumberedQuestion),
                      )}
                    </CaseEntry>
                  ),
                )}
              </section>
            );
          })}
          {settings.layout === 'one-per-page' && pages > 1 && (
            <nav className="pager quiz__pager" aria-label="Pages of this attempt">
              <button
                type="button"
                className="button"
                disabled={page === 0}
                onClick={() => turnPage(page - 1)}
              >
                ← Previous
              </button>
              <span className="muted">
                Page {page + 1} of {pages}
              </span>
              <button
                type="button"
                className="button"
                disabled={page === pages - 1}
                onClick={() => turnPage(page + 1)}
              >
                Next →
              </button>
            </nav>
          )}
          {submitError && <Alert>{submitError}</Alert>}
          <div className="quiz__submit">
            <BusyButton
              variant="primary"
              busy={submitting}
              busyLabel="Submitting…"
              disabled={mode === 'conflict'}
              onClick={() => {
                void flush();
                setSummaryOpen(true);
              }}
            >
              Finish and submit…
            </BusyButton>
            <span className="muted">
              Your answers are saved as you go; you see a summary before anything is submitted.
            </span>
          </div>
        </div>
      </div>
      <SubmitSummary
        open={summaryOpen}
        onClose={() => setSummaryOpen(false)}
        questions={questions}
        status={status}
        invalid={invalid}
        unsaved={saveState !== 'saved' ? [...dirty.current] : []}
        submitting={submitting}
        error={submitError}
        onGo={(question) => {
          setSummaryOpen(false);
          goTo(question);
        }}
        onRetrySave={() => void flush()}
        onSubmit={() => void submitNow()}
        savedInvalid={(slot) => hasResponse(serverAnswers.current[slot])}
      />
    </div>
  );
}

/** What a check told the learner: right or not yet, feedback, hint, and once finished, why. */
function CheckView({ result }: { result: CheckResult }) {
  return (
    <CheckFeedback
      verdict={result.right ? 'Right.' : result.finished ? 'Not right.' : 'Not yet.'}
      points={result.finished ? result : null}
      feedback={result.feedback}
      hint={result.hint}
      breakdown={result.breakdown}
      explanation={result.explanation}
    />
  );
}

type CaseEntryProps = {
  entry: Extract<View['presentation']['sections'][number]['entries'][number], { kind: 'case' }>;
  children: ReactNode;
};

function CaseEntry({ entry, children }: CaseEntryProps) {
  return (
    <div className="case">
      <div className="case__stimulus">
        <h3>{entry.title}</h3>
        <Markdown text={entry.stimulus} />
        <CaseFigures figures={entry.figures} />
      </div>
      <div className="case__items">{children}</div>
    </div>
  );
}
