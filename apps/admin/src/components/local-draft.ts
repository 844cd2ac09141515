'use client';

import { useEffect, useState } from 'react';

/**
 * Work on a quiz or case that is not published yet, kept in this browser under `key`, so a
 * reload or a closed tab loses nothing. `restored` says an earlier visit's edits came back;
 * `reset` drops them and starts again from `initial`.
 */
export function useLocalDraft<T>(key: string, initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    try {
      const saved = localStorage.getItem(key);
      if (saved) {
        setValue(JSON.parse(saved) as T);
        setRestored(true);
      }
    } catch {
      // Unreadable or blocked storage: start from what was published.
    }
  }, [key]);
  const update = (next: T) => {
    setValue(next);
    try {
      localStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Full or blocked storage: the edits live in this page until published.
    }
  };
  const clear = () => {
    try {
      localStorage.removeItem(key);
    } catch {}
  };
  const reset = () => {
    clear();
    setValue(initial);
    setRestored(false);
  };
  return { value, update, restored, reset, clear };
}
