import {
  type Auth,
  createAuth,
  parseServerEnv,
  type ServerEnv,
  withClientChain,
} from '@alliance/auth';
import { createDb, type Database, enqueueMail } from '@alliance/db';
import { passwordResetMessage } from '@alliance/mail';
import { createAuthHandler, createTrpcHandler } from './http';
import { REQUEST_LIMITS } from './request-guards';
import { createCaller } from './root';
import { createContext } from './trpc';

export type AppName = 'web' | 'admin';

export interface ServerRuntime {
  env: ServerEnv;
  db: Database;
  auth: Auth;
  /** The `/api/trpc` route handler. */
  handleTrpc: (req: Request) => Promise<Response>;
  /** The `/api/auth/*` route handler (better-auth, behind the same request guards). */
  handleAuth: (req: Request) => Promise<Response>;
  /** A server-side caller acting as whoever the headers' session cookie names. */
  caller: (headers: Headers) => Promise<ReturnType<typeof createCaller>>;
}

const cache = globalThis as unknown as {
  __allianceRuntime?: Partial<Record<AppName, ServerRuntime>>;
};

/**
 * One database pool and auth instance per app process, made on first use (not at import, so
 * `next build` needs no environment) and kept across hot reloads in development.
 */
export function getServerRuntime(app: AppName): ServerRuntime {
  cache.__allianceRuntime ??= {};
  const existing = cache.__allianceRuntime[app];
  if (existing) return existing;
  const env = parseServerEnv();
  const db = createDb(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  const auth = createAuth({
    db,
    secret: env.BETTER_AUTH_SECRET,
    baseURL: app === 'web' ? env.WEB_URL : env.ADMIN_URL,
    trustedOrigins: [env.WEB_URL, env.ADMIN_URL, ...env.WEB_URL_ALIASES, ...env.ADMIN_URL_ALIASES],
    trustedProxies: env.TRUSTED_PROXIES,
    sendPasswordReset: async ({ user, url }) => {
      await enqueueMail(db, await passwordResetMessage({ to: user.email, name: user.name, url }));
    },
  });
  const origins =
    app === 'web'
      ? [env.WEB_URL, ...env.WEB_URL_ALIASES]
      : [env.ADMIN_URL, ...env.ADMIN_URL_ALIASES];
  const runtime: ServerRuntime = {
    env,
    db,
    auth,
    handleTrpc: createTrpcHandler({
      db,
      auth,
      origins,
      maxBytes: REQUEST_LIMITS.trpcBytes[app],
    }),
    handleAuth: createAuthHandler((req) => auth.handler(withClientChain(req, env.TRUSTED_PROXIES))),
    caller: async (headers) => createCaller(await createContext({ db, auth, headers })),
  };
  cache.__allianceRuntime[app] = runtime;
  return runtime;
}
