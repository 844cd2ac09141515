/**
 * A tRPC mutation as the browser's client sends it, without the client library (which the
 * shared components here do not ship): resolves to the server's one-line message on a refusal,
 * else null and the result.
 */
export async function trpcMutation<T = unknown>(
  path: string,
  input?: unknown,
): Promise<{ error: string | null; data: T | null }> {
  try {
    const response = await fetch(`/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input === undefined ? {} : { json: input }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      result?: { data?: { json?: T } };
      error?: { json?: { message?: string } };
    };
    if (response.ok) return { error: null, data: body.result?.data?.json ?? null };
    return { error: body.error?.json?.message ?? 'That did not work. Try again.', data: null };
  } catch {
    return {
      error: 'We could not reach the server. Check your connection and try again.',
      data: null,
    };
  }
}
