/**
 * What every request to the API must be before a procedure or better-auth reads it: small
 * enough, not nested without end, from this app's own pages when it changes something, and never
 * kept by a cache. Each rule answers in words, with the status HTTP gives it; the route handlers
 * (`createTrpcHandler`, `createAuthHandler` in http.ts) apply them.
 */

export const REQUEST_LIMITS = {
  /**
   * Largest tRPC request body. The admin app takes a QTI package (5 MB, 6.7 MB as base64);
   * everything a learner sends is far smaller.
   */
  trpcBytes: { web: 1_000_000, admin: 8_000_000 },
  /** Largest better-auth request body: an email, a password, a name. */
  authBytes: 32_000,
  /** Deepest nesting of arrays and objects in a request's JSON. */
  depth: 40,
  /** Most calls in one batched tRPC request (the client sends at most this many). */
  batch: 20,
} as const;

export class RequestRefused extends Error {
  override name = 'RequestRefused';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The body as text, read up to `maxBytes` (a larger one is refused with 413 before it is all
 * read, whatever its Content-Length says).
 */
export async function readBody(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  const tooLarge = () =>
    new RequestRefused(
      413,
      `This request is larger than the ${Math.round(maxBytes / 1000).toLocaleString('en')} kB this address accepts.`,
    );
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * How deeply the arrays and objects of a JSON text nest (brackets inside strings do not count).
 * Reads the text once, without parsing it, so no depth can exhaust the stack here.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

export function checkDepth(text: string) {
  if (jsonDepth(text) > REQUEST_LIMITS.depth)
    throw new RequestRefused(
      400,
      `This request nests its data more than ${REQUEST_LIMITS.depth} levels deep.`,
    );
}

/**
 * A request that changes something must come from this app's own pages: JSON (a type a form on
 * another site cannot send without asking first), with an Origin of this app or, where a client
 * sends no Origin, Fetch Metadata saying same-origin.
 */
export function checkSameOrigin(request: Request, origins: readonly string[]) {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new RequestRefused(415, 'Send this request as application/json.');
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  const allowed = origin ? origins.includes(origin) : site === 'same-origin';
  if (!allowed)
    throw new RequestRefused(403, 'This request did not come from this app’s own pages.');
}

/** Responses about a person are theirs alone: no cache along the way may keep one. */
export function noStore(response: Response): Response {
  if (response.headers.get('cache-control')?.includes('no-store')) return response;
  const headers = new Headers(response.headers);
  headers.set('cache-control', 'no-store');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
