/**
 * The quiz runner's bookkeeping of answers between the browser and the server, as pure
 * functions: what the browser keeps of answers the server may not have yet, and, when a page
 * loads, which of them still belong on the server. No React, no storage access, no network.
 *
 * Every answer the server stores records `at`, the sequence number of the save that last wrote its
 * slot. An answer the browser keeps records `base`: the last sequence this tab had confirmed when
 * it was made (rebased after every save this tab confirms). So on a reload, an answer whose slot
 * was written after its base (by another tab or device) is older than the server's and is never
 * sent; one whose slot was not is the learner's latest and is sent again.
 */

import { canonicalJson } from '@alliance/quiz-engine';

export type Certainty = 'low' | 'medium' | 'high';

/** A learner's answer to one slot. */
export interface Answer {
  response: unknown;
  certainty?: Certainty;
  flagged?: boolean;
}

/** An answer as the browser keeps it until the server is known to have it. */
export interface KeptAnswer extends Answer {
  /** The last sequence this tab had confirmed when the answer was made (or last rebased). */
  base: number;
  /** Set once a save that carried it was confirmed: that save's sequence. */
  savedAt?: number;
  /** The answer cannot be saved as it is (e.g. not a number): kept, shown, never sent. */
  invalid?: string;
}

/** An answer as the server has it. */
export interface ServerAnswer extends Answer {
  at: number;
}

/** Whether two answers say the same (response, certainty and flag). */
export function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  const view = (x: Answer | undefined) =>
    canonicalJson(x ? { r: x.response ?? null, c: x.certainty, f: x.flagged || undefined } : null);
  return view(a) === view(b);
}

export interface Reconciled {
  /** Answers that are the learner's latest: shown, and sent again (unless invalid). */
  keep: Record<string, KeptAnswer>;
  /** Answers the server already has (or has something newer of, the same): forgotten quietly. */
  dropped: string[];
  /** Answers another tab or device changed after this one was made: the server's is shown. */
  overridden: string[];
}

/**
 * What to do with the answers this browser kept, now that a page shows the server's: keep and
 * resend those whose slot no save has written since their base; forget those the server has; and
 * give way, saying so, where another tab or device answered later.
 */
export function reconcile(
  kept: Readonly<Record<string, KeptAnswer>>,
  server: Readonly<Record<string, ServerAnswer | undefined>>,
): Reconciled {
  const out: Reconciled = { keep: {}, dropped: [], overridden: [] };
  for (const [slot, answer] of Object.entries(kept)) {
    const stored = Object.hasOwn(server, slot) ? server[slot] : undefined;
    const at = stored?.at ?? 0;
    if (answer.savedAt !== undefined && at >= answer.savedAt) out.dropped.push(slot);
    else if (at > answer.base) {
      if (sameAnswer(answer, stored)) out.dropped.push(slot);
      else out.overridden.push(slot);
    } else out.keep[slot] = answer;
  }
  return out;
}

/**
 * After this tab's save `sequence` was confirmed: the answers it carried are marked saved at it,
 * and every other kept answer is rebased on it (no other tab wrote in between, or the save would
 * have been refused as stale).
 */
export function afterSave(
  kept: Readonly<Record<string, KeptAnswer>>,
  sent: Readonly<Record<string, Answer>>,
  sequence: number,
): Record<string, KeptAnswer> {
  const next: Record<string, KeptAnswer> = {};
  for (const [slot, answer] of Object.entries(kept)) {
    const carried = Object.hasOwn(sent, slot) && sameAnswer(sent[slot], answer) && !answer.invalid;
    next[slot] = carried ? { ...answer, savedAt: sequence } : { ...answer, base: sequence };
  }
  return next;
}

/** Parses what the browser stored; anything unreadable is nothing kept. */
export function readKept(stored: string | null): Record<string, KeptAnswer> {
  if (!stored) return {};
  try {
    const parsed = JSON.parse(stored) as { v?: number; answers?: unknown };
    if (parsed?.v !== 2 || typeof parsed.answers !== 'object' || parsed.answers === null) return {};
    const out: Record<string, KeptAnswer> = {};
    for (const [slot, value] of Object.entries(parsed.answers as Record<string, unknown>)) {
      const answer = value as Partial<KeptAnswer> | null;
      if (answer && typeof answer === 'object' && typeof answer.base === 'number')
        out[slot] = answer as KeptAnswer;
    }
    return out;
  } catch {
    return {};
  }
}

/** What the browser stores; null when there is nothing left to keep. */
export function writeKept(kept: Readonly<Record<string, KeptAnswer>>): string | null {
  return Object.keys(kept).length ? JSON.stringify({ v: 2, answers: kept }) : null;
}
