import type { Auth } from '@alliance/auth';
import type { Database } from '@alliance/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import {
  checkDepth,
  checkSameOrigin,
  noStore,
  REQUEST_LIMITS,
  RequestRefused,
  readBody,
} from './request-guards';
import { appRouter } from './root';
import { type AppLinks, createContext } from './trpc';

const TRPC_CODE_BY_STATUS = {
  400: 'BAD_REQUEST',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
} as const;

/** A refusal of the guards, shaped as tRPC shapes its errors, so the client reads its message. */
function trpcRefusal(error: RequestRefused): Response {
  const code =
    TRPC_CODE_BY_STATUS[error.status as keyof typeof TRPC_CODE_BY_STATUS] ?? 'BAD_REQUEST';
  const body = {
    error: {
      json: {
        message: error.message,
        code: TRPC_ERROR_CODES_BY_KEY[code],
        data: { code, httpStatus: error.status },
      },
    },
  };
  return Response.json(body, { status: error.status, headers: { 'cache-control': 'no-store' } });
}

/**
 * The `/api/trpc` handler both apps mount: a fetch Request in, a Response out. Before tRPC reads
 * a request: a mutation must be JSON from one of `origins`; a body is at most `maxBytes`; input
 * nests at most REQUEST_LIMITS.depth deep; a batch calls at most REQUEST_LIMITS.batch
 * procedures. Every answer is `Cache-Control: no-store`: it is about the person asking.
 */
export function createTrpcHandler({
  db,
  auth,
  origins,
  endpoint = '/api/trpc',
  maxBytes = REQUEST_LIMITS.trpcBytes.web,
  links,
}: {
  db: Database;
  auth: Auth;
  links?: AppLinks;
  /** The origins of the app's own pages (mutations from anywhere else are refused). */
  origins: readonly string[];
  endpoint?: string;
  maxBytes?: number;
}) {
  return async (incoming: Request) => {
    let req = incoming;
    try {
      if (req.method === 'POST') {
        checkSameOrigin(req, origins);
        const body = await readBody(req, maxBytes);
        checkDepth(body);
        req = new Request(req.url, { method: 'POST', headers: req.headers, body });
      } else checkDepth(new URL(req.url).searchParams.get('input') ?? '');
    } catch (error) {
      if (error instanceof RequestRefused) return trpcRefusal(error);
      throw error;
    }
    return fetchRequestHandler({
      endpoint,
      req,
      router: appRouter,
      maxBatchSize: REQUEST_LIMITS.batch,
      createContext: () => createContext({ db, auth, headers: req.headers, links }),
      responseMeta: () => ({ headers: { 'cache-control': 'no-store' } }),
      onError({ error, path }) {
        // Expected failures (bad input, no session, wrong role) are the caller's; log only ours.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          console.error(`tRPC ${path ?? '?'} failed:`, error);
      },
    });
  };
}

/**
 * The `/api/auth/*` handler around better-auth: bodies of at most REQUEST_LIMITS.authBytes and
 * REQUEST_LIMITS.depth levels, refused in better-auth's own error shape; every answer
 * `Cache-Control: no-store` (sessions, list-sessions). Origins are better-auth's to check.
 */
export function createAuthHandler(handle: (req: Request) => Promise<Response>) {
  return async (incoming: Request) => {
    let req = incoming;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const body = await readBody(req, REQUEST_LIMITS.authBytes);
        checkDepth(body);
        req = new Request(req.url, { method: req.method, headers: req.headers, body });
      }
    } catch (error) {
      if (error instanceof RequestRefused)
        return Response.json(
          {
            code: error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT',
            message: error.message,
          },
          { status: error.status, headers: { 'cache-control': 'no-store' } },
        );
      throw error;
    }
    return noStore(await handle(req));
  };
}
