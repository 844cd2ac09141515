'use client';

import { useEffect, useRef, useState } from 'react';

/** Warnings, in seconds left. */
const WARN_AT = [300, 60] as const;

const clock = (seconds: number) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
};

const spoken = (seconds: number) =>
  seconds >= 120
    ? `${Math.round(seconds / 60)} minutes left`
    : seconds >= 60
      ? '1 minute left'
      : `${seconds} seconds left`;

/**
 * Time left on an attempt, on the server's clock (the browser's is corrected by the difference
 * seen when the page was read), warning at 5 and 1 minutes — shown, and said to screen readers —
 * and calling `onTimeUp` once when it reaches 0.
 */
export function Countdown({
  deadline,
  serverNow,
  onTimeUp,
}: {
  deadline: Date;
  serverNow: Date;
  onTimeUp: () => void;
}) {
  const offset = useRef<number | null>(null);
  const [left, setLeft] = useState<number | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const warned = useRef(new Set<number>());
  const ended = useRef(false);
  const onTimeUpRef = useRef(onTimeUp);
  onTimeUpRef.current = onTimeUp;

  useEffect(() => {
    offset.current ??= serverNow.getTime() - Date.now();
    const total = Math.floor((deadline.getTime() - serverNow.getTime()) / 1000);
    // A warning already behind the attempt's start (a 3-minute quiz) is not given.
    for (const at of WARN_AT) if (total <= at) warned.current.add(at);
    const tick = () => {
      const now = Date.now() + (offset.current ?? 0);
      const seconds = Math.max(0, Math.floor((deadline.getTime() - now) / 1000));
      setLeft(seconds);
      for (const at of WARN_AT)
        if (seconds <= at && !warned.current.has(at)) {
          warned.current.add(at);
          setWarning(spoken(at));
        }
      if (seconds === 0 && !ended.current) {
        ended.current = true;
        onTimeUpRef.current();
      }
    };
    tick();
    const every = setInterval(tick, 1000);
    return () => clearInterval(every);
  }, [deadline.getTime(), serverNow.getTime()]);

  const urgent = left !== null && left <= 60;
  return (
    <span className={`quiz__clock${urgent ? ' quiz__clock--urgent' : ''}`}>
      <span className="visually-hidden">Time left: </span>
      <span aria-hidden={left === null}>{left === null ? '–:––' : clock(left)}</span>
      <span className="quiz__warning" role="alert">
        {warning}
        {warning && (
          <span className="visually-hidden">
            . Your answers are saved as you go; at 0 what is saved is submitted.
          </span>
        )}
      </span>
    </span>
  );
}
