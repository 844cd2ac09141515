'use client';

import { api, useCall } from '@alliance/api/react';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

const EXERCISE_CHECKED = 'alliance:exercise-checked';
const SEND_EVERY_MS = 5000;

function readPosition() {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / max));
}

/**
 * While a learner reads: records that the lesson was opened, restores where they left off, remembers how far down they are (at most
 * every 5 s), and completes the lesson by itself once they have checked an exercise and reached
 * the end.
 */
export function LessonTracker({
  lessonId,
  position,
  completed,
}: {
  lessonId: string;
  position: number;
  completed: boolean;
}) {
  const router = useRouter();
  const save = useCall(api.progress.position.mutate);
  const opened = useCall(api.progress.start.mutate);
  const complete = useCall(api.progress.setCompleted.mutate, () => router.refresh());
  // The effect below must not restart on every render (that would drop a pending save), so
  // it reaches the calls through refs.
  const saveRef = useRef(save.fire);
  saveRef.current = save.fire;
  const completeRef = useRef(complete.fire);
  completeRef.current = complete.fire;
  const sent = useRef(position);
  const checked = useRef(false);
  const done = useRef(completed);

  // Opening the lesson is recorded from here, by a POST: a page visit itself changes nothing.
  const openedRef = useRef(opened.fire);
  openedRef.current = opened.fire;
  useEffect(() => {
    openedRef.current({ lessonId });
  }, [lessonId]);

  useEffect(() => {
    if (position > 0.02 && position < 0.98 && !window.location.hash) {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo({ top: position * max });
    }
  }, [lessonId]);

  useEffect(() => {
    let last = 0;
    let pending: ReturnType<typeof setTimeout> | null = null;
    const maybeComplete = (at: number) => {
      if (!done.current && checked.current && at >= 0.95) {
        done.current = true;
        completeRef.current({ lessonId, completed: true });
      }
    };
    const send = () => {
      pending = null;
      last = Date.now();
      const at = readPosition();
      if (Math.abs(at - sent.current) >= 0.02) {
        sent.current = at;
        saveRef.current({ lessonId, position: at });
      }
      maybeComplete(at);
    };
    const onScroll = () => {
      maybeComplete(readPosition());
      if (pending) return;
      pending = setTimeout(send, Math.max(0, SEND_EVERY_MS - (Date.now() - last)));
    };
    const onChecked = () => {
      checked.current = true;
      maybeComplete(readPosition());
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener(EXERCISE_CHECKED, onChecked);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener(EXERCISE_CHECKED, onChecked);
      if (pending) clearTimeout(pending);
    };
  }, [lessonId]);

  return null;
}
