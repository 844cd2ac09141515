import type { Auth } from '@alliance/auth';
import type { Database } from '@alliance/db';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from './root';
import { createContext } from './trpc';

/** The `/api/trpc` handler both apps mount: a fetch Request in, a Response out. */
export function createTrpcHandler({
  db,
  auth,
  endpoint = '/api/trpc',
}: {
  db: Database;
  auth: Auth;
  endpoint?: string;
}) {
  return (req: Request) =>
    fetchRequestHandler({
      endpoint,
      req,
      router: appRouter,
      createContext: () => createContext({ db, auth, headers: req.headers }),
      onError({ error, path }) {
        // Expected failures (bad input, no session, wrong role) are the caller's; log only ours.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          console.error(`tRPC ${path ?? '?'} failed:`, error);
      },
    });
}
