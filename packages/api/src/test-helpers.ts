import { TRPCError } from '@trpc/server';

/** What a call ends with: 'OK', or the tRPC error code (anything else as text), for tests. */
export async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
}

/** The reason a call was refused with (`REASONS`), or 'OK', for tests. */
export async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    const cause = (error as { cause?: { reason?: unknown } }).cause;
    return typeof cause?.reason === 'string' ? cause.reason : String(error);
  }
}

/**
 * A setup several tests of a file build on, run once by whichever of them comes first: each test
 * then passes alone (`vitest -t`) as well as after the others, without repeating the setup.
 */
export function once<T>(setup: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= setup();
    return result;
  };
}
