import { TRPCError } from '@trpc/server';

/**
 * Why a request was refused, beyond its HTTP-like code: the client decides what to do from these
 * (reload, stop saving, go to the review), never from a message's wording. Sent to the client as
 * `error.data.reason`.
 */
export const REASONS = [
  /** Another tab or device saved this attempt after this client's last save: reload. */
  'stale',
  /** The attempt is submitted: nothing more can be saved or checked. */
  'submitted',
  /** The attempt's time ran out (its deadline plus the grace): nothing more is taken. */
  'time-up',
  /** The question is finished: no tries left, or the last try was right. */
  'finished',
  /** The question cannot be checked (essays, deferred feedback). */
  'not-checkable',
  /** The item is on an assessment the learner has open with deferred feedback. */
  'locked',
  /** The answer cannot be read (not a number, unknown option…): fix it at the field. */
  'invalid-answer',
  /** A start that no longer matches the learner's attempts (another tab started or finished). */
  'attempt-changed',
  /** No more attempts may be started. */
  'no-attempts-left',
] as const;
export type Reason = (typeof REASONS)[number];

/** The cause a `TRPCError` carries to say its reason (read by the error formatter). */
class ReasonedError extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
  ) {
    super(message);
    this.name = 'ReasonedError';
  }
}

/** A refusal with a reason the client acts on and a sentence a person reads. */
export function refuse(code: TRPCError['code'], reason: Reason, message: string): TRPCError {
  return new TRPCError({ code, message, cause: new ReasonedError(reason, message) });
}

/** The reason of a refusal, if it has one. */
export function reasonOf(error: { cause?: unknown }): Reason | null {
  const cause = error.cause as { name?: unknown; reason?: unknown } | undefined;
  return cause instanceof ReasonedError ||
    (cause?.name === 'ReasonedError' && typeof cause.reason === 'string')
    ? (cause.reason as Reason)
    : null;
}

/**
 * The tRPC code of an error a procedure threw, or null. Read by shape, not only `instanceof`:
 * Next.js bundles each page, route and the instrumentation apart, and the one runtime they share
 * (one pool per process, see runtime.ts) may throw another bundle's copy of `TRPCError`.
 */
export function trpcErrorCode(error: unknown): TRPCError['code'] | null {
  if (error instanceof TRPCError) return error.code;
  if (
    error instanceof Error &&
    error.name === 'TRPCError' &&
    typeof (error as { code?: unknown }).code === 'string'
  )
    return (error as TRPCError).code;
  return null;
}

/** Whether an error is a tRPC error with one of these codes (see `trpcErrorCode`). */
export function isTrpcError(error: unknown, ...codes: Array<TRPCError['code']>): boolean {
  const code = trpcErrorCode(error);
  return code !== null && codes.includes(code);
}
